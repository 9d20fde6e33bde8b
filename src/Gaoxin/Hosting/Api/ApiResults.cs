using Microsoft.AspNetCore.Http.HttpResults;

namespace Gaoxin.Hosting.Api;

/// <summary>A page of a list: the items, the total count and where the page stands.</summary>
public sealed record Paged<T>(IReadOnlyList<T> Items, int Total, int Page, int PageSize);

public static class Paging
{
    public static int Clamp(int? pageSize) => Math.Clamp(pageSize ?? 50, 1, 500);
}

public static class ApiResults
{
    public static ProblemHttpResult ZoneNotFound(string zone)
        => TypedResults.Problem(statusCode: 404, title: Text.Get("Title.NotFound"), detail: Text.Get("Err.ZoneNotVisible", zone));

    public static ProblemHttpResult NotFound(string what)
        => TypedResults.Problem(statusCode: 404, title: Text.Get("Title.NotFound"), detail: Text.Get("Err.NoSuchRecord", Text.Get("Thing." + what)));

    public static ProblemHttpResult Forbidden(string detail)
        => TypedResults.Problem(statusCode: 403, title: Text.Get("Title.NotAllowed"), detail: detail);

    public static ProblemHttpResult Refused(string detail, int status = 400)
        => TypedResults.Problem(statusCode: status, title: Text.Get("Title.Refused"), detail: detail);
}

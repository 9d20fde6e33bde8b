using Gaoxin.Data;
using Gaoxin.Hosting.Api;
using Gaoxin.Modules.Zones.Features;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Gaoxin.Modules.Projects.Features;

public static class GetProject
{
    public static void Map(RouteGroupBuilder zone) => zone
        .MapGet("/projects/{id:guid}", async Task<Results<Ok<ProjectDto>, ProblemHttpResult>> (string zone, Guid id, GaoxinDb db, CancellationToken ct) =>
        {
            if (await db.FindVisibleAsync(zone, ct) is not { } z)
            {
                return ApiResults.ZoneNotFound(zone);
            }

            return await db.FindAsync(z.Id, id, ct) is { } p ? TypedResults.Ok(await p.ToDtoAsync(db, ct)) : ApiResults.NotFound("project");
        })
        .RequireAuthorization(Policies.ApiProjectReader)
        .WithName("GetProject")
        .WithSummary("One project with its stage history and year plans");
}

using System.ComponentModel.DataAnnotations;
using Gaoxin.Data;
using Gaoxin.Hosting.Api;
using Gaoxin.Modules.Projects.Domain;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Gaoxin.Modules.Projects.Features.Problems;

/// <summary>提出: anyone who reports on a project raises a problem on it (from the project, a weekly report or a meeting).</summary>
public static class RaiseProblem
{
    public sealed record Request([property: Required, StringLength(200, MinimumLength = 2)] string Title, [property: StringLength(2000)] string? Detail);

    public static async Task<Problem> Handle(ZoneRoute zone, Guid projectId, Request request, GaoxinDb db, BusinessDay day, TimeProvider clock, CancellationToken ct, Guid? meetingId = null)
    {
        RequestValidation.Ensure(request);
        zone.RequireWritable(db);
        if (await db.FindAsync(zone.Id, projectId, ct) is null)
        {
            throw new DomainException(Text.Get("Err.NoSuchRecord", Text.Get("Thing.project")), StatusCodes.Status404NotFound);
        }

        var problem = new Problem(zone.Id, projectId, request.Title, request.Detail, db.Scope.UserName ?? "?", day.Today, clock.GetUtcNow(), meetingId);
        db.Problems.Add(problem);
        await db.SaveChangesAsync(ct);
        return problem;
    }

    public static void Map(RouteGroupBuilder zone) => zone
        .MapPost("/projects/{id:guid}/problems", async Task<Created<ProblemDto>> (ZoneRoute zone, Guid id, Request request, GaoxinDb db, BusinessDay day, TimeProvider clock, CancellationToken ct) =>
        {
            var problem = await Handle(zone, id, request, db, day, clock, ct);
            var dto = (await db.ToDtosAsync([problem], day.Today, ct))[0];
            return TypedResults.Created($"/api/v1/zones/{zone.Zone.Code}/problems/{problem.Id}", dto);
        })
        .RequireAuthorization(Policies.ApiProjectReporter)
        .WithName("RaiseProblem")
        .WithSummary("Raises a problem on a project (提出)");
}

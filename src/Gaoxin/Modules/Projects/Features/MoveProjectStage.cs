using Gaoxin.Data;
using Gaoxin.Hosting.Api;
using Gaoxin.Modules.Projects.Domain;
using Gaoxin.Modules.Zones.Domain;
using Gaoxin.Modules.Zones.Features;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Gaoxin.Modules.Projects.Features;

/// <summary>Moves a project to its next stage on a date (suspending or dropping it needs a reason).</summary>
public static class MoveProjectStage
{
    public sealed record Request(ProjectStage To, DateOnly On, string? Reason, long Version);

    public static async Task<Project?> Handle(Zone zone, Guid id, Request request, GaoxinDb db, BusinessDay day, CancellationToken ct)
    {
        var project = await db.FindAsync(zone.Id, id, ct);
        if (project is null)
        {
            return null;
        }

        if (!db.Scope.CanWrite(zone.Id))
        {
            throw new DomainException(Text.Get("Err.ReadOnlyZone"), StatusCodes.Status403Forbidden);
        }

        if (request.Reason?.Length > 500)
        {
            throw new DomainException(Text.Get("Err.ReasonTooLong"));
        }

        db.Entry(project).Property(p => p.Version).OriginalValue = request.Version;
        project.MoveTo(request.To, request.On, request.Reason, day.Today);
        await db.SaveChangesAsync(ct);
        return project;
    }

    public static void Map(RouteGroupBuilder zone) => zone
        .MapPost("/projects/{id:guid}/stage", async Task<Results<Ok<ProjectDto>, ProblemHttpResult>> (string zone, Guid id, Request request, GaoxinDb db, BusinessDay day, CancellationToken ct) =>
        {
            if (await db.FindVisibleAsync(zone, ct) is not { } z)
            {
                return ApiResults.ZoneNotFound(zone);
            }

            return await Handle(z, id, request, db, day, ct) is { } p ? TypedResults.Ok(await p.ToDtoAsync(db, ct)) : ApiResults.NotFound("project");
        })
        .RequireAuthorization(Policies.ApiProjectEditor)
        .WithName("MoveProjectStage")
        .WithSummary("Moves a project to another stage on a date; only legal moves are accepted");
}

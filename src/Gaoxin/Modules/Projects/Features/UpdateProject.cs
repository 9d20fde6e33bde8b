using System.ComponentModel.DataAnnotations;
using Gaoxin.Data;
using Gaoxin.Hosting.Api;
using Gaoxin.Modules.Projects.Domain;
using Gaoxin.Modules.Zones.Domain;
using Gaoxin.Modules.Zones.Features;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Gaoxin.Modules.Projects.Features;

/// <summary>Edits a project's particulars; send the version you read (409 if someone changed it since).</summary>
public static class UpdateProject
{
    public sealed record Request([property: Required] ProjectFields Fields, long Version);

    public static async Task<Project?> Handle(Zone zone, Guid id, Request request, GaoxinDb db, CancellationToken ct)
    {
        RequestValidation.Ensure(request);
        var project = await db.FindAsync(zone.Id, id, ct);
        if (project is null)
        {
            return null;
        }

        if (!db.Scope.CanWrite(zone.Id))
        {
            throw new DomainException(Text.Get("Err.ReadOnlyZone"), StatusCodes.Status403Forbidden);
        }

        db.Entry(project).Property(p => p.Version).OriginalValue = request.Version;
        await request.Fields.ApplyToAsync(project, db, ct);
        await db.SaveChangesAsync(ct);
        return project;
    }

    public static void Map(RouteGroupBuilder zone) => zone
        .MapPut("/projects/{id:guid}", async Task<Results<Ok<ProjectDto>, ProblemHttpResult>> (string zone, Guid id, Request request, GaoxinDb db, CancellationToken ct) =>
        {
            if (await db.FindVisibleAsync(zone, ct) is not { } z)
            {
                return ApiResults.ZoneNotFound(zone);
            }

            return await Handle(z, id, request, db, ct) is { } p ? TypedResults.Ok(await p.ToDtoAsync(db, ct)) : ApiResults.NotFound("project");
        })
        .RequireAuthorization(Policies.ApiProjectEditor)
        .WithName("UpdateProject")
        .WithSummary("Edits a project's particulars");
}

using System.ComponentModel.DataAnnotations;
using Gaoxin.Data;
using Gaoxin.Hosting.Api;
using Gaoxin.Modules.Projects.Domain;
using Gaoxin.Modules.Zones.Domain;
using Gaoxin.Modules.Zones.Features;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Gaoxin.Modules.Projects.Features;

/// <summary>Enters a project into the zone's ledger at a stage (usually 谋划储备 or 在谈) on a date.</summary>
public static class CreateProject
{
    public sealed record Request(
        [property: Required, RegularExpression("^[A-Za-z0-9][A-Za-z0-9_-]{1,39}$", ErrorMessage = "Code: 2–40 letters, digits, '-' or '_' (e.g. CD2022-001).")] string Code,
        ProjectStage Stage,
        DateOnly StageSince,
        [property: Required] ProjectFields Fields);

    public static async Task<Project> Handle(Zone zone, Request request, GaoxinDb db, BusinessDay day, CancellationToken ct)
    {
        RequestValidation.Ensure(request);
        if (!db.Scope.CanWrite(zone.Id))
        {
            throw new DomainException(Text.Get("Err.ReadOnlyZone"), StatusCodes.Status403Forbidden);
        }

        if (request.Stage is ProjectStage.Suspended or ProjectStage.Dropped)
        {
            throw new DomainException(Text.Get("Err.EnterActive"));
        }

        if (request.StageSince > day.Today || request.StageSince.Year < 2000)
        {
            throw new DomainException(Text.Get("Err.StageDate", "2000-01-01", day.Today.ToString("yyyy-MM-dd")));
        }

        var code = request.Code.Trim();
        if (await db.Projects.IgnoreQueryFilters().AnyAsync(p => p.ZoneId == zone.Id && p.Code == code, ct))
        {
            throw new DomainException(Text.Get("Err.ProjectCodeTaken", code), StatusCodes.Status409Conflict);
        }

        var project = new Project(zone.Id, code, request.Fields.Name, request.Stage, request.StageSince);
        await request.Fields.ApplyToAsync(project, db, ct);
        db.Projects.Add(project);
        await db.SaveChangesAsync(ct);
        return project;
    }

    public static void Map(RouteGroupBuilder zone) => zone
        .MapPost("/projects", async Task<Results<Created<ProjectDto>, ProblemHttpResult>> (string zone, Request request, GaoxinDb db, BusinessDay day, CancellationToken ct) =>
        {
            if (await db.FindVisibleAsync(zone, ct) is not { } z)
            {
                return ApiResults.ZoneNotFound(zone);
            }

            var project = await Handle(z, request, db, day, ct);
            return TypedResults.Created($"/api/v1/zones/{z.Code}/projects/{project.Id}", await project.ToDtoAsync(db, ct));
        })
        .RequireAuthorization(Policies.ApiProjectEditor)
        .WithName("CreateProject")
        .WithSummary("Enters a project into the zone's ledger");
}

using System.ComponentModel.DataAnnotations;
using Gaoxin.Data;
using Gaoxin.Hosting.Api;
using Gaoxin.Modules.Projects.Domain;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Gaoxin.Modules.Projects.Features.Problems;

/// <summary>
/// Moves a problem along 交办 → 办结 → 复核 → 销号. The project office assigns, checks and closes; the assigned unit
/// (anyone who reports on projects) resolves. Each step needs the version the caller saw: two people acting on the
/// same problem at once get a conflict, not a silent overwrite.
/// </summary>
public static class AdvanceProblem
{
    public sealed record Assignment(Guid DepartmentId, [property: Required, StringLength(100, MinimumLength = 1)] string Assignee, DateOnly Deadline, long Version);

    public sealed record Resolution([property: Required, StringLength(2000, MinimumLength = 2)] string Note, long Version);

    public sealed record Check(bool Passed, [property: StringLength(2000)] string? Note, long Version);

    public sealed record Close(long Version);

    public static async Task<Problem> Load(ZoneRoute zone, Guid id, long version, GaoxinDb db, CancellationToken ct)
    {
        zone.RequireWritable(db);
        var problem = await db.Problems.Include(p => p.Steps).FirstOrDefaultAsync(p => p.Id == id && p.ZoneId == zone.Id, ct)
            ?? throw new DomainException(Text.Get("Err.NoSuchRecord", Text.Get("Thing.problem")), StatusCodes.Status404NotFound);
        problem.RequireVersion(version);

        return problem;
    }

    public static async Task<Problem> AssignAsync(ZoneRoute zone, Guid id, Assignment request, GaoxinDb db, BusinessDay day, TimeProvider clock, CancellationToken ct)
    {
        RequestValidation.Ensure(request);
        var problem = await Load(zone, id, request.Version, db, ct);
        if (!await db.Departments.AnyAsync(d => d.Id == request.DepartmentId && d.ZoneId == zone.Id, ct))
        {
            throw new DomainException(Text.Get("Err.UnknownDepartment"));
        }

        problem.Assign(request.DepartmentId, request.Assignee, request.Deadline, db.Scope.UserName ?? "?", day.Today, clock.GetUtcNow());
        await db.SaveChangesAsync(ct);
        return problem;
    }

    public static async Task<Problem> ResolveAsync(ZoneRoute zone, Guid id, Resolution request, GaoxinDb db, BusinessDay day, TimeProvider clock, CancellationToken ct)
    {
        RequestValidation.Ensure(request);
        var problem = await Load(zone, id, request.Version, db, ct);
        problem.Resolve(request.Note, db.Scope.UserName ?? "?", day.Today, clock.GetUtcNow());
        await db.SaveChangesAsync(ct);
        return problem;
    }

    public static async Task<Problem> CheckAsync(ZoneRoute zone, Guid id, Check request, GaoxinDb db, TimeProvider clock, CancellationToken ct)
    {
        RequestValidation.Ensure(request);
        var problem = await Load(zone, id, request.Version, db, ct);
        if (!request.Passed && string.IsNullOrWhiteSpace(request.Note))
        {
            throw new DomainException(Text.Get("Err.CheckNote"));
        }

        problem.Check(request.Passed, request.Note, db.Scope.UserName ?? "?", clock.GetUtcNow());
        await db.SaveChangesAsync(ct);
        return problem;
    }

    public static async Task<Problem> CloseAsync(ZoneRoute zone, Guid id, Close request, GaoxinDb db, BusinessDay day, TimeProvider clock, CancellationToken ct)
    {
        var problem = await Load(zone, id, request.Version, db, ct);
        problem.Close(db.Scope.UserName ?? "?", day.Today, clock.GetUtcNow());
        await db.SaveChangesAsync(ct);
        return problem;
    }

    public static void Map(RouteGroupBuilder zone)
    {
        zone.MapPost("/problems/{id:guid}/assign", async Task<Ok<ProblemDto>> (ZoneRoute zone, Guid id, Assignment request, GaoxinDb db, BusinessDay day, TimeProvider clock, CancellationToken ct)
                => TypedResults.Ok((await db.ToDtosAsync([await AssignAsync(zone, id, request, db, day, clock, ct)], day.Today, ct))[0]))
            .RequireAuthorization(Policies.ApiProjectEditor).WithName("AssignProblem").WithSummary("交办: assigns a problem to a unit and a person with a deadline");
        zone.MapPost("/problems/{id:guid}/resolve", async Task<Ok<ProblemDto>> (ZoneRoute zone, Guid id, Resolution request, GaoxinDb db, BusinessDay day, TimeProvider clock, CancellationToken ct)
                => TypedResults.Ok((await db.ToDtosAsync([await ResolveAsync(zone, id, request, db, day, clock, ct)], day.Today, ct))[0]))
            .RequireAuthorization(Policies.ApiProjectReporter).WithName("ResolveProblem").WithSummary("办结: the unit reports the problem resolved");
        zone.MapPost("/problems/{id:guid}/check", async Task<Ok<ProblemDto>> (ZoneRoute zone, Guid id, Check request, GaoxinDb db, BusinessDay day, TimeProvider clock, CancellationToken ct)
                => TypedResults.Ok((await db.ToDtosAsync([await CheckAsync(zone, id, request, db, clock, ct)], day.Today, ct))[0]))
            .RequireAuthorization(Policies.ApiProjectEditor).WithName("CheckProblem").WithSummary("复核: the project office checks the resolution (a failed check sends it back)");
        zone.MapPost("/problems/{id:guid}/close", async Task<Ok<ProblemDto>> (ZoneRoute zone, Guid id, Close request, GaoxinDb db, BusinessDay day, TimeProvider clock, CancellationToken ct)
                => TypedResults.Ok((await db.ToDtosAsync([await CloseAsync(zone, id, request, db, day, clock, ct)], day.Today, ct))[0]))
            .RequireAuthorization(Policies.ApiProjectEditor).WithName("CloseProblem").WithSummary("销号: closes a checked problem");
    }
}

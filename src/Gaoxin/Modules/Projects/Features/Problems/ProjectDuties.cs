using System.ComponentModel.DataAnnotations;
using Gaoxin.Data;
using Gaoxin.Hosting.Api;
using Gaoxin.Modules.Projects.Domain;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Gaoxin.Modules.Projects.Features.Problems;

public sealed record DutyDto(Guid Id, DutyKind Kind, string Text, string Owner, DateOnly? Due, DateOnly? DoneOn, bool Overdue, long Version);

/// <summary>A project's task list (任务清单) and responsibility list (责任清单); with the problem list, its 三个清单.</summary>
public static class ProjectDuties
{
    public sealed record Request(DutyKind Kind, [property: Required, StringLength(500, MinimumLength = 2)] string Text,
        [property: Required, StringLength(100, MinimumLength = 1)] string Owner, DateOnly? Due);

    public sealed record Done(DateOnly On, long Version);

    public static async Task<List<DutyDto>> ListAsync(Guid zoneId, Guid projectId, DateOnly today, GaoxinDb db, CancellationToken ct)
        => (await db.ProjectDuties.AsNoTracking().Where(d => d.ZoneId == zoneId && d.ProjectId == projectId).ToListAsync(ct))
            .OrderBy(d => d.Kind).ThenBy(d => d.Due ?? DateOnly.MaxValue).ThenBy(d => d.Id).Select(d => From(d, today)).ToList();

    public static DutyDto From(ProjectDuty d, DateOnly today) => new(d.Id, d.Kind, d.Text, d.Owner, d.Due, d.DoneOn, d.DoneOn is null && d.Due < today, d.Version);

    public static async Task<ProjectDuty> AddAsync(ZoneRoute zone, Guid projectId, Request request, GaoxinDb db, CancellationToken ct)
    {
        RequestValidation.Ensure(request);
        zone.RequireWritable(db);
        if (!Enum.IsDefined(request.Kind))
        {
            throw new DomainException(Text.Get("Err.DutyKind"));
        }

        if (!await db.Projects.AnyAsync(p => p.Id == projectId && p.ZoneId == zone.Id, ct))
        {
            throw new DomainException(Text.Get("Err.NoSuchRecord", Text.Get("Thing.project")), StatusCodes.Status404NotFound);
        }

        var duty = new ProjectDuty(zone.Id, projectId, request.Kind, request.Text, request.Owner, request.Due);
        db.ProjectDuties.Add(duty);
        await db.SaveChangesAsync(ct);
        return duty;
    }

    public static async Task<ProjectDuty> MarkDoneAsync(ZoneRoute zone, Guid id, Done request, GaoxinDb db, BusinessDay day, CancellationToken ct)
    {
        zone.RequireWritable(db);
        var duty = await db.ProjectDuties.FirstOrDefaultAsync(d => d.Id == id && d.ZoneId == zone.Id, ct)
            ?? throw new DomainException(Text.Get("Err.NoSuchRecord", Text.Get("Thing.duty")), StatusCodes.Status404NotFound);
        duty.RequireVersion(request.Version);

        if (request.On > day.Today)
        {
            throw new DomainException(Text.Get("Err.DateFuture", day.Today.ToString("yyyy-MM-dd")));
        }

        duty.DoneOn = request.On;
        await db.SaveChangesAsync(ct);
        return duty;
    }

    public static void Map(RouteGroupBuilder zone)
    {
        zone.MapGet("/projects/{id:guid}/duties", async Task<Ok<List<DutyDto>>> (ZoneRoute zone, Guid id, GaoxinDb db, BusinessDay day, CancellationToken ct)
                => TypedResults.Ok(await ListAsync(zone.Id, id, day.Today, db, ct)))
            .RequireAuthorization(Policies.ApiProjectReader).WithName("ListDuties").WithSummary("A project's task and responsibility lists");
        zone.MapPost("/projects/{id:guid}/duties", async Task<Created<DutyDto>> (ZoneRoute zone, Guid id, Request request, GaoxinDb db, BusinessDay day, CancellationToken ct) =>
            {
                var duty = await AddAsync(zone, id, request, db, ct);
                return TypedResults.Created($"/api/v1/zones/{zone.Zone.Code}/projects/{id}/duties", From(duty, day.Today));
            })
            .RequireAuthorization(Policies.ApiProjectEditor).WithName("AddDuty").WithSummary("Adds a task or a responsibility to a project");
        zone.MapPost("/duties/{id:guid}/done", async Task<Ok<DutyDto>> (ZoneRoute zone, Guid id, Done request, GaoxinDb db, BusinessDay day, CancellationToken ct)
                => TypedResults.Ok(From(await MarkDoneAsync(zone, id, request, db, day, ct), day.Today)))
            .RequireAuthorization(Policies.ApiProjectReporter).WithName("CompleteDuty").WithSummary("Marks a task or responsibility done on a date");
    }
}

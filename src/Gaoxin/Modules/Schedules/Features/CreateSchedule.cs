using Gaoxin.Data;
using Gaoxin.Engines.Scheduling;
using Gaoxin.Hosting.Api;
using Gaoxin.Modules.Projects.Features;
using Gaoxin.Modules.Schedules.Domain;
using Gaoxin.Modules.Zones.Domain;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Gaoxin.Modules.Schedules.Features;

/// <summary>
/// Makes a project's schedule from one of the zone's templates (the zone's standard one when none is named): one per
/// project (a second is a conflict). The plan as made is saved as the first baseline (初始计划), so slips show from day one.
/// </summary>
public static class CreateSchedule
{
    public sealed record Request(Guid? TemplateId, DateOnly? Start, DateOnly? Deadline);

    public static async Task<ScheduleDto> Handle(Zone zone, Guid projectId, Request request, GaoxinDb db, DateOnly today, string by, TimeProvider clock, CancellationToken ct)
    {
        new ZoneRoute(zone).RequireWritable(db);
        var project = await db.FindAsync(zone.Id, projectId, ct)
            ?? throw new DomainException(Text.Get("Err.NoSuchRecord", Text.Get("Thing.project")), StatusCodes.Status404NotFound);
        if (await db.ProjectSchedules.AnyAsync(s => s.ProjectId == projectId, ct))
        {
            throw new DomainException(Text.Get("Err.Sched.Exists", project.Name), StatusCodes.Status409Conflict);
        }

        await MilestoneTemplates.EnsureDefaultsAsync(zone.Id, db, ct);
        var template = request.TemplateId is { } id
            ? await db.MilestoneTemplates.FirstOrDefaultAsync(t => t.ZoneId == zone.Id && t.Id == id, ct)
                ?? throw new DomainException(Text.Get("Err.NoSuchRecord", Text.Get("Thing.template")), StatusCodes.Status400BadRequest)
            : await db.MilestoneTemplates.Where(t => t.ZoneId == zone.Id).OrderBy(t => t.Code == DefaultTemplates.Standard ? 0 : 1).ThenBy(t => t.Code).FirstAsync(ct);

        var schedule = new ProjectSchedule(zone.Id, projectId, template.Name, request.Start ?? today, request.Deadline);
        var content = new ScheduleContent(
            [.. template.Steps.Select(s => new PlannedActivity { Key = s.Key, Name = s.Name, Duration = s.Duration, StatutoryDays = s.StatutoryDays, CaseWorker = s.CaseWorker })],
            [.. template.Links],
            []);
        var calendar = await ScheduleCalendars.ForZoneAsync(zone.Id, db, ct);
        var computed = ScheduleCalculator.Compute(schedule, content, today, null, calendar);
        content.Baselines.Add(new SavedBaseline(Text.Get("Sched.InitialBaseline"), clock.GetUtcNow(), by, [.. Baseline.Save("initial", computed.Result).Activities]));
        computed = ScheduleCalculator.Compute(schedule, content, today, null, calendar);
        schedule.Write(content);
        db.ProjectSchedules.Add(schedule);
        await db.SaveChangesAsync(ct);
        return ScheduleDto.From(schedule, project, computed);
    }

    public static void Map(RouteGroupBuilder zone) => zone
        .MapPost("/projects/{id:guid}/schedule", async Task<Created<ScheduleDto>> (ZoneRoute zone, Guid id, Request request, GaoxinDb db, BusinessDay day, TimeProvider clock, CancellationToken ct) =>
        {
            var dto = await Handle(zone.Zone, id, request, db, day.Today, db.Scope.UserName ?? "?", clock, ct);
            return TypedResults.Created($"/api/v1/zones/{zone.Zone.Code}/projects/{id}/schedule", dto);
        })
        .RequireAuthorization(Policies.ApiProjectEditor)
        .WithName("CreateSchedule")
        .WithSummary("Makes the project's schedule from a milestone template (one per project)");
}

using Gaoxin.Data;
using Gaoxin.Hosting.Api;
using Gaoxin.Modules.Projects.Domain;
using Gaoxin.Modules.Schedules.Domain;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Gaoxin.Modules.Schedules.Features;

/// <summary>A step of a project's schedule that is late as of a date (see <see cref="ScheduleCalculator.LatenessOf"/>).</summary>
public sealed record LateMilestoneItem(Guid ProjectId, string Code, string Name, string Step, string StepName, DateOnly? BaselineFinish, int LateWorkingDays,
    LateKind Kind, string? CaseWorker);

/// <summary>
/// Late milestones (里程碑滞后) of a zone's project schedules as of a date: unfinished steps past their baseline finish and
/// approvals past their statutory limit. They go on the dispatch meeting's agenda and into the project's traffic light.
/// </summary>
public static class LateMilestones
{
    public static async Task<IReadOnlyList<LateMilestoneItem>> ListAsync(Guid zoneId, DateOnly asOf, GaoxinDb db, CancellationToken ct, Guid? projectId = null)
    {
        var rows = await db.ProjectSchedules.AsNoTracking()
            .Where(s => s.ZoneId == zoneId && (projectId == null || s.ProjectId == projectId))
            .Join(db.Projects, s => s.ProjectId, p => p.Id, (s, p) => new { Schedule = s, p.Code, p.Name, p.Stage })
            .Where(x => x.Stage != ProjectStage.Dropped)
            .ToListAsync(ct);
        var calendar = await ScheduleCalendars.ForZoneAsync(zoneId, db, ct);
        var items = new List<LateMilestoneItem>();
        foreach (var row in rows)
        {
            var content = row.Schedule.Read();
            var baseline = content.Baselines.LastOrDefault()?.Activities.ToDictionary(b => b.Id);
            foreach (var a in content.Activities)
            {
                Engines.Scheduling.BaselineActivity? b = baseline is not null && baseline.TryGetValue(a.Key, out var x) ? x : null;
                if (ScheduleCalculator.LatenessOf(a, b, calendar, asOf) is { } late)
                {
                    items.Add(new LateMilestoneItem(row.Schedule.ProjectId, row.Code, row.Name, a.Key, a.Name, b?.Finish, late.WorkingDays, late.Kind, a.CaseWorker));
                }
            }
        }

        return [.. items.OrderByDescending(i => i.LateWorkingDays).ThenBy(i => i.Code).ThenBy(i => i.Step, StringComparer.Ordinal)];
    }

    /// <summary>
    /// Adds the project's late milestones (as of the report's month end, or today if earlier) to the light of a monthly
    /// report: they are named in the reason, and a green light turns yellow. A report without a light stays without one.
    /// </summary>
    public static async Task FeedLightAsync(MonthlyReport report, GaoxinDb db, DateOnly today, CancellationToken ct)
    {
        if (report.Light is not { } light)
        {
            return;
        }

        var monthEnd = new DateOnly(report.Year, report.Month, 1).AddMonths(1).AddDays(-1);
        var late = await ListAsync(report.ZoneId, monthEnd < today ? monthEnd : today, db, ct, report.ProjectId);
        if (late.Count == 0)
        {
            return;
        }

        var named = Text.Get("Light.LateMilestones", string.Join("、", late.Select(l => Text.Get(l.Kind == LateKind.OverStatutoryLimit ? "Light.OverLimit" : "Light.LateDays", l.StepName, l.LateWorkingDays))));
        var reason = string.IsNullOrEmpty(report.LightReason) ? named : report.LightReason + "；" + named;
        report.SetLight(light == LightColor.Green ? LightColor.Yellow : light, report.LightRuleVersion ?? string.Empty, reason.Length > 300 ? reason[..299] + "…" : reason);
    }

    public static void Map(RouteGroupBuilder zone) => zone
        .MapGet("/late-milestones", async Task<Ok<IReadOnlyList<LateMilestoneItem>>> (ZoneRoute zone, DateOnly? asOf, GaoxinDb db, BusinessDay day, CancellationToken ct)
            => TypedResults.Ok(await ListAsync(zone.Id, asOf ?? day.Today, db, ct)))
        .RequireAuthorization(Policies.ApiProjectReader)
        .WithName("ListLateMilestones")
        .WithSummary("Late milestones of the zone's project schedules as of a date (default today): past their baseline or statutory limit");
}

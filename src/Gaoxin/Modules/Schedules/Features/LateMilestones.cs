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
        var feed = await LoadAsync(zoneId, db, ct, projectId is { } id ? [id] : null);
        return feed.Late(asOf);
    }

    /// <summary>The zone's schedules (of <paramref name="projectIds"/>, or all) and calendar, read once to judge lateness in memory.</summary>
    public static async Task<Feed> LoadAsync(Guid zoneId, GaoxinDb db, CancellationToken ct, IReadOnlyCollection<Guid>? projectIds = null)
    {
        var rows = await db.ProjectSchedules.AsNoTracking()
            .Where(s => s.ZoneId == zoneId && (projectIds == null || projectIds.Contains(s.ProjectId)))
            .Join(db.Projects, s => s.ProjectId, p => p.Id, (s, p) => new { Schedule = s, p.Code, p.Name, p.Stage })
            .Where(x => x.Stage != ProjectStage.Dropped)
            .ToListAsync(ct);
        var calendar = await ScheduleCalendars.ForZoneAsync(zoneId, db, ct);
        return new Feed([.. rows.Select(r => (r.Schedule.ProjectId, r.Code, r.Name, r.Schedule.Read()))], calendar);
    }

    /// <summary>Schedules read once: late milestones as of any date, and the light of any monthly report of these projects.</summary>
    public sealed class Feed(IReadOnlyList<(Guid ProjectId, string Code, string Name, ScheduleContent Content)> schedules, Engines.Calendar.WorkingCalendar calendar)
    {
        public IReadOnlyList<LateMilestoneItem> Late(DateOnly asOf, Guid? projectId = null)
        {
            var items = new List<LateMilestoneItem>();
            foreach (var row in schedules.Where(s => projectId is null || s.ProjectId == projectId))
            {
                var baseline = row.Content.Baselines.LastOrDefault()?.Activities.ToDictionary(b => b.Id);
                foreach (var a in row.Content.Activities)
                {
                    Engines.Scheduling.BaselineActivity? b = baseline is not null && baseline.TryGetValue(a.Key, out var x) ? x : null;
                    if (ScheduleCalculator.LatenessOf(a, b, calendar, asOf) is { } late)
                    {
                        items.Add(new LateMilestoneItem(row.ProjectId, row.Code, row.Name, a.Key, a.Name, b?.Finish, late.WorkingDays, late.Kind, a.CaseWorker));
                    }
                }
            }

            return [.. items.OrderByDescending(i => i.LateWorkingDays).ThenBy(i => i.Code).ThenBy(i => i.Step, StringComparer.Ordinal)];
        }

        /// <summary>
        /// Adds the project's late milestones (as of the report's month end, or today if earlier) to the light of a monthly
        /// report: they are named in the reason, and a green light turns yellow. A report without a light stays without one.
        /// Call it after the light was judged by the zone's rule (recording, correcting, importing a month).
        /// </summary>
        public void FeedLight(MonthlyReport report, DateOnly today)
        {
            if (report.Light is not { } light)
            {
                return;
            }

            var monthEnd = new DateOnly(report.Year, report.Month, 1).AddMonths(1).AddDays(-1);
            var late = Late(monthEnd < today ? monthEnd : today, report.ProjectId);
            if (late.Count == 0)
            {
                return;
            }

            var named = Text.Get("Light.LateMilestones", string.Join("、", late.Select(l => Text.Get(l.Kind == LateKind.OverStatutoryLimit ? "Light.OverLimit" : "Light.LateDays", l.StepName, l.LateWorkingDays))));
            var reason = string.IsNullOrEmpty(report.LightReason) ? named : report.LightReason + "；" + named;
            report.SetLight(light == LightColor.Green ? LightColor.Yellow : light, report.LightRuleVersion ?? string.Empty, reason.Length > 300 ? reason[..299] + "…" : reason);
        }
    }

    /// <summary>Feeds the late milestones of the report's project into its light (see <see cref="Feed.FeedLight"/>).</summary>
    public static async Task FeedLightAsync(MonthlyReport report, GaoxinDb db, DateOnly today, CancellationToken ct)
    {
        if (report.Light is not null)
        {
            (await LoadAsync(report.ZoneId, db, ct, [report.ProjectId])).FeedLight(report, today);
        }
    }

    public static void Map(RouteGroupBuilder zone) => zone
        .MapGet("/late-milestones", async Task<Ok<IReadOnlyList<LateMilestoneItem>>> (ZoneRoute zone, DateOnly? asOf, GaoxinDb db, BusinessDay day, CancellationToken ct)
            => TypedResults.Ok(await ListAsync(zone.Id, asOf ?? day.Today, db, ct)))
        .RequireAuthorization(Policies.ApiProjectReader)
        .WithName("ListLateMilestones")
        .WithSummary("Late milestones of the zone's project schedules as of a date (default today): past their baseline or statutory limit");
}

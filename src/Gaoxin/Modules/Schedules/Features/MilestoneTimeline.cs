using Gaoxin.Data;
using Gaoxin.Hosting.Api;
using Gaoxin.Modules.Projects.Domain;
using Gaoxin.Modules.Schedules.Domain;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;

namespace Gaoxin.Modules.Schedules.Features;

/// <summary>One step of one project on the zone's 时序表: when it finishes (actual, else planned), against its baseline.</summary>
public sealed record TimelineRow(Guid ProjectId, string Code, string ProjectName, string Step, string StepName, bool Milestone, bool Approval,
    DateOnly Start, DateOnly Finish, bool Done, string Status, bool Critical, DateOnly? BaselineFinish, int? FinishVariance, int? LateWorkingDays, string? CaseWorker);

/// <summary>
/// The zone's time-ordered milestone table (时序表) across projects: every step of every project's schedule, computed now,
/// ordered by finish date; filter by text, dates, status, late only or milestones only; sort; page; export to Excel.
/// </summary>
public static class MilestoneTimeline
{
    public sealed record Query(string? Search = null, DateOnly? From = null, DateOnly? To = null, string? Status = null, bool? LateOnly = null,
        bool? MilestonesOnly = null, string? Sort = null, bool Descending = false, int Page = 1, int PageSize = 50);

    public static async Task<IReadOnlyList<TimelineRow>> AllAsync(Guid zoneId, DateOnly today, GaoxinDb db, CancellationToken ct)
    {
        var rows = await db.ProjectSchedules.AsNoTracking().Where(s => s.ZoneId == zoneId)
            .Join(db.Projects, s => s.ProjectId, p => p.Id, (s, p) => new { Schedule = s, p.Code, p.Name, p.Stage })
            .Where(x => x.Stage != ProjectStage.Dropped)
            .ToListAsync(ct);
        var calendar = await ScheduleCalendars.ForZoneAsync(zoneId, db, ct);
        var result = new List<TimelineRow>();
        foreach (var row in rows)
        {
            ComputedSchedule computed;
            try
            {
                computed = ScheduleCalculator.Compute(row.Schedule, row.Schedule.Read(), today, null, calendar);
            }
            catch (DomainException)
            {
                continue; // e.g. it now reaches a year whose calendar is not loaded: the project's own page says so.
            }

            var baseline = computed.Baseline?.Activities.ToDictionary(b => b.Id);
            foreach (var a in computed.Content.Activities)
            {
                var r = computed.Result[a.Key];
                Engines.Scheduling.BaselineActivity? b = baseline is not null && baseline.TryGetValue(a.Key, out var x) ? x : null;
                var late = ScheduleCalculator.LatenessOf(a, b, computed.Calendar, today);
                result.Add(new TimelineRow(row.Schedule.ProjectId, row.Code, row.Name, a.Key, a.Name, a.Duration == 0, a.StatutoryDays is not null,
                    a.ActualStart ?? r.EarlyStart, a.ActualFinish ?? r.EarlyFinish, a.ActualFinish is not null, r.Status.ToString(), r.Critical, b?.Finish,
                    computed.Variance.TryGetValue(a.Key, out var v) ? v.FinishVariance : null, late?.WorkingDays, a.CaseWorker));
            }
        }

        return result;
    }

    public static async Task<Paged<TimelineRow>> Handle(Query q, Guid zoneId, DateOnly today, GaoxinDb db, CancellationToken ct)
    {
        IEnumerable<TimelineRow> rows = await AllAsync(zoneId, today, db, ct);
        if (!string.IsNullOrWhiteSpace(q.Search))
        {
            var s = q.Search.Trim();
            rows = rows.Where(r => r.Code.Contains(s, StringComparison.OrdinalIgnoreCase) || r.ProjectName.Contains(s, StringComparison.OrdinalIgnoreCase)
                || r.StepName.Contains(s, StringComparison.OrdinalIgnoreCase) || (r.CaseWorker?.Contains(s, StringComparison.OrdinalIgnoreCase) ?? false));
        }

        if (q.From is { } from)
        {
            rows = rows.Where(r => r.Finish >= from);
        }

        if (q.To is { } to)
        {
            rows = rows.Where(r => r.Finish <= to);
        }

        if (!string.IsNullOrWhiteSpace(q.Status))
        {
            rows = rows.Where(r => string.Equals(r.Status, q.Status.Trim(), StringComparison.OrdinalIgnoreCase));
        }

        if (q.LateOnly is true)
        {
            rows = rows.Where(r => r.LateWorkingDays is not null);
        }

        if (q.MilestonesOnly is true)
        {
            rows = rows.Where(r => r.Milestone || r.Approval);
        }

        rows = q.Sort?.ToLowerInvariant() switch
        {
            "project" => rows.OrderBy(r => r.Code).ThenBy(r => r.Finish),
            "late" => rows.OrderBy(r => -(r.LateWorkingDays ?? -1)).ThenBy(r => r.Finish),
            "variance" => rows.OrderBy(r => -(r.FinishVariance ?? int.MinValue / 2)).ThenBy(r => r.Finish),
            "step" => rows.OrderBy(r => r.StepName, StringComparer.Ordinal).ThenBy(r => r.Finish),
            _ => rows.OrderBy(r => r.Finish).ThenBy(r => r.Code).ThenBy(r => r.Start),
        };
        if (q.Descending)
        {
            rows = rows.Reverse();
        }

        var list = rows.ToList();
        var size = Paging.Clamp(q.PageSize);
        var page = Math.Max(1, q.Page);
        return new Paged<TimelineRow>([.. list.Skip((page - 1) * size).Take(size)], list.Count, page, size);
    }

    public static IEnumerable<Dictionary<string, object?>> ExcelRows(IEnumerable<TimelineRow> rows) => rows.Select(r => new Dictionary<string, object?>
    {
        [Text.Get("Sched.Date")] = r.Finish.ToString("yyyy-MM-dd"),
        [Text.Get("Problems.Project")] = ExcelFiles.Cell($"{r.Code} {r.ProjectName}"),
        [Text.Get("Sched.Step")] = ExcelFiles.Cell(r.StepName),
        [Text.Get("Sched.StatusCol")] = Text.Get("Sched.Status." + r.Status),
        [Text.Get("Sched.EarlyStart")] = r.Start.ToString("yyyy-MM-dd"),
        [Text.Get("Sched.BaselineFinishCol")] = r.BaselineFinish?.ToString("yyyy-MM-dd"),
        [Text.Get("Sched.Variance")] = r.FinishVariance,
        [Text.Get("Sched.Late")] = r.LateWorkingDays,
        [Text.Get("Sched.Critical")] = r.Critical ? Text.Get("Sched.Critical") : string.Empty,
        [Text.Get("Sched.CaseWorker")] = ExcelFiles.Cell(r.CaseWorker ?? string.Empty),
    });

    public static void Map(RouteGroupBuilder zone) => zone
        .MapGet("/schedule-timeline", async Task<Ok<Paged<TimelineRow>>> (ZoneRoute zone, [AsParameters] Query query, GaoxinDb db, BusinessDay day, CancellationToken ct)
            => TypedResults.Ok(await Handle(query, zone.Id, day.Today, db, ct)))
        .RequireAuthorization(Policies.ApiProjectReader)
        .WithName("ScheduleTimeline")
        .WithSummary("The zone's time-ordered milestone table (时序表) across project schedules: filter, sort, page");

    public static void MapExport(IEndpointRouteBuilder app) => app
        .MapGet("/export/schedule-timeline.xlsx", async (ZoneRoute zone, [AsParameters] Query query, GaoxinDb db, BusinessDay day, CancellationToken ct) =>
        {
            var all = await Handle(query with { Page = 1, PageSize = 500 }, zone.Id, day.Today, db, ct);
            var stream = new MemoryStream();
            await stream.SaveAsAsync(ExcelRows(all.Items), cancellationToken: ct);
            stream.Position = 0;
            return Results.File(stream, ExcelFiles.ContentType, $"schedule-timeline-{zone.Zone.Code}.xlsx");
        })
        .RequireAuthorization(Policies.ProjectReader)
        .ExcludeFromDescription();
}

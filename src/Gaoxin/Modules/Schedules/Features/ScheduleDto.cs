using Gaoxin.Data;
using Gaoxin.Engines.Scheduling;
using Gaoxin.Modules.Projects.Domain;
using Gaoxin.Modules.Projects.Features;
using Gaoxin.Modules.Schedules.Domain;
using Gaoxin.Modules.Zones.Domain;
using Microsoft.EntityFrameworkCore;

namespace Gaoxin.Modules.Schedules.Features;

/// <summary>A link as the API shows and takes it: type FS, SS, FF or SF; lag in working days (negative: a lead).</summary>
public sealed record LinkDto(string From, string To, string Type = "FS", int Lag = 0)
{
    public static LinkDto Of(TemplateLink l) => new(l.From, l.To, LinkTypes.Short(l.Type), l.Lag);

    public TemplateLink ToLink() => new(From ?? string.Empty, To ?? string.Empty, LinkTypes.Parse(Type), Lag);
}

public static class LinkTypes
{
    public static string Short(LinkType t) => t switch
    {
        LinkType.StartToStart => "SS",
        LinkType.FinishToFinish => "FF",
        LinkType.StartToFinish => "SF",
        _ => "FS",
    };

    public static LinkType Parse(string? text) => text?.Trim().ToUpperInvariant() switch
    {
        null or "" or "FS" or "FINISHTOSTART" => LinkType.FinishToStart,
        "SS" or "STARTTOSTART" => LinkType.StartToStart,
        "FF" or "FINISHTOFINISH" => LinkType.FinishToFinish,
        "SF" or "STARTTOFINISH" => LinkType.StartToFinish,
        _ => throw new DomainException(Hosting.Text.Get("Err.Sched.LinkType")),
    };

    public static string Describe(TemplateLink l) => l.From + " " + Short(l.Type) + (l.Lag == 0 ? string.Empty : l.Lag > 0 ? "+" + l.Lag : l.Lag.ToString(System.Globalization.CultureInfo.InvariantCulture));
}

/// <summary>One activity as computed: early/late dates, floats, the critical flag, baseline dates and variance, lateness.</summary>
public sealed record ActivityDto(string Key, string Name, int Duration, bool Manual, bool Milestone, DateOnly EarlyStart, DateOnly EarlyFinish,
    DateOnly LateStart, DateOnly LateFinish, int TotalFloat, int FreeFloat, bool Critical, string Status, DateOnly? ActualStart, DateOnly? ActualFinish,
    int? StatutoryDays, string? CaseWorker, string? Constraint, DateOnly? ConstraintDate, DateOnly? BaselineStart, DateOnly? BaselineFinish,
    int? StartVariance, int? FinishVariance, int? LateDays, string? LateKind, string Predecessors);

/// <summary>
/// A project's schedule as the engine computed it on the zone's calendar as of the business day, with the baseline it is
/// compared against (the latest saved unless one is named) and the non-working days of its span (for the Gantt chart).
/// </summary>
public sealed record ScheduleDto(Guid Id, Guid ProjectId, string ProjectCode, string ProjectName, string TemplateName, DateOnly Start, DateOnly? Deadline,
    DateOnly StatusDate, DateOnly Finish, string Calendar, string? Baseline, IReadOnlyList<string> Baselines, IReadOnlyList<string> CriticalPath,
    IReadOnlyList<ActivityDto> Activities, IReadOnlyList<LinkDto> Links, IReadOnlyList<DateOnly> NonWorkingDays, long Version,
    IReadOnlyList<int>? FallbackYears = null)
{
    public static ScheduleDto From(ProjectSchedule s, Project p, ComputedSchedule c)
    {
        var baseline = c.Baseline?.Activities.ToDictionary(b => b.Id);
        var preds = c.Content.Links.GroupBy(l => l.To).ToDictionary(g => g.Key, g => string.Join(", ", g.Select(LinkTypes.Describe)));
        var activities = new List<ActivityDto>(c.Content.Activities.Count);
        foreach (var a in c.Content.Activities)
        {
            var r = c.Result[a.Key];
            BaselineActivity? b = baseline is not null && baseline.TryGetValue(a.Key, out var ba) ? ba : null;
            var v = c.Variance.TryGetValue(a.Key, out var va) ? va : default;
            var late = ScheduleCalculator.LatenessOf(a, b, c.Calendar, c.Today);
            activities.Add(new ActivityDto(a.Key, a.Name, a.Duration, a.Manual, a.Duration == 0, r.EarlyStart, r.EarlyFinish, r.LateStart, r.LateFinish,
                r.TotalFloat, r.FreeFloat, r.Critical, r.Status.ToString(), a.ActualStart, a.ActualFinish, a.StatutoryDays, a.CaseWorker,
                a.ConstraintType?.ToString(), a.ConstraintDate, b?.Start, b?.Finish, v.StartVariance, v.FinishVariance, late?.WorkingDays, late?.Kind.ToString(),
                preds.GetValueOrDefault(a.Key) ?? string.Empty));
        }

        var first = new[] { s.Start, c.Result.Activities.Min(a => a.EarlyStart) }.Concat(activities.Where(a => a.BaselineStart is not null).Select(a => a.BaselineStart!.Value)).Min();
        var last = new[] { c.Result.Finish, s.Deadline ?? c.Result.Finish }.Concat(activities.Where(a => a.BaselineFinish is not null).Select(a => a.BaselineFinish!.Value)).Max();
        var off = new List<DateOnly>();
        for (var d = first.AddDays(-7); d <= last.AddDays(7) && off.Count < 3000; d = d.AddDays(1))
        {
            if (c.Calendar.IsYearLoaded(d.Year) && !c.Calendar.IsWorkingDay(d))
            {
                off.Add(d);
            }
        }

        return new ScheduleDto(s.Id, p.Id, p.Code, p.Name, s.TemplateName, s.Start, s.Deadline, c.Today, c.Result.Finish, c.Calendar.Name, c.Baseline?.Name,
            [.. c.Content.Baselines.Select(x => x.Name)], c.Result.CriticalPath, activities, [.. c.Content.Links.Select(LinkDto.Of)], off, s.Version,
            c.Result.FallbackYearsUsed.Count > 0 ? c.Result.FallbackYearsUsed : null);
    }
}

/// <summary>Loading a project's schedule and changing it: check, recompute, and only then write.</summary>
public static class ScheduleStore
{
    public static async Task<(Project Project, ProjectSchedule Schedule)> LoadAsync(Guid zoneId, Guid projectId, GaoxinDb db, CancellationToken ct)
    {
        var project = await db.FindAsync(zoneId, projectId, ct) ?? throw new DomainException(Hosting.Text.Get("Err.NoSuchRecord", Hosting.Text.Get("Thing.project")), StatusCodes.Status404NotFound);
        var schedule = await db.ProjectSchedules.FirstOrDefaultAsync(s => s.ZoneId == zoneId && s.ProjectId == projectId, ct)
            ?? throw new DomainException(Hosting.Text.Get("Err.Sched.NoSchedule", project.Name), StatusCodes.Status404NotFound);
        return (project, schedule);
    }

    public static async Task<ScheduleDto> GetAsync(Zone zone, Guid projectId, GaoxinDb db, DateOnly today, CancellationToken ct, string? baseline = null)
    {
        var (project, schedule) = await LoadAsync(zone.Id, projectId, db, ct);
        var content = schedule.Read();
        if (baseline is not null && content.Baselines.All(b => b.Name != baseline))
        {
            throw new DomainException(Hosting.Text.Get("Err.NoSuchRecord", Hosting.Text.Get("Thing.baseline")), StatusCodes.Status404NotFound);
        }

        var calendar = await ScheduleCalendars.ForZoneAsync(zone.Id, db, ct);
        return ScheduleDto.From(schedule, project, ScheduleCalculator.Compute(schedule, content, today, baseline, calendar));
    }

    /// <summary>
    /// Applies <paramref name="change"/> to a working copy of the schedule seen at <paramref name="version"/>, recomputes it,
    /// and writes it only when it computes: a refused change leaves the stored schedule as it was.
    /// </summary>
    public static async Task<ScheduleDto> ChangeAsync(Zone zone, Guid projectId, long version, Action<ProjectSchedule, ScheduleContent> change, GaoxinDb db,
        DateOnly today, CancellationToken ct)
        => await ChangeAsync(zone, projectId, version, (s, c, _) => change(s, c), db, today, ct);

    public static async Task<ScheduleDto> ChangeAsync(Zone zone, Guid projectId, long version, Action<ProjectSchedule, ScheduleContent, Engines.Calendar.WorkingCalendar> change,
        GaoxinDb db, DateOnly today, CancellationToken ct)
    {
        new Hosting.Api.ZoneRoute(zone).RequireWritable(db);
        var (project, schedule) = await LoadAsync(zone.Id, projectId, db, ct);
        schedule.RequireVersion(version);
        var calendar = await ScheduleCalendars.ForZoneAsync(zone.Id, db, ct);
        var content = schedule.Read();
        change(schedule, content, calendar);
        var computed = ScheduleCalculator.Compute(schedule, content, today, null, calendar);
        schedule.Write(content);
        // The content is one JSON document: a change inside it is a change of the schedule (a new version).
        db.Entry(schedule).State = EntityState.Modified;
        await db.SaveChangesAsync(ct);
        return ScheduleDto.From(schedule, project, computed);
    }

    public static PlannedActivity Activity(ScheduleContent content, string key)
        => content.Activities.FirstOrDefault(a => a.Key == key) ?? throw new DomainException(Hosting.Text.Get("Err.Sched.UnknownStep", key), StatusCodes.Status404NotFound);
}

using Gaoxin.Engines.Scheduling;
using Gaoxin.Modules.Schedules.Domain;
using Gaoxin.Modules.Schedules.Features;
using Gaoxin.Modules.Zones.Domain;
using Microsoft.EntityFrameworkCore;

namespace Gaoxin.Data.Demo;

/// <summary>
/// Demo schedules: every zone gets the default milestone templates; three of Chengde's signed or landed projects get a
/// schedule with a baseline made when they started and progress up to the demo's business day (2022-07-15), so that one
/// approval runs past its statutory limit and one milestone is past its baseline date.
/// </summary>
public static class ScheduleDemo
{
    private sealed record Progress(string Key, DateOnly? Start, DateOnly? Finish);

    public static async Task SeedAsync(GaoxinDb db, Zone zone, DateTimeOffset now, CancellationToken ct)
    {
        await MilestoneTemplates.EnsureDefaultsAsync(zone.Id, db, ct);
        if (zone.Code != "chengde")
        {
            return;
        }

        var templates = await db.MilestoneTemplates.IgnoreQueryFilters().Where(t => t.ZoneId == zone.Id).ToListAsync(ct);
        var standard = templates.First(t => t.Code == DefaultTemplates.Standard);
        var landStart = templates.First(t => t.Code == DefaultTemplates.LandStart);
        var d = (int m, int day) => new DateOnly(2022, m, day);
        await SeedOneAsync(db, zone, "CD2022-001", standard, d(2, 7), d(12, 30),
        [
            new("filing", d(2, 7), d(2, 9)), new("land", d(2, 10), d(4, 15)), new("planning", d(4, 18), d(5, 27)), new("permit", d(5, 30), null),
        ], now, ct);
        await SeedOneAsync(db, zone, "CD2022-002", landStart, d(4, 6), null,
        [
            new("filing", d(4, 6), d(4, 8)), new("planning", d(4, 11), d(5, 9)), new("permit", d(4, 11), d(4, 19)), new("land", d(4, 11), null),
        ], now, ct);
        await SeedOneAsync(db, zone, "CD2022-009", standard, d(1, 10), null,
        [
            new("filing", d(1, 10), d(1, 12)), new("land", d(1, 13), d(3, 18)), new("planning", d(3, 21), d(4, 15)), new("permit", d(4, 18), d(4, 26)),
        ], now, ct);
    }

    private static async Task SeedOneAsync(GaoxinDb db, Zone zone, string code, MilestoneTemplate template, DateOnly start, DateOnly? deadline,
        IReadOnlyList<Progress> progress, DateTimeOffset now, CancellationToken ct)
    {
        var project = await db.Projects.IgnoreQueryFilters().FirstOrDefaultAsync(p => p.ZoneId == zone.Id && p.Code == code, ct);
        if (project is null || await db.ProjectSchedules.IgnoreQueryFilters().AnyAsync(s => s.ProjectId == project.Id, ct))
        {
            return;
        }

        var schedule = new ProjectSchedule(zone.Id, project.Id, template.Name, start, deadline);
        var content = new ScheduleContent(
            [.. template.Steps.Select(s => new PlannedActivity { Key = s.Key, Name = s.Name, Duration = s.Duration, StatutoryDays = s.StatutoryDays, CaseWorker = s.CaseWorker })],
            [.. template.Links], []);
        // The start-of-project plan, as it was computed on the day the project started.
        var planned = ScheduleCalculator.Compute(schedule, content, start);
        content.Baselines.Add(new SavedBaseline("初始计划", now, "demo", [.. Baseline.Save("初始计划", planned.Result).Activities]));
        foreach (var p in progress)
        {
            var a = content.Activities.First(x => x.Key == p.Key);
            (a.ActualStart, a.ActualFinish) = (p.Start, p.Finish);
        }

        schedule.Write(content);
        db.ProjectSchedules.Add(schedule);
        await db.SaveChangesAsync(ct);
    }
}

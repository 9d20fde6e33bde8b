using Gaoxin.Engines.Calendar;
using Gaoxin.Engines.Scheduling;
using static Gaoxin.Engines.Tests.Scheduling.Plans;

namespace Gaoxin.Engines.Tests.Scheduling;

public sealed class RefusalTests
{
    [Fact]
    public void A_cycle_is_refused_naming_its_activities_in_link_order()
    {
        var links = new[] { FS("D", "A"), FS("A", "B"), SS("B", "C"), FF("C", "A"), FS("C", "E") };
        var plan = new SchedulePlan(WorkingCalendar.AllDays, D("2025-01-01"), [Task("A", 1), Task("B", 1), Task("C", 1), Task("D", 1), Task("E", 1)], links);
        var e = Assert.Throws<ScheduleCycleException>(() => CriticalPath.Schedule(plan));
        Assert.Equal(["A", "B", "C"], e.Cycle.Order());
        for (var i = 0; i < e.Cycle.Count; i++)
        {
            var (from, to) = (e.Cycle[i], e.Cycle[(i + 1) % e.Cycle.Count]);
            Assert.Contains(links, l => l.From == from && l.To == to);
        }

        Assert.Contains(string.Join(" → ", e.Cycle.Append(e.Cycle[0])), e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("D", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_link_from_an_activity_to_itself_is_a_cycle()
    {
        var plan = new SchedulePlan(WorkingCalendar.AllDays, D("2025-01-01"), [Task("规划许可", 1)], [FS("规划许可", "规划许可")]);
        Assert.Equal(["规划许可"], Assert.Throws<ScheduleCycleException>(() => CriticalPath.Schedule(plan)).Cycle);
    }

    [Fact]
    public void A_cycle_deep_in_a_large_plan_is_found()
    {
        var activities = Enumerable.Range(0, 2000).Select(i => Task($"T{i}", 1)).ToList();
        var links = Enumerable.Range(0, 1999).Select(i => FS($"T{i}", $"T{i + 1}")).Append(FS("T1500", "T1200")).ToList();
        var e = Assert.Throws<ScheduleCycleException>(() => CriticalPath.Schedule(new SchedulePlan(WorkingCalendar.AllDays, D("2025-01-01"), activities, links)));
        Assert.Equal(301, e.Cycle.Count);
        Assert.Contains("T1200", e.Cycle);
        Assert.Contains("T1500", e.Cycle);
    }

    [Fact]
    public void A_link_to_an_unknown_activity_is_refused_naming_it()
    {
        var plan = new SchedulePlan(WorkingCalendar.AllDays, D("2025-01-01"), [Task("A", 1)], [FS("A", "X")]);
        var e = Assert.Throws<InvalidScheduleException>(() => CriticalPath.Schedule(plan));
        Assert.Contains("'X'", e.Message, StringComparison.Ordinal);
        Assert.Contains("Link 1", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_duplicate_activity_id_is_refused_naming_both_positions()
    {
        var plan = new SchedulePlan(WorkingCalendar.AllDays, D("2025-01-01"), [Task("A", 1), Task("B", 1), Task("A", 2)], []);
        var e = Assert.Throws<InvalidScheduleException>(() => CriticalPath.Schedule(plan));
        Assert.Contains("'A'", e.Message, StringComparison.Ordinal);
        Assert.Contains("1 and 3", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_negative_duration_is_refused()
    {
        var plan = new SchedulePlan(WorkingCalendar.AllDays, D("2025-01-01"), [Task("A", -1)], []);
        Assert.Contains("negative duration", Assert.Throws<InvalidScheduleException>(() => CriticalPath.Schedule(plan)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Scheduling_into_a_year_without_a_notice_is_refused_naming_the_year()
    {
        var plan = new SchedulePlan(WorkingCalendar.Prc(), D("2026-12-01"), [Task("A", 30)], []);
        var e = Assert.Throws<CalendarYearNotLoadedException>(() => CriticalPath.Schedule(plan));
        Assert.Equal(2027, e.Year);
        Assert.Contains("2027", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_deadline_in_a_year_without_a_notice_is_refused_naming_the_year()
    {
        var plan = new SchedulePlan(WorkingCalendar.Prc(), D("2026-06-01"), [Task("A", 3)], []) { Deadline = D("2028-01-31") };
        Assert.Equal(2027, Assert.Throws<CalendarYearNotLoadedException>(() => CriticalPath.Schedule(plan)).Year);
    }

    [Fact]
    public void With_fallback_allowed_the_schedule_proceeds_on_Monday_to_Friday_and_records_the_year()
    {
        var calendar = WorkingCalendar.Prc(MissingYearPolicy.MondayToFriday);
        var plan = new SchedulePlan(calendar, D("2026-12-01"), [Task("A", 30)], []);
        var result = CriticalPath.Schedule(plan);
        Assert.Equal([2027], result.FallbackYearsUsed);
        Assert.Equal(calendar.AddWorkingDays(D("2026-12-01"), 29), result["A"].EarlyFinish);
        Assert.Equal(D("2027-01-11"), result["A"].EarlyFinish); // 22 working days left in December 2026, then 8 in January on Mon–Fri

        var inside = CriticalPath.Schedule(plan with { Start = D("2026-03-02") });
        Assert.Empty(inside.FallbackYearsUsed);
    }
}

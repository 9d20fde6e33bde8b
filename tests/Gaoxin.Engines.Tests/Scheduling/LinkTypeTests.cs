using Gaoxin.Engines.Calendar;
using Gaoxin.Engines.Scheduling;
using static Gaoxin.Engines.Tests.Scheduling.Plans;

namespace Gaoxin.Engines.Tests.Scheduling;

public sealed class LinkTypeTests
{
    // A: 3 days from 2025-01-01 (all days); B: 2 days, linked from A as given.
    [Theory]
    [InlineData(LinkType.FinishToStart, 0, "2025-01-04", "2025-01-05")]
    [InlineData(LinkType.FinishToStart, 2, "2025-01-06", "2025-01-07")]
    [InlineData(LinkType.FinishToStart, -1, "2025-01-03", "2025-01-04")]
    [InlineData(LinkType.StartToStart, 0, "2025-01-01", "2025-01-02")]
    [InlineData(LinkType.StartToStart, 1, "2025-01-02", "2025-01-03")]
    [InlineData(LinkType.FinishToFinish, 0, "2025-01-02", "2025-01-03")]
    [InlineData(LinkType.FinishToFinish, 2, "2025-01-04", "2025-01-05")]
    [InlineData(LinkType.FinishToFinish, -1, "2025-01-01", "2025-01-02")]
    [InlineData(LinkType.StartToFinish, 4, "2025-01-03", "2025-01-04")]
    [InlineData(LinkType.StartToFinish, 0, "2025-01-01", "2025-01-02")] // would finish before A starts, but nothing starts before the project
    public void Every_link_type_with_lags_and_leads_places_the_successor(LinkType type, int lag, string start, string finish)
    {
        var plan = new SchedulePlan(WorkingCalendar.AllDays, D("2025-01-01"), [Task("A", 3), Task("B", 2)], [new ScheduleLink("A", "B", type, lag)]);
        AssertDates(CriticalPath.Schedule(plan), "B", start, finish);
    }

    [Fact]
    public void Start_to_finish_with_a_lead_finishes_before_the_predecessor_starts()
    {
        var plan = new SchedulePlan(
            WorkingCalendar.AllDays,
            D("2025-01-01"),
            [Task("A", 3) with { NoEarlierThan = D("2025-01-10") }, Task("B", 2)],
            [SF("A", "B", -1)]);
        var result = CriticalPath.Schedule(plan);
        AssertDates(result, "A", "2025-01-10", "2025-01-12");
        AssertDates(result, "B", "2025-01-07", "2025-01-08"); // SF 0 would finish 01-09, the day before A starts
    }

    // Lags are working days of the successor's calendar, here the PRC calendar around National Day 2025.
    [Theory]
    [InlineData("FS+1", LinkType.FinishToStart, 1, 2, "2025-10-09", "2025-10-10")]
    [InlineData("FS-1", LinkType.FinishToStart, -1, 1, "2025-09-29", "2025-09-29")]
    [InlineData("SS+2", LinkType.StartToStart, 2, 1, "2025-09-29", "2025-09-29")]
    [InlineData("FF+1", LinkType.FinishToFinish, 1, 3, "2025-09-28", "2025-09-30")]
    [InlineData("FF+2", LinkType.FinishToFinish, 2, 2, "2025-09-30", "2025-10-09")]
    [InlineData("SF+3", LinkType.StartToFinish, 3, 2, "2025-09-28", "2025-09-29")]
    public void Lags_and_leads_count_working_days_across_National_Day(string name, LinkType type, int lag, int duration, string start, string finish)
    {
        // A: 3 days from Friday 2025-09-26: Fri 26, make-up Sun 28, Mon 29.
        var plan = new SchedulePlan(WorkingCalendar.Prc(), D("2025-09-26"), [Task("A", 3), Task(name, duration)], [new ScheduleLink("A", name, type, lag)]);
        var result = CriticalPath.Schedule(plan);
        AssertDates(result, "A", "2025-09-26", "2025-09-29");
        AssertDates(result, name, start, finish);
    }

    [Fact]
    public void A_successor_on_another_calendar_starts_by_its_own_calendar_and_the_lag_counts_in_it()
    {
        var plan = new SchedulePlan(
            WorkingCalendar.MondayToFriday,
            D("2025-01-01"),
            [Task("A", 3), Task("B", 2) with { Calendar = WorkingCalendar.AllDays }, Task("C", 1), Task("B2", 1) with { Calendar = WorkingCalendar.AllDays }],
            [FS("A", "B"), FS("B", "C"), FS("A", "B2", 1)]);
        var result = CriticalPath.Schedule(plan);
        AssertDates(result, "A", "2025-01-01", "2025-01-03"); // Wed–Fri
        AssertDates(result, "B", "2025-01-04", "2025-01-05"); // all-days: the weekend
        AssertDates(result, "C", "2025-01-06", "2025-01-06"); // back on Monday–Friday
        AssertDates(result, "B2", "2025-01-05", "2025-01-05"); // lag 1 of all-days skips Saturday only
        Assert.Equal(["A", "B", "C"], result.CriticalPath);
        Assert.Equal(0, result["B"].TotalFloat);
    }

    [Fact]
    public void A_successor_waits_for_the_latest_of_several_predecessors()
    {
        var plan = new SchedulePlan(
            WorkingCalendar.AllDays,
            D("2025-01-01"),
            [Task("A", 3), Task("B", 5), Task("C", 1)],
            [FS("A", "C", 3), SS("B", "C", 1), FF("B", "C")]);
        var result = CriticalPath.Schedule(plan);
        AssertDates(result, "C", "2025-01-07", "2025-01-07"); // FS+3 from A gives 01-07; SS+1 gives 01-02; FF gives 01-05
    }
}

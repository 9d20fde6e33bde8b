using Gaoxin.Engines.Calendar;
using Gaoxin.Engines.Scheduling;
using static Gaoxin.Engines.Tests.Scheduling.Plans;

namespace Gaoxin.Engines.Tests.Scheduling;

public sealed class WorkedExampleTests
{
    [Fact]
    public void Issue_4_worked_example_dates_hold()
    {
        var result = CriticalPath.Schedule(Issue4Example());
        AssertDates(result, "A", "2025-01-01", "2025-01-03");
        AssertDates(result, "B", "2025-01-04", "2025-01-05");
        AssertDates(result, "C", "2025-01-04", "2025-01-07");
        AssertDates(result, "D", "2025-01-08", "2025-01-10");
        AssertDates(result, "E", "2025-01-04", "2025-01-05");
        Assert.Equal(D("2025-01-10"), result.Finish);
    }

    [Fact]
    public void Issue_4_worked_example_floats_hold()
    {
        var result = CriticalPath.Schedule(Issue4Example());
        Assert.Equal([0, 2, 0, 0, 5], result.Activities.Select(a => a.TotalFloat));
        Assert.Equal(2, result["B"].FreeFloat);
        Assert.Equal(5, result["E"].FreeFloat);
        Assert.Equal(0, result["A"].FreeFloat);
        Assert.Equal(0, result["D"].FreeFloat);
    }

    [Fact]
    public void Issue_4_worked_example_critical_path_is_A_C_D()
    {
        var result = CriticalPath.Schedule(Issue4Example());
        Assert.Equal(["A", "C", "D"], result.CriticalPath);
        Assert.Equal([true, false, true, true, false], result.Activities.Select(a => a.Critical));
        AssertLateDates(result, "B", "2025-01-06", "2025-01-07");
        AssertLateDates(result, "E", "2025-01-09", "2025-01-10");
    }

    [Fact]
    public void CLI_example_on_the_PRC_calendar_works_the_make_up_Sunday_and_skips_National_Day()
    {
        // issue 4's CLI input: cn, start 2025-09-26 (Friday), deadline 2025-10-10, A 3 days, B 2 days after A.
        var plan = new SchedulePlan(WorkingCalendar.Prc(), D("2025-09-26"), [Task("A", 3), Task("B", 2)], [FS("A", "B")])
        {
            Deadline = D("2025-10-10"),
        };
        var result = CriticalPath.Schedule(plan);
        AssertDates(result, "A", "2025-09-26", "2025-09-29"); // Fri, make-up Sun 28, Mon
        AssertDates(result, "B", "2025-09-30", "2025-10-09"); // Tue, then 1–8 October off
        Assert.Equal(1, result["A"].TotalFloat);
        Assert.Equal(1, result["B"].TotalFloat);
        AssertLateDates(result, "A", "2025-09-28", "2025-09-30");
        Assert.Empty(result.CriticalPath);
    }

    [Fact]
    public void A_project_start_on_a_holiday_begins_on_the_next_working_day()
    {
        var plan = new SchedulePlan(WorkingCalendar.Prc(), D("2025-01-28"), [Task("A", 2)], []);
        AssertDates(CriticalPath.Schedule(plan), "A", "2025-02-05", "2025-02-06");
    }

    [Fact]
    public void Spring_Festival_2026_make_up_Saturday_is_worked_then_the_break_is_skipped()
    {
        var plan = new SchedulePlan(WorkingCalendar.Prc(), D("2026-02-13"), [Task("A", 2), Task("B", 1)], [FS("A", "B")]);
        var result = CriticalPath.Schedule(plan);
        AssertDates(result, "A", "2026-02-13", "2026-02-14");
        AssertDates(result, "B", "2026-02-24", "2026-02-24");
    }

    [Fact]
    public void Labour_Day_2025_make_up_Sunday_is_worked_then_1_to_5_May_are_skipped()
    {
        var plan = new SchedulePlan(WorkingCalendar.Prc(), D("2025-04-25"), [Task("A", 3), Task("B", 3)], [FS("A", "B")]);
        var result = CriticalPath.Schedule(plan);
        AssertDates(result, "A", "2025-04-25", "2025-04-28"); // Fri 25, make-up Sun 27, Mon 28
        AssertDates(result, "B", "2025-04-29", "2025-05-06"); // Tue 29, Wed 30, then Tue 6 May
    }

    [Fact]
    public void Milestones_sit_at_the_end_of_their_predecessors_finish_day()
    {
        var plan = new SchedulePlan(
            WorkingCalendar.Prc(),
            D("2025-09-26"),
            [Task("立项", 0), Task("施工", 3), Task("竣工", 0), Task("验收", 1)],
            [FS("立项", "施工"), FS("施工", "竣工"), FS("竣工", "验收")]);
        var result = CriticalPath.Schedule(plan);
        AssertDates(result, "立项", "2025-09-26", "2025-09-26"); // at the very start: the start date
        AssertDates(result, "施工", "2025-09-26", "2025-09-29");
        AssertDates(result, "竣工", "2025-09-29", "2025-09-29"); // on the finish date of 施工
        AssertDates(result, "验收", "2025-09-30", "2025-09-30");
        Assert.True(result["竣工"].IsMilestone);
        Assert.Equal(["立项", "施工", "竣工", "验收"], result.CriticalPath);
    }

    [Fact]
    public void An_empty_plan_finishes_on_its_start()
    {
        var result = CriticalPath.Schedule(new SchedulePlan(WorkingCalendar.AllDays, D("2025-01-01"), [], []));
        Assert.Equal(D("2025-01-01"), result.Finish);
        Assert.Empty(result.Activities);
        Assert.Empty(result.CriticalPath);
    }
}

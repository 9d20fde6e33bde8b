using Gaoxin.Engines.Calendar;
using Gaoxin.Engines.Scheduling;
using static Gaoxin.Engines.Tests.Scheduling.Plans;

namespace Gaoxin.Engines.Tests.Scheduling;

public sealed class ConstraintAndDeadlineTests
{
    [Fact]
    public void A_deadline_before_the_early_finish_gives_negative_float_on_the_critical_path()
    {
        var result = CriticalPath.Schedule(Issue4Example(deadline: D("2025-01-08")));
        Assert.Equal([-2, 0, -2, -2, 3], result.Activities.Select(a => a.TotalFloat));
        Assert.Equal(["A", "B", "C", "D"], result.CriticalPath);
        AssertLateDates(result, "D", "2025-01-06", "2025-01-08");
        Assert.Equal(D("2025-01-10"), result.Finish);
        Assert.Equal(2, result["B"].FreeFloat); // free float looks forward only
    }

    [Fact]
    public void A_deadline_after_the_early_finish_gives_every_activity_that_much_more_float()
    {
        var result = CriticalPath.Schedule(Issue4Example(deadline: D("2025-01-13")));
        Assert.Equal([3, 5, 3, 3, 8], result.Activities.Select(a => a.TotalFloat));
        Assert.Empty(result.CriticalPath);
    }

    [Fact]
    public void A_deadline_on_the_PRC_calendar_counts_negative_float_in_working_days()
    {
        // A and B need until 9 October. The deadline, 8 October, is a holiday, so B must finish by 30 September:
        // it would have to start on 29 September, one working day before it can.
        var plan = new SchedulePlan(WorkingCalendar.Prc(), D("2025-09-26"), [Task("A", 3), Task("B", 2)], [FS("A", "B")])
        {
            Deadline = D("2025-10-08"),
        };
        var result = CriticalPath.Schedule(plan);
        Assert.Equal(-1, result["B"].TotalFloat);
        AssertLateDates(result, "B", "2025-09-29", "2025-09-30");
    }

    [Fact]
    public void Start_no_earlier_than_pushes_the_activity_and_its_successors()
    {
        var plan = Issue4Example() with { };
        plan = plan with { Activities = [.. plan.Activities.Select(a => a.Id == "C" ? a with { Constraint = new(ConstraintType.StartNoEarlierThan, D("2025-01-06")) } : a)] };
        var result = CriticalPath.Schedule(plan);
        AssertDates(result, "C", "2025-01-06", "2025-01-09");
        AssertDates(result, "D", "2025-01-10", "2025-01-12");
    }

    [Fact]
    public void Finish_no_later_than_caps_late_dates_and_makes_float_negative_without_moving_early_dates()
    {
        var plan = Issue4Example();
        plan = plan with { Activities = [.. plan.Activities.Select(a => a.Id == "D" ? a with { Constraint = new(ConstraintType.FinishNoLaterThan, D("2025-01-09")) } : a)] };
        var result = CriticalPath.Schedule(plan);
        AssertDates(result, "D", "2025-01-08", "2025-01-10");
        Assert.Equal([-1, 1, -1, -1, 5], result.Activities.Select(a => a.TotalFloat));
    }

    [Fact]
    public void Must_start_on_holds_the_date_even_against_a_predecessor()
    {
        var plan = Issue4Example();
        plan = plan with { Activities = [.. plan.Activities.Select(a => a.Id == "B" ? a with { Constraint = new(ConstraintType.MustStartOn, D("2025-01-02")) } : a)] };
        var result = CriticalPath.Schedule(plan);
        AssertDates(result, "B", "2025-01-02", "2025-01-03");
        Assert.Equal(0, result["B"].TotalFloat);
        Assert.True(result["B"].Critical);
        Assert.Equal(-2, result["A"].FreeFloat); // the link A → B is violated by two days, and free float shows it
    }

    [Fact]
    public void Must_finish_on_sets_the_finish_and_its_successors_follow()
    {
        var plan = Issue4Example();
        plan = plan with { Activities = [.. plan.Activities.Select(a => a.Id == "D" ? a with { Constraint = new(ConstraintType.MustFinishOn, D("2025-01-12")) } : a)] };
        var result = CriticalPath.Schedule(plan);
        AssertDates(result, "D", "2025-01-10", "2025-01-12");
        Assert.Equal(D("2025-01-12"), result.Finish);
        Assert.Equal(2, result["C"].TotalFloat);
        Assert.Equal(0, result["D"].TotalFloat);
    }

    [Fact]
    public void A_milestone_must_finish_on_a_date_is_dated_that_day()
    {
        var plan = new SchedulePlan(
            WorkingCalendar.Prc(),
            D("2025-09-22"),
            [Task("施工许可", 3), Task("开工", 0) with { Constraint = new(ConstraintType.MustFinishOn, D("2025-10-09")) }, Task("基础", 2)],
            [FS("施工许可", "开工"), FS("开工", "基础")]);
        var result = CriticalPath.Schedule(plan);
        AssertDates(result, "开工", "2025-10-09", "2025-10-09");
        AssertDates(result, "基础", "2025-10-10", "2025-10-11"); // Fri 10, make-up Sat 11
    }

    [Fact]
    public void A_manual_activity_keeps_its_dates_and_its_successors_follow_them()
    {
        var plan = Issue4Example();
        plan = plan with { Activities = [.. plan.Activities.Select(a => a.Id == "C" ? a with { Manual = new(D("2025-01-10"), D("2025-01-12")) } : a)] };
        var result = CriticalPath.Schedule(plan);
        AssertDates(result, "C", "2025-01-10", "2025-01-12");
        Assert.Equal(3, result["C"].Duration);
        AssertDates(result, "D", "2025-01-13", "2025-01-15");
        Assert.Equal(["C", "D"], result.CriticalPath);
    }

    [Fact]
    public void Manual_dates_on_the_PRC_calendar_take_their_duration_in_working_days()
    {
        var plan = new SchedulePlan(WorkingCalendar.Prc(), D("2025-09-22"), [Task("A", 1) with { Manual = new(D("2025-09-29"), D("2025-10-10")) }], []);
        Assert.Equal(4, CriticalPath.Schedule(plan)["A"].Duration); // 29, 30 Sep, 9, 10 Oct
    }

    [Fact]
    public void No_earlier_than_from_the_plan_input_moves_a_start()
    {
        var plan = new SchedulePlan(WorkingCalendar.Prc(), D("2025-09-22"), [Task("A", 1) with { NoEarlierThan = D("2025-10-04") }], []);
        AssertDates(CriticalPath.Schedule(plan), "A", "2025-10-09", "2025-10-09");
    }
}

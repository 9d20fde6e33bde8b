using Gaoxin.Engines.Calendar;
using Gaoxin.Engines.Scheduling;
using static Gaoxin.Engines.Tests.Scheduling.Plans;

namespace Gaoxin.Engines.Tests.Scheduling;

public sealed class ProgressTests
{
    // The issue 4 example as of the end of 5 January: A took four days instead of three, B started on the 5th.
    private static SchedulePlan InProgress(int? remaining = null)
    {
        var plan = Issue4Example() with { StatusDate = D("2025-01-05") };
        return plan with
        {
            Activities = [.. plan.Activities.Select(a => a.Id switch
            {
                "A" => a with { Progress = new(D("2025-01-01"), D("2025-01-04")) },
                "B" => a with { Progress = new(D("2025-01-05"), RemainingDuration: remaining) },
                _ => a,
            })],
        };
    }

    [Fact]
    public void Finished_work_keeps_its_actual_dates_and_is_not_critical()
    {
        var result = CriticalPath.Schedule(InProgress());
        AssertDates(result, "A", "2025-01-01", "2025-01-04");
        Assert.Equal(ActivityStatus.Complete, result["A"].Status);
        Assert.False(result["A"].Critical);
        Assert.Equal(4, result["A"].Duration);
    }

    [Fact]
    public void Work_under_way_resumes_after_the_status_date_for_what_remains()
    {
        var result = CriticalPath.Schedule(InProgress());
        AssertDates(result, "B", "2025-01-05", "2025-01-06"); // 2 days, 1 done by the status date, 1 left
        Assert.Equal(ActivityStatus.InProgress, result["B"].Status);
        Assert.Equal(3, result["B"].TotalFloat);

        var longer = CriticalPath.Schedule(InProgress(remaining: 3));
        AssertDates(longer, "B", "2025-01-05", "2025-01-08");
    }

    [Fact]
    public void Work_not_started_is_scheduled_after_the_status_date()
    {
        var result = CriticalPath.Schedule(InProgress());
        AssertDates(result, "C", "2025-01-06", "2025-01-09");
        AssertDates(result, "E", "2025-01-06", "2025-01-07");
        AssertDates(result, "D", "2025-01-10", "2025-01-12");
        Assert.Equal(["C", "D"], result.CriticalPath);
    }

    [Fact]
    public void Work_under_way_without_a_status_date_is_refused()
    {
        var plan = InProgress() with { StatusDate = null };
        var e = Assert.Throws<InvalidScheduleException>(() => CriticalPath.Schedule(plan));
        Assert.Contains("status date", e.Message, StringComparison.Ordinal);
        Assert.Contains("'B'", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_actual_date_after_the_status_date_is_refused()
    {
        var plan = InProgress() with { StatusDate = D("2025-01-03") };
        Assert.Throws<InvalidScheduleException>(() => CriticalPath.Schedule(plan));
    }

    [Fact]
    public void Progress_on_the_PRC_calendar_resumes_on_the_next_working_day_after_the_status_date()
    {
        var plan = new SchedulePlan(WorkingCalendar.Prc(), D("2025-09-22"), [Task("A", 6) with { Progress = new(D("2025-09-24")) }], [])
        {
            StatusDate = D("2025-09-30"),
        };

        // Started Wed 24; by the end of Tue 30 it has worked 24, 25, 26, 28 (make-up Sun), 29, 30 = 6 days, so at least 1 remains.
        AssertDates(CriticalPath.Schedule(plan), "A", "2025-09-24", "2025-10-09");
    }
}

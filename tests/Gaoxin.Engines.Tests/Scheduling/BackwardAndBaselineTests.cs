using Gaoxin.Engines.Calendar;
using Gaoxin.Engines.Scheduling;
using static Gaoxin.Engines.Tests.Scheduling.Plans;

namespace Gaoxin.Engines.Tests.Scheduling;

public sealed class BackwardAndBaselineTests
{
    [Fact]
    public void Backward_scheduling_gives_the_latest_dates_of_every_step_from_the_target()
    {
        var backward = CriticalPath.ScheduleBackward(Issue4Example(), D("2025-01-20"));
        var steps = backward.Steps.ToDictionary(s => s.Id);
        Assert.Equal((D("2025-01-18"), D("2025-01-20")), (steps["D"].LatestStart, steps["D"].LatestFinish));
        Assert.Equal((D("2025-01-14"), D("2025-01-17")), (steps["C"].LatestStart, steps["C"].LatestFinish));
        Assert.Equal((D("2025-01-16"), D("2025-01-17")), (steps["B"].LatestStart, steps["B"].LatestFinish));
        Assert.Equal((D("2025-01-19"), D("2025-01-20")), (steps["E"].LatestStart, steps["E"].LatestFinish));
        Assert.Equal(D("2025-01-11"), backward.LatestProjectStart);
        Assert.True(backward.TargetCanBeMet);
        Assert.False(CriticalPath.ScheduleBackward(Issue4Example(), D("2025-01-08")).TargetCanBeMet);
    }

    [Fact]
    public void Backward_scheduling_from_ground_breaking_counts_back_over_National_Day()
    {
        // 倒排工期: 开工 by 10 October 2025; the construction permit takes 10 working days and the land procedure 5 before it.
        var plan = new SchedulePlan(
            WorkingCalendar.Prc(),
            D("2025-09-01"),
            [Task("用地", 5), Task("施工许可", 10), Task("开工", 0)],
            [FS("用地", "施工许可"), FS("施工许可", "开工")]);
        var steps = CriticalPath.ScheduleBackward(plan, D("2025-10-10")).Steps.ToDictionary(s => s.Id);
        Assert.Equal(D("2025-10-10"), steps["开工"].LatestFinish);
        Assert.Equal((D("2025-09-22"), D("2025-10-10")), (steps["施工许可"].LatestStart, steps["施工许可"].LatestFinish)); // counts make-up Sunday 28 Sep, skips 1–8 Oct
        Assert.Equal((D("2025-09-15"), D("2025-09-19")), (steps["用地"].LatestStart, steps["用地"].LatestFinish));
    }

    [Fact]
    public void Baseline_variance_is_in_working_days_of_the_activity_calendar()
    {
        var plan = new SchedulePlan(WorkingCalendar.Prc(), D("2025-09-22"), [Task("A", 5), Task("B", 3)], [FS("A", "B")]);
        var baseline = Baseline.Save("年初计划", CriticalPath.Schedule(plan));
        Assert.Equal(new BaselineActivity("B", D("2025-09-28"), D("2025-09-30"), 3), baseline.Activities[1]);

        // A slips by one day; B then runs 29, 30 September and 9 October.
        var slipped = plan with { Activities = [Task("A", 6), Task("B", 3), Task("C", 1)] };
        var variance = baseline.VarianceOf(CriticalPath.Schedule(slipped)).ToDictionary(v => v.Id);
        Assert.Equal(new ActivityVariance("A", 0, 1, 1), variance["A"]);
        Assert.Equal(new ActivityVariance("B", 1, 1, 0), variance["B"]); // nine calendar days later, one working day
        Assert.False(variance["C"].InBaseline);
        Assert.Null(variance["C"].FinishVariance);
    }
}

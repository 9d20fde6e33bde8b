using Gaoxin.Engines.Calendar;
using Gaoxin.Engines.Scheduling;
using static Gaoxin.Engines.Tests.Scheduling.Plans;

namespace Gaoxin.Engines.Tests.Scheduling;

/// <summary>Random DAGs from a seeded <see cref="Random"/>: the same seed always builds the same plan.</summary>
public sealed class SchedulePropertyTests
{
    public static TheoryData<int> Seeds => [.. Enumerable.Range(1, 60)];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Without_deadline_or_constraints_no_float_is_negative_and_critical_means_zero_float(int seed)
    {
        var plan = RandomPlan(seed, withMilestones: true, mixedCalendars: seed % 3 == 0);
        var result = CriticalPath.Schedule(plan);
        Assert.All(result.Activities, a =>
        {
            Assert.True(a.TotalFloat >= 0, $"{a.Id}: total float {a.TotalFloat}");
            Assert.True(a.FreeFloat >= 0, $"{a.Id}: free float {a.FreeFloat}");
            Assert.True(a.FreeFloat <= a.TotalFloat, $"{a.Id}: free float {a.FreeFloat} > total {a.TotalFloat}");
            Assert.True(a.EarlyStart <= a.LateStart, $"{a.Id}: early start {a.EarlyStart} after late start {a.LateStart}");
            Assert.Equal(a.TotalFloat == 0, a.Critical);
        });
        Assert.NotEmpty(result.CriticalPath);
        Assert.Contains(result.Activities, a => a.Critical && a.EarlyFinish == result.Finish);
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Every_finish_to_start_successor_starts_after_its_predecessor_finishes_on_the_calendar(int seed)
    {
        var plan = RandomPlan(seed, withMilestones: false, mixedCalendars: seed % 2 == 0);
        var result = CriticalPath.Schedule(plan);
        foreach (var link in plan.Links.Where(l => l.Type == LinkType.FinishToStart && l.Lag >= 0))
        {
            var (p, s) = (result[link.From], result[link.To]);
            Assert.True(s.EarlyStart > p.EarlyFinish, $"{link}: {s.EarlyStart} is not after {p.EarlyFinish}");
            Assert.True(s.LateStart > p.LateFinish, $"{link}: late {s.LateStart} is not after {p.LateFinish}");
            if (s.Calendar == p.Calendar)
            {
                Assert.True(s.Calendar.WorkingDayDifference(p.EarlyFinish, s.EarlyStart) >= 1 + link.Lag, $"{link}: lag not kept");
            }
        }

        foreach (var a in result.Activities)
        {
            Assert.True(a.Calendar.IsWorkingDay(a.EarlyStart) && a.Calendar.IsWorkingDay(a.EarlyFinish), $"{a.Id} is dated on a day off");
            Assert.Equal(a.Duration, a.Calendar.WorkingDaysBetween(a.EarlyStart, a.EarlyFinish));
        }
    }

    // An independent oracle: relax every link with the calendar's public date arithmetic until nothing changes
    // (no topological order, no ordinals), then compare every date and float with the engine.
    [Theory]
    [MemberData(nameof(Seeds))]
    public void The_engine_agrees_with_relaxing_links_date_by_date(int seed)
    {
        var plan = RandomPlan(seed, withMilestones: false, mixedCalendars: false);
        var result = CriticalPath.Schedule(plan);
        var oracle = Oracle(plan);
        foreach (var a in result.Activities)
        {
            var o = oracle[a.Id];
            Assert.Equal((o.ES, o.EF, o.LS, o.LF), (a.EarlyStart, a.EarlyFinish, a.LateStart, a.LateFinish));
            Assert.Equal(o.TotalFloat, a.TotalFloat);
            Assert.Equal(o.FreeFloat, a.FreeFloat);
        }
    }

    [Theory]
    [InlineData(7)]
    [InlineData(8)]
    public void Under_a_deadline_every_float_shifts_by_the_working_days_between_finish_and_deadline(int seed)
    {
        var plan = RandomPlan(seed, withMilestones: false, mixedCalendars: false);
        var free = CriticalPath.Schedule(plan);
        var deadline = plan.Calendar.AddWorkingDays(free.Finish, -4);
        var tight = CriticalPath.Schedule(plan with { Deadline = deadline });
        Assert.All(tight.Activities, a => Assert.Equal(free[a.Id].TotalFloat - 4, a.TotalFloat));
        Assert.All(tight.CriticalPath, id => Assert.True(tight[id].TotalFloat <= 0));
    }

    private static SchedulePlan RandomPlan(int seed, bool withMilestones, bool mixedCalendars)
    {
        var random = new Random(seed);
        var n = random.Next(2, 45);
        var calendars = new[] { WorkingCalendar.Prc(), WorkingCalendar.MondayToFriday, WorkingCalendar.AllDays };

        // Activity k may only depend on lower k; the plan lists them shuffled so plan order is not a topological order.
        var activities = Enumerable.Range(0, n).Select(k => new ScheduleActivity(
            $"T{k}",
            withMilestones && random.Next(6) == 0 ? 0 : random.Next(1, 9))
        {
            Calendar = mixedCalendars ? calendars[random.Next(calendars.Length)] : null,
        }).ToArray();
        var links = new List<ScheduleLink>();
        for (var to = 1; to < n; to++)
        {
            var count = random.Next(0, 4);
            for (var j = 0; j < count; j++)
            {
                var from = random.Next(0, to);
                links.Add(new ScheduleLink($"T{from}", $"T{to}", (LinkType)random.Next(4), random.Next(-3, 4)));
            }
        }

        random.Shuffle(activities);
        var start = new DateOnly(2019, 2, 1).AddDays(random.Next(0, 1900));
        return new SchedulePlan(WorkingCalendar.Prc(), start, activities, links);
    }

    private sealed record OracleActivity(DateOnly ES, DateOnly EF, DateOnly LS, DateOnly LF, int TotalFloat, int FreeFloat);

    private static Dictionary<string, OracleActivity> Oracle(SchedulePlan plan)
    {
        var cal = plan.Calendar;
        var duration = plan.Activities.ToDictionary(a => a.Id, a => a.Duration);
        var es = plan.Activities.ToDictionary(a => a.Id, _ => cal.WorkingDayOnOrAfter(plan.Start));
        DateOnly Ef(string id) => cal.AddWorkingDays(es[id], duration[id] - 1);

        // The earliest start each link allows its successor, on dates: the n-th working day after a working day.
        DateOnly Earliest(ScheduleLink l) => l.Type switch
        {
            LinkType.FinishToStart => cal.AddWorkingDays(Ef(l.From), 1 + l.Lag),
            LinkType.StartToStart => cal.AddWorkingDays(es[l.From], l.Lag),
            LinkType.FinishToFinish => cal.AddWorkingDays(Ef(l.From), l.Lag - (duration[l.To] - 1)),
            _ => cal.AddWorkingDays(es[l.From], l.Lag - duration[l.To]),
        };

        for (var changed = true; changed;)
        {
            changed = false;
            foreach (var l in plan.Links)
            {
                var bound = Earliest(l);
                if (bound > es[l.To])
                {
                    es[l.To] = bound;
                    changed = true;
                }
            }
        }

        var finish = plan.Activities.Max(a => Ef(a.Id));
        var lf = plan.Activities.ToDictionary(a => a.Id, _ => finish);
        DateOnly Ls(string id) => cal.AddWorkingDays(lf[id], -(duration[id] - 1));

        // The latest finish each link allows its predecessor.
        DateOnly Latest(ScheduleLink l) => l.Type switch
        {
            LinkType.FinishToStart => cal.AddWorkingDays(Ls(l.To), -1 - l.Lag),
            LinkType.StartToStart => cal.AddWorkingDays(cal.AddWorkingDays(Ls(l.To), -l.Lag), duration[l.From] - 1),
            LinkType.FinishToFinish => cal.AddWorkingDays(lf[l.To], -l.Lag),
            _ => cal.AddWorkingDays(cal.AddWorkingDays(lf[l.To], 1 - l.Lag), duration[l.From] - 1),
        };

        for (var changed = true; changed;)
        {
            changed = false;
            foreach (var l in plan.Links)
            {
                var bound = Latest(l);
                if (bound < lf[l.From])
                {
                    lf[l.From] = bound;
                    changed = true;
                }
            }
        }

        var result = new Dictionary<string, OracleActivity>();
        foreach (var a in plan.Activities)
        {
            var id = a.Id;
            var slips = plan.Links.Where(l => l.From == id).Select(l => cal.WorkingDayDifference(Earliest(l), es[l.To])).ToList();
            var free = slips.Append(cal.WorkingDayDifference(Ef(id), finish)).Min();
            result[id] = new OracleActivity(es[id], Ef(id), Ls(id), lf[id], cal.WorkingDayDifference(es[id], Ls(id)), free);
        }

        return result;
    }
}

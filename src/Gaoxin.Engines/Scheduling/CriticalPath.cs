using System.Buffers;
using Gaoxin.Engines.Calendar;

namespace Gaoxin.Engines.Scheduling;

/// <summary>
/// The critical-path method on working-day calendars: a forward pass fused into Kahn's topological sort, a backward
/// pass in reverse topological order, total and free float, and the critical path. Linear in activities plus links.
/// Pure: no clock, no I/O; the same plan always gives the same result.
/// </summary>
public static class CriticalPath
{
    public static ScheduleResult Schedule(SchedulePlan plan) => Schedule(ScheduleNetwork.Compile(plan));

    /// <summary>
    /// Backward scheduling (倒排工期): the latest dates of every step so that the last milestone is reached by
    /// <paramref name="target"/> — the backward pass run from the target, which bounds every activity's finish.
    /// The forward pass from the plan's start still runs, so float says where the target cannot be met.
    /// </summary>
    public static BackwardSchedule ScheduleBackward(SchedulePlan plan, DateOnly target)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var schedule = Schedule(plan with { Deadline = target });
        var steps = new StepDeadline[schedule.Activities.Count];
        var latestStart = DateOnly.MaxValue;
        var canMeet = true;
        for (var i = 0; i < steps.Length; i++)
        {
            var a = schedule.Activities[i];
            steps[i] = new StepDeadline(a.Id, a.LateStart, a.LateFinish, a.TotalFloat);
            latestStart = a.LateStart < latestStart ? a.LateStart : latestStart;
            canMeet &= a.TotalFloat >= 0;
        }

        return new BackwardSchedule(target, steps.Length > 0 ? latestStart : target, canMeet, steps, schedule);
    }

    public static ScheduleResult Schedule(ScheduleNetwork network)
    {
        ArgumentNullException.ThrowIfNull(network);
        var n = network.ActivityCount;
        var times = new ScheduledTimes[n];
        var free = new int[n];

        // The queue of Kahn's sort, which is also the topological order the backward pass walks back. One spare slot:
        // the forward loop writes each successor at order[tail] unconditionally and advances tail only when that
        // successor became ready, which keeps the hot loop free of unpredictable branches.
        var order = ArrayPool<int>.Shared.Rent(n + 1);
        try
        {
            DateOnly finish;
            if (network.SingleCalendar)
            {
                var maxFinish = ForwardSingle(network, times, order);
                var calendar = network.Calendars[0];
                var p = network.ProjectStart[0];
                finish = n == 0
                    ? calendar.WorkingDayOnOrAfterUnchecked(network.Plan.Start)
                    : DateOnly.FromDayNumber(calendar.DayOf(maxFinish > p ? maxFinish - 1 : maxFinish));
                var earlyAnchor = calendar.OrdinalOf(finish.DayNumber + 1);
                BackwardSingle(network, times, free, order, network.DeadlineFinish?[0] ?? earlyAnchor, earlyAnchor);
            }
            else
            {
                ForwardMulti(network, times, order);
                finish = EarlyFinishMulti(network, times);
                var earlyAnchors = new int[network.Calendars.Length];
                for (var c = 0; c < earlyAnchors.Length; c++)
                {
                    earlyAnchors[c] = network.Calendars[c].OrdinalOf(finish.DayNumber + 1);
                }

                BackwardMulti(network, times, free, order, network.DeadlineFinish ?? earlyAnchors, earlyAnchors);
            }

            return Assemble(network, times, free, finish);
        }
        finally
        {
            ArrayPool<int>.Shared.Return(order);
        }
    }

    // One calendar (the common case and the benchmark): no conversions on links; what an edge touches at its
    // successor (early start with in-degree, later early with late start) shares a cache line, and the per-activity
    // data of each pass is one 16-byte record.
    private static int ForwardSingle(ScheduleNetwork net, ScheduledTimes[] times, int[] order)
    {
        var n = net.ActivityCount;
        var nodes = net.ForwardNodes;
        var to = net.LinkTo;
        var shift = net.LinkShift;
        var floor = net.EarlyStartFloor;
        for (var i = 0; i < n; i++)
        {
            times[i].Early = floor[i];
        }

        foreach (var t in to)
        {
            times[t].Late++;
        }

        var tail = 0;
        for (var i = 0; i < n; i++)
        {
            if (times[i].Late == 0)
            {
                order[tail++] = i;
            }
        }

        // An activity's early start is final when its last predecessor has been taken off the queue.
        var maxFinish = int.MinValue;
        for (var head = 0; head < tail; head++)
        {
            var u = order[head];
            ref readonly var node = ref nodes[u];
            var start = node.FixedStart == ScheduleNetwork.NotFixed ? times[u].Early : node.FixedStart;
            times[u].Early = start;
            var su = node.Span;
            maxFinish = Math.Max(maxFinish, start + su);
            for (int e = node.FirstLink, end = node.EndLink; e < end; e++)
            {
                var s = to[e];
                var sh = shift[e];
                ref var next = ref times[s];
                next.Early = Math.Max(next.Early, start + (sh >> 1) + (-(sh & 1) & su));
                order[tail] = s;
                tail += --next.Late == 0 ? 1 : 0;
            }
        }

        if (tail < n)
        {
            throw Cycle(net, times);
        }

        return maxFinish;
    }

    private static void BackwardSingle(ScheduleNetwork net, ScheduledTimes[] times, int[] free, int[] order, int anchor, int earlyAnchor)
    {
        var nodes = net.BackwardNodes;
        var complete = net.Complete;
        var to = net.LinkTo;
        var shift = net.LinkShift;

        // Every in-degree is 0 after the forward pass, so Late now receives the late start.
        for (var k = net.ActivityCount - 1; k >= 0; k--)
        {
            var u = order[k];
            ref readonly var node = ref nodes[u];
            var su = node.Span;
            var start = times[u].Early;
            var late = Math.Min(anchor - su, node.LateStartCap);

            // Free float: how far it can slip without delaying any successor or the project's early finish.
            var slack = earlyAnchor - (start + su);
            for (int e = node.FirstLink, end = node.EndLink; e < end; e++)
            {
                var sh = shift[e];
                var o = (sh >> 1) + (-(sh & 1) & su);
                ref readonly var next = ref times[to[e]];
                late = Math.Min(late, next.Late - o);
                slack = Math.Min(slack, next.Early - start - o);
            }

            if (complete[u])
            {
                // Finished work does not move.
                late = start;
                slack = 0;
            }

            times[u].Late = late;
            free[u] = slack;
        }
    }

    // With several calendars, a link between two of them carries the predecessor's boundary over as a date: a finish
    // (or a milestone) as the end of its last working day, a start as the beginning of its first. The backward pass
    // uses the exact inverse, so early dates never exceed late ones for want of rounding.
    private static void ForwardMulti(ScheduleNetwork net, ScheduledTimes[] times, int[] order)
    {
        var n = net.ActivityCount;
        var first = net.FirstLink;
        var to = net.LinkTo;
        var offset = net.LinkOffset;
        var fromFinish = net.LinkFromFinishMask;
        var span = net.Span;
        var fixedStart = net.FixedStart;
        var calendarOf = net.CalendarOf;
        var calendars = net.Calendars;
        for (var i = 0; i < n; i++)
        {
            times[i].Early = net.EarlyStartFloor[i];
        }

        foreach (var t in to)
        {
            times[t].Late++;
        }

        var tail = 0;
        for (var i = 0; i < n; i++)
        {
            if (times[i].Late == 0)
            {
                order[tail++] = i;
            }
        }

        for (var head = 0; head < tail; head++)
        {
            var u = order[head];
            var f = fixedStart[u];
            var start = f == ScheduleNetwork.NotFixed ? times[u].Early : f;
            times[u].Early = start;
            var su = span[u];
            var cu = calendarOf[u];
            for (int e = first[u], end = first[u + 1]; e < end; e++)
            {
                var s = to[e];
                var cs = calendarOf[s];
                var boundary = start + (fromFinish[e] & su);
                if (cs != cu)
                {
                    boundary = (fromFinish[e] != 0 || su == 0)
                        ? calendars[cs].OrdinalOf(calendars[cu].DayOf(boundary - 1) + 1)
                        : calendars[cs].OrdinalOf(calendars[cu].DayOf(boundary));
                }

                ref var next = ref times[s];
                next.Early = Math.Max(next.Early, boundary + offset[e]);
                if (--next.Late == 0)
                {
                    order[tail++] = s;
                }
            }
        }

        if (tail < n)
        {
            throw Cycle(net, times);
        }
    }

    private static void BackwardMulti(ScheduleNetwork net, ScheduledTimes[] times, int[] free, int[] order, int[] anchors, int[] earlyAnchors)
    {
        var first = net.FirstLink;
        var to = net.LinkTo;
        var offset = net.LinkOffset;
        var fromFinish = net.LinkFromFinishMask;
        var span = net.Span;
        var cap = net.LateStartCap;
        var complete = net.Complete;
        var calendarOf = net.CalendarOf;
        var calendars = net.Calendars;
        for (var k = net.ActivityCount - 1; k >= 0; k--)
        {
            var u = order[k];
            var su = span[u];
            var start = times[u].Early;
            var cu = calendarOf[u];
            var late = Math.Min(anchors[cu] - su, cap[u]);
            var slack = earlyAnchors[cu] - (start + su);
            for (int e = first[u], end = first[u + 1]; e < end; e++)
            {
                var s = to[e];
                var cs = calendarOf[s];
                var carried = fromFinish[e] & su;
                int lateBase, earlyBase;
                if (cs == cu)
                {
                    lateBase = times[s].Late - offset[e];
                    earlyBase = times[s].Early - offset[e];
                }
                else
                {
                    var finishType = fromFinish[e] != 0 || su == 0;
                    lateBase = CarryBack(calendars[cu], calendars[cs], times[s].Late - offset[e], finishType);
                    earlyBase = CarryBack(calendars[cu], calendars[cs], times[s].Early - offset[e], finishType);
                }

                late = Math.Min(late, lateBase - carried);
                slack = Math.Min(slack, earlyBase - carried - start);
            }

            if (complete[u])
            {
                late = start;
                slack = 0;
            }

            times[u].Late = late;
            free[u] = slack;
        }
    }

    /// <summary>The latest boundary in <paramref name="from"/>'s calendar whose carried-over value is at most <paramref name="limit"/>.</summary>
    private static int CarryBack(WorkingCalendar from, WorkingCalendar to, int limit, bool finishType)
    {
        var day = to.DayOf(limit);
        return finishType ? from.OrdinalOf(day) : from.OrdinalOf(day + 1) - 1;
    }

    private static DateOnly EarlyFinishMulti(ScheduleNetwork net, ScheduledTimes[] times)
    {
        if (net.ActivityCount == 0)
        {
            return net.Calendars[0].WorkingDayOnOrAfterUnchecked(net.Plan.Start);
        }

        var latest = int.MinValue;
        for (var i = 0; i < net.ActivityCount; i++)
        {
            var c = net.CalendarOf[i];
            latest = Math.Max(latest, ScheduledTimes.FinishDay(net.Calendars[c], times[i].Early, net.Span[i], net.ProjectStart[c]));
        }

        return DateOnly.FromDayNumber(latest);
    }

    // Floats and the critical path from the ordinals; dates are made when the result is read. The years the dates
    // fall in are checked here all the same — from the earliest and latest ordinal per calendar, as dates are monotone.
    private static ScheduleResult Assemble(ScheduleNetwork net, ScheduledTimes[] times, int[] free, DateOnly finish)
    {
        var n = net.ActivityCount;
        var calendars = net.Calendars;
        var span = net.Span;
        var complete = net.Complete;
        var calendarOf = net.CalendarOf;
        var minStart = new int[calendars.Length];
        var maxFinish = new int[calendars.Length];
        var minMilestone = new int[calendars.Length];
        var maxMilestone = new int[calendars.Length];
        Array.Fill(minStart, int.MaxValue);
        Array.Fill(minMilestone, int.MaxValue);
        Array.Fill(maxFinish, int.MinValue);
        Array.Fill(maxMilestone, int.MinValue);
        var critical = new List<int>();
        for (var i = 0; i < n; i++)
        {
            int es = times[i].Early, ls = times[i].Late, su = span[i], c = calendarOf[i];
            if (su > 0)
            {
                minStart[c] = Math.Min(minStart[c], Math.Min(es, ls));
                maxFinish[c] = Math.Max(maxFinish[c], Math.Max(es, ls) + su);
            }
            else
            {
                minMilestone[c] = Math.Min(minMilestone[c], Math.Min(es, ls));
                maxMilestone[c] = Math.Max(maxMilestone[c], Math.Max(es, ls));
            }

            if (ls <= es && !complete[i])
            {
                critical.Add(i);
            }
        }

        // Every date was counted on its calendar; refuse (or record) the years that are not loaded.
        SortedSet<int>? fallback = null;
        for (var c = 0; c < calendars.Length; c++)
        {
            var calendar = calendars[c];
            if (calendar.EveryYearLoaded)
            {
                continue;
            }

            var p = net.ProjectStart[c];
            int lo = int.MaxValue, hi = int.MinValue;
            if (minStart[c] <= maxFinish[c])
            {
                lo = calendar.DayOf(minStart[c]);
                hi = calendar.DayOf(maxFinish[c] - 1);
            }

            if (minMilestone[c] <= maxMilestone[c])
            {
                lo = Math.Min(lo, ScheduledTimes.StartDay(calendar, minMilestone[c], 0, p));
                hi = Math.Max(hi, ScheduledTimes.StartDay(calendar, maxMilestone[c], 0, p));
            }

            if (lo <= hi)
            {
                fallback ??= new SortedSet<int>(net.InputFallbackYears);
                calendar.RequireYears(lo, hi, fallback);
            }
        }

        var result = new ScheduleResult(net, times, free, finish, [.. fallback ?? net.InputFallbackYears]);
        var keys = new (DateOnly Start, DateOnly Finish, int Index)[critical.Count];
        for (var k = 0; k < keys.Length; k++)
        {
            var a = result.Activities[critical[k]];
            keys[k] = (a.EarlyStart, a.EarlyFinish, critical[k]);
        }

        Array.Sort(keys);
        result.CriticalPath = [.. keys.Select(key => net.Ids[key.Index])];
        return result;
    }

    private static ScheduleCycleException Cycle(ScheduleNetwork net, ScheduledTimes[] times)
    {
        // Activities left with predecessors after Kahn's sort each have a predecessor also left, so walking back from
        // any of them must come round to a cycle.
        var n = net.ActivityCount;
        var predecessor = new int[n];
        Array.Fill(predecessor, -1);
        for (var u = 0; u < n; u++)
        {
            if (times[u].Late == 0)
            {
                continue;
            }

            for (var e = net.FirstLink[u]; e < net.FirstLink[u + 1]; e++)
            {
                var s = net.LinkTo[e];
                if (times[s].Late > 0 && predecessor[s] < 0)
                {
                    predecessor[s] = u;
                }
            }
        }

        var v = Array.FindIndex(times, t => t.Late > 0);
        var seen = new bool[n];
        while (!seen[v])
        {
            seen[v] = true;
            v = predecessor[v];
        }

        var cycle = new List<string>();
        var w = v;
        do
        {
            cycle.Add(net.Ids[w]);
            w = predecessor[w];
        }
        while (w != v);

        cycle.Reverse();
        return new ScheduleCycleException(cycle);
    }
}

/// <summary>
/// An activity's early and late start as working-day ordinals of its calendar. During the forward pass
/// <see cref="Late"/> holds the number of predecessors not yet scheduled, so one cache line serves each link.
/// </summary>
internal struct ScheduledTimes
{
    public int Early;
    public int Late;

    /// <summary>The day number an activity starting at <paramref name="start"/> is dated from; a milestone is dated at the end of the previous working day, or on the project start.</summary>
    public static int StartDay(WorkingCalendar calendar, int start, int span, int projectStart)
        => span > 0 || start <= projectStart ? calendar.DayOf(start) : calendar.DayOf(start - 1);

    /// <summary>The day number of the (inclusive) finish.</summary>
    public static int FinishDay(WorkingCalendar calendar, int start, int span, int projectStart)
        => span > 0 ? calendar.DayOf(start + span - 1) : StartDay(calendar, start, 0, projectStart);
}

using System.Diagnostics;
using System.Globalization;
using BenchmarkDotNet.Attributes;
using Gaoxin.Engines.Calendar;
using Gaoxin.Engines.Scheduling;

namespace Gaoxin.Benchmarks;

/// <summary>
/// What the critical-path method costs over the least any scheduler must do: the full schedule (Kahn's sort with the
/// forward pass, the backward pass, total and free float, the critical path, dates back from working-day ordinals) of
/// 100,000 activities and 250,000 links on the PRC calendar, against a bare Kahn topological pass over the same
/// compiled arrays — the floor. Compiling the plan (ids to numbers, dates to ordinals, validation) happens once, as
/// when the Gantt chart recomputes after a drag, and is timed separately.
/// </summary>
public sealed class ScheduleBench : IGaoxinBench
{
    public string Description => "critical path (forward + backward + floats) of 100,000 activities / 250,000 links on the PRC calendar vs a bare topological sort";
    public Type BenchmarkType => typeof(ScheduleBenchmarks);

    public async Task<string> RunQuickAsync()
    {
        var t = Stopwatch.GetTimestamp();
        var plan = ScheduleData.Plan();
        var generated = Stopwatch.GetElapsedTime(t).TotalMilliseconds;
        t = Stopwatch.GetTimestamp();
        var network = ScheduleNetwork.Compile(plan);
        var compiled = Stopwatch.GetElapsedTime(t).TotalMilliseconds;

        var result = CriticalPath.Schedule(network);
        ScheduleData.Check(network, result);
        Console.WriteLine(Invariant($"plan: {plan.Activities.Count:N0} activities, {plan.Links.Count:N0} links, calendar {plan.Calendar.Name}, start {plan.Start:yyyy-MM-dd} (generated in {generated:F0} ms, compiled in {compiled:F1} ms)"));
        Console.WriteLine(Invariant($"schedule: finish {result.Finish:yyyy-MM-dd}, {result.CriticalPath.Count:N0} critical activities, {result.Activities.Count(a => a.TotalFloat > 0):N0} with float, fallback years: {(result.FallbackYearsUsed.Count == 0 ? "none" : string.Join(",", result.FallbackYearsUsed))}"));

        var (schedule, floor) = await Suite.SideBySideAsync(
            () =>
            {
                CriticalPath.Schedule(network);
                return Task.CompletedTask;
            },
            () =>
            {
                ScheduleData.TopologicalFloor(network);
                return Task.CompletedTask;
            },
            TimeSpan.FromSeconds(10));
        Console.WriteLine(Invariant($"median of alternating runs: schedule {schedule:F2} ms, floor {floor:F2} ms; compile + schedule from the plan {compiled + schedule:F1} ms"));

        // The result keeps ordinals and makes dates when read; say what reading all of them costs on top.
        var reads = new List<double>();
        for (var i = 0; i < 21; i++)
        {
            var r = Stopwatch.GetTimestamp();
            ScheduleData.ReadAll(result);
            reads.Add(Stopwatch.GetElapsedTime(r).TotalMilliseconds);
        }

        reads.Sort();
        var read = reads[reads.Count / 2];
        Console.WriteLine(Invariant($"reading every activity's four dates and floats afterwards: {read:F2} ms (schedule + reading all = {(schedule + read) / floor:F2}x the floor)"));
        return Invariant($"schedule ratio_to_floor={schedule / floor:F2} (schedule {schedule:F2} ms, floor {floor:F2} ms, {plan.Activities.Count} activities, {plan.Links.Count} links)");
    }

    private static string Invariant(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}

[MemoryDiagnoser]
public class ScheduleBenchmarks
{
    private ScheduleNetwork _network = default!;

    [GlobalSetup]
    public void Setup() => _network = ScheduleNetwork.Compile(ScheduleData.Plan());

    [Benchmark(Baseline = true)]
    public int TopologicalFloor() => ScheduleData.TopologicalFloor(_network)[^1];

    [Benchmark]
    public DateOnly Schedule() => CriticalPath.Schedule(_network).Finish;
}

public static class ScheduleData
{
    public const int Activities = 100_000;
    public const int Links = 250_000;

    // 120 layers of about 833 activities; a link goes one or two layers on. Every link advances its successor by at
    // most 7 working days (5-day durations, lags up to 2 on finish links, 4 on SF), so the longest chain is under
    // 119 × 7 = 833 working days: from 2020-01-06 the schedule ends in 2023, inside the shipped 2019–2026 notices.
    private const int Layers = 120;

    public static SchedulePlan Plan(int seed = 20250101)
    {
        var random = new Random(seed);
        var perLayer = (Activities + Layers - 1) / Layers;
        var activities = new ScheduleActivity[Activities];
        for (var i = 0; i < Activities; i++)
        {
            activities[i] = new ScheduleActivity($"A{i:D6}", random.Next(1, 6));
        }

        var links = new ScheduleLink[Links];
        var lastLayerStart = (Layers - 1) * perLayer;
        for (var k = 0; k < Links; k++)
        {
            var from = random.Next(0, lastLayerStart);
            var layer = (from / perLayer) + random.Next(1, 3);
            var toLayerStart = Math.Min(layer, Layers - 1) * perLayer;
            var to = random.Next(toLayerStart, Math.Min(toLayerStart + perLayer, Activities));
            var roll = random.Next(10);
            links[k] = roll switch
            {
                < 7 => new ScheduleLink(activities[from].Id, activities[to].Id, LinkType.FinishToStart, random.Next(-1, 3)),
                7 => new ScheduleLink(activities[from].Id, activities[to].Id, LinkType.StartToStart, random.Next(0, 4)),
                8 => new ScheduleLink(activities[from].Id, activities[to].Id, LinkType.FinishToFinish, random.Next(0, 3)),
                _ => new ScheduleLink(activities[from].Id, activities[to].Id, LinkType.StartToFinish, random.Next(1, 5)),
            };
        }

        // Plan order is shuffled so that neither side walks the activities in topological order by accident.
        random.Shuffle(activities);
        return new SchedulePlan(WorkingCalendar.Prc(), new DateOnly(2020, 1, 6), activities, links);
    }

    /// <summary>The floor: Kahn's algorithm over the compiled rows — in-degrees, a queue, the order. Nothing else.</summary>
    public static int[] TopologicalFloor(ScheduleNetwork network)
    {
        var starts = network.SuccessorStarts;
        var targets = network.SuccessorTargets;
        var n = network.ActivityCount;
        var inDegree = new int[n];
        foreach (var t in targets)
        {
            inDegree[t]++;
        }

        var order = new int[n];
        var tail = 0;
        for (var i = 0; i < n; i++)
        {
            if (inDegree[i] == 0)
            {
                order[tail++] = i;
            }
        }

        for (var head = 0; head < tail; head++)
        {
            var u = order[head];
            for (int e = starts[u], end = starts[u + 1]; e < end; e++)
            {
                var s = targets[e];
                if (--inDegree[s] == 0)
                {
                    order[tail++] = s;
                }
            }
        }

        if (tail != n)
        {
            throw new InvalidOperationException("The benchmark graph has a cycle.");
        }

        return order;
    }

    /// <summary>Reads every activity's dates and floats, as the CLI or the Gantt page does once per schedule.</summary>
    public static long ReadAll(ScheduleResult result)
    {
        long sum = 0;
        foreach (var a in result.Activities)
        {
            sum += a.EarlyStart.DayNumber + a.EarlyFinish.DayNumber + a.LateStart.DayNumber + a.LateFinish.DayNumber + a.TotalFloat + a.FreeFloat;
        }

        return sum;
    }

    // Both sides must have done real work on the same graph, or the ratio means nothing.
    public static void Check(ScheduleNetwork network, ScheduleResult result)
    {
        if (result.Activities.Count != network.ActivityCount || TopologicalFloor(network).Length != network.ActivityCount)
        {
            throw new InvalidOperationException("The schedule and the floor do not cover the same activities.");
        }

        if (result.CriticalPath.Count == 0 || result.Activities.Any(a => a.TotalFloat < 0) || result.Finish.Year > 2026 || result.FallbackYearsUsed.Count > 0)
        {
            throw new InvalidOperationException("The benchmark schedule is not a plausible schedule within the loaded years.");
        }
    }
}

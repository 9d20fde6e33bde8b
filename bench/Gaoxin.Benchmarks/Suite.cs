using System.Diagnostics;

namespace Gaoxin.Benchmarks;

/// <summary>A named benchmark: a quick side-by-side mode and a BenchmarkDotNet class for the full run.</summary>
public interface IGaoxinBench
{
    string Description { get; }
    Type BenchmarkType { get; }
    Task<string> RunQuickAsync();
}

public static class Suite
{
    public static readonly IReadOnlyDictionary<string, IGaoxinBench> All = new SortedDictionary<string, IGaoxinBench>
    {
        ["tenancy"] = new TenancyBench(),
        ["schedule"] = new ScheduleBench(),
        ["index"] = new IndexBench(),
        ["rules"] = new RulesBench(),
        ["ledger"] = new LedgerBench(),
    };

    /// <summary>
    /// Runs the two sides alternately (so machine noise hits both alike) and returns the median time of one call of each.
    /// Ratios, not absolute times, are what to read on a shared machine.
    /// </summary>
    public static async Task<(double Subject, double Floor)> SideBySideAsync(Func<Task> subject, Func<Task> floor, TimeSpan budget)
    {
        for (var i = 0; i < 20; i++)
        {
            await subject();
            await floor();
        }

        var a = new List<double>();
        var b = new List<double>();
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < budget || a.Count < 30)
        {
            var t = Stopwatch.GetTimestamp();
            await subject();
            a.Add(Stopwatch.GetElapsedTime(t).TotalMilliseconds);
            t = Stopwatch.GetTimestamp();
            await floor();
            b.Add(Stopwatch.GetElapsedTime(t).TotalMilliseconds);
        }

        return (Median(a), Median(b));
    }

    private static double Median(List<double> values)
    {
        values.Sort();
        return values[values.Count / 2];
    }
}

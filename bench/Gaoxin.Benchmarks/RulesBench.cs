using System.Diagnostics;
using System.Globalization;
using BenchmarkDotNet.Attributes;
using Gaoxin.Engines.Rules.Evaluation;
using Gaoxin.Engines.Rules.Policies;
using RulesEngine.Models;

namespace Gaoxin.Benchmarks;

/// <summary>
/// The Liudong 2021 rule (≥ 500万 outward supply → 2%, cap 100万, auto parts 200万) for 1,000,000 enterprises with
/// Gaoxin's compiled policies and with Microsoft RulesEngine 6.0.1 on the same data, both on one thread; then Gaoxin for
/// 1,000,000 enterprises × 20 policies on every core. RulesEngine runs warmed up on a 10,000-enterprise sample, in
/// alternation with Gaoxin's full million, and is extrapolated per enterprise; the output says so. A hand-written C#
/// decimal loop over the same rows is printed as the floor any engine is measured against. Gaoxin's batch runs on exact
/// fixed-point integers (fen) where that is provably exact and on decimals otherwise (see FixedKernelCompiler).
/// </summary>
public sealed class RulesBench : IGaoxinBench
{
    public string Description => "Liudong rule for 1,000,000 enterprises vs Microsoft RulesEngine 6.0.1; 1,000,000 × 20 policies in parallel";
    public Type BenchmarkType => typeof(RulesBenchmarks);

    public async Task<string> RunQuickAsync()
    {
        const int enterprises = 1_000_000;
        var data = RulesData.Zone(enterprises);
        var liudong = ShippedPolicies.Get("liudong-outward-sales");
        var engine = RulesData.RulesEngine();

        // Both sides must compute the same rewards, or the ratio means nothing.
        var ours = BatchEvaluator.Evaluate([liudong], data.Zone, 2021)[0];
        for (var i = 0; i < 2_000; i++)
        {
            var theirs = await RulesData.RulesEngineReward(engine, data.Enterprises[i]);
            if (theirs != ours[i].Amount)
            {
                throw new InvalidOperationException($"Enterprise {i}: Gaoxin {ours[i].Amount}, RulesEngine {theirs}.");
            }
        }

        // The ratio comes from alternating runs (machine noise hits both sides alike), both on one thread, per enterprise:
        // Gaoxin over the full million, RulesEngine over a sample of 10,000 of the same enterprises after its JIT has
        // warmed up (its first calls are several times slower; counting them would flatter Gaoxin).
        const int sample = 10_000;
        for (var i = 0; i < 50_000; i++)
        {
            await RulesData.RulesEngineReward(engine, data.Enterprises[i % sample]);
        }

        var (million, perSample) = await Suite.SideBySideAsync(
            () =>
            {
                RulesData.Gaoxin([liudong], data.Zone, 1);
                return Task.CompletedTask;
            },
            async () =>
            {
                for (var i = 0; i < sample; i++)
                {
                    await RulesData.RulesEngineReward(engine, data.Enterprises[i]);
                }
            },
            TimeSpan.FromSeconds(12));
        var gaoxinEach = million / enterprises;
        var rulesEngineEach = perSample / sample;
        var floor = RulesData.HandWrittenMedian(data.Enterprises);
        Console.WriteLine(Invariant($"Gaoxin, 1 thread: {enterprises:N0} enterprises in {million:F0} ms ({gaoxinEach * 1e6:F0} ns each); hand-written C# decimal loop over the same rows: {floor:F0} ms"));
        Console.WriteLine(Invariant($"RulesEngine 6.0.1, 1 thread, warmed up: {rulesEngineEach * 1e6:F0} ns per enterprise on a sample of {sample:N0}, extrapolated to {enterprises:N0}: {rulesEngineEach * enterprises / 1000:F1} s (a sample, not a full million)"));

        // Loading a zone builds its columns once (decimal, exact fixed-point fen, text codes), as RulesEngine's side builds
        // its objects; printed so the integer path's preparation is not hidden.
        var industries = data.Enterprises.Select(e => (string?)e.Industry).ToArray();
        var supplies = data.Enterprises.Select(e => (decimal?)e.OutwardSupply).ToArray();
        var load = Stopwatch.GetTimestamp();
        _ = new EnterpriseColumns(enterprises).Texts("industry", industries).Numbers("outward_supply", supplies);
        Console.WriteLine(Invariant($"Zone columns for {enterprises:N0} enterprises (decimal + fixed-point + text codes) built once in {Stopwatch.GetElapsedTime(load).TotalMilliseconds:F0} ms"));

        var twenty = RulesData.TwentyPolicies();
        var parallel = Median(5, () => RulesData.Gaoxin(twenty, data.Zone, -1));
        var verdict = parallel < 1000 ? "PASS" : "FAIL";
        Console.WriteLine(Invariant($"Gaoxin, {Environment.ProcessorCount} cores: {enterprises:N0} enterprises × {twenty.Count} policies in {parallel:F0} ms (median of 5; goal < 1000 ms on two cores: {verdict}; load average {LoadAverage()})"));
        var ratio = rulesEngineEach / gaoxinEach;
        Console.WriteLine(Invariant($"Ratio vs RulesEngine: {ratio:F1}× (goal ≥ 50×: {(ratio >= 50 ? "PASS" : "FAIL")})"));
        return Invariant($"rules ratio_vs_rulesengine={ratio:F1}");
    }

    private static double Median(int runs, Func<decimal> run)
    {
        run();
        var times = new List<double>();
        for (var i = 0; i < runs; i++)
        {
            var t = Stopwatch.GetTimestamp();
            run();
            times.Add(Stopwatch.GetElapsedTime(t).TotalMilliseconds);
        }

        times.Sort();
        return times[times.Count / 2];
    }

    // The machine is shared: the one-minute load average says how far to trust the times.
    private static string LoadAverage() => File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "n/a";

    private static string Invariant(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}

[MemoryDiagnoser]
public class RulesBenchmarks
{
    private (EnterpriseColumns Zone, RulesData.Enterprise[] Enterprises) _data;
    private CompiledPolicy _liudong = default!;
    private RulesEngine.RulesEngine _engine = default!;

    [GlobalSetup]
    public void Setup()
    {
        _data = RulesData.Zone(100_000);
        _liudong = ShippedPolicies.Get("liudong-outward-sales");
        _engine = RulesData.RulesEngine();
    }

    [Benchmark(Baseline = true)]
    public async Task<decimal> RulesEngine1000()
    {
        var sum = 0m;
        for (var i = 0; i < 1_000; i++)
        {
            sum += await RulesData.RulesEngineReward(_engine, _data.Enterprises[i]);
        }

        return sum;
    }

    [Benchmark]
    public decimal Gaoxin100000() => RulesData.Gaoxin([_liudong], _data.Zone, 1);
}

public static class RulesData
{
    /// <summary>The same enterprise as RulesEngine sees it (a typed object) and as Gaoxin sees it (a row of columns).</summary>
    public sealed record Enterprise(string Industry, decimal OutwardSupply);

    public static (EnterpriseColumns Zone, Enterprise[] Enterprises) Zone(int count, int seed = 2021)
    {
        var random = new Random(seed);
        string[] industries = ["汽车", "汽车零部件", "电子信息", "机械", "新材料"];
        var enterprises = new Enterprise[count];
        var industry = new string?[count];
        var supply = new decimal?[count];
        for (var i = 0; i < count; i++)
        {
            // Half below the 500万 threshold, some above both caps (1亿 for 200万): every branch is taken.
            var amount = random.Next(0, 15_000_000) * 10m + random.Next(0, 100) / 100m;
            enterprises[i] = new Enterprise(industries[random.Next(industries.Length)], amount);
            industry[i] = enterprises[i].Industry;
            supply[i] = amount;
        }

        return (new EnterpriseColumns(count).Texts("industry", industry).Numbers("outward_supply", supply), enterprises);
    }

    /// <summary>Sums the rewards (in yuan) so the work cannot be skipped.</summary>
    public static decimal Gaoxin(IReadOnlyList<CompiledPolicy> policies, EnterpriseColumns zone, int threads)
    {
        long fen = 0;
        BatchEvaluator.Run(policies, zone, 2021, (_, _, verdicts) =>
        {
            var sum = 0m;
            foreach (ref readonly var v in verdicts)
            {
                sum += v.Amount;
            }

            Interlocked.Add(ref fen, (long)(sum * 100m));
        }, maxDegreeOfParallelism: threads);
        return fen / 100m;
    }

    /// <summary>Twenty Liudong-style policies: the shipped one with its threshold, rate and caps varied.</summary>
    public static List<CompiledPolicy> TwentyPolicies()
    {
        var yaml = ShippedPolicies.Files().Single(f => f.Name == "liudong-outward-sales.yaml").Yaml;
        return Enumerable.Range(0, 20).Select(i => CompiledPolicy.Load(yaml
            .Replace("id: liudong-outward-sales", $"id: liudong-style-{i}", StringComparison.Ordinal)
            .Replace("value: 500万", $"value: {300 + (i * 20)}万", StringComparison.Ordinal)
            .Replace("value: 2%", $"value: {1 + (i % 4)}%", StringComparison.Ordinal)
            .Replace("value: 200万", $"value: {150 + (i * 10)}万", StringComparison.Ordinal))).ToList();
    }

    /// <summary>The same rule written by hand in C# with decimals: what no engine can beat by much.</summary>
    public static double HandWrittenMedian(Enterprise[] enterprises)
    {
        var times = new List<double>();
        for (var run = 0; run < 7; run++)
        {
            var t = Stopwatch.GetTimestamp();
            var sum = 0m;
            foreach (var e in enterprises)
            {
                if (e.OutwardSupply >= 5_000_000m)
                {
                    var amount = e.OutwardSupply * 0.02m;
                    var cap = e.Industry == "汽车零部件" ? 2_000_000m : 1_000_000m;
                    sum += amount > cap ? cap : Math.Round(amount, 2, MidpointRounding.AwayFromZero);
                }
            }

            times.Add(Stopwatch.GetElapsedTime(t).TotalMilliseconds + (sum < 0 ? 1 : 0));
        }

        times.Sort();
        return times[times.Count / 2];
    }

    public static RulesEngine.RulesEngine RulesEngine()
    {
        var workflow = new Workflow
        {
            WorkflowName = "liudong-2021",
            Rules =
            [
                new Rule
                {
                    RuleName = "outward-sales-reward",
                    RuleExpressionType = RuleExpressionType.LambdaExpression,
                    Expression = "input1.OutwardSupply >= 5000000m",
                    Actions = new RuleActions
                    {
                        OnSuccess = new ActionInfo
                        {
                            Name = "OutputExpression",
                            Context = new Dictionary<string, object>
                            {
                                ["Expression"] = "Math.Min(Math.Round(input1.OutwardSupply * 0.02m, 2, MidpointRounding.AwayFromZero), input1.Industry == \"汽车零部件\" ? 2000000m : 1000000m)",
                            },
                        },
                    },
                },
            ],
        };
        return new RulesEngine.RulesEngine([workflow], new ReSettings());
    }

    public static async Task<decimal> RulesEngineReward(RulesEngine.RulesEngine engine, Enterprise enterprise)
    {
        var results = await engine.ExecuteAllRulesAsync("liudong-2021", enterprise);
        var result = results[0];
        return result.IsSuccess ? Convert.ToDecimal(result.ActionResult.Output, CultureInfo.InvariantCulture) : 0m;
    }
}

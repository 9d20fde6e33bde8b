using Gaoxin.Engines.Indices;
using static Gaoxin.Engines.Tests.Indices.Tables;

namespace Gaoxin.Engines.Tests.Indices;

public sealed class UncertaintyTests
{
    private static readonly IndexMethod MinMax = new(Normaliser.MinMax(0, 100));

    // X1 alone: A1 B2 D3 C4. X2 alone: B1 C2 A3 D4.
    private static readonly UncertaintyOptions TwoWeightSets = new(1000, 42)
    {
        WeightSets =
        [
            new Dictionary<string, double> { ["X1"] = 1, ["X2"] = 0, ["X3"] = 0 },
            new Dictionary<string, double> { ["X1"] = 0, ["X2"] = 1, ["X3"] = 0 },
        ],
    };

    [Fact]
    public void Without_any_variation_every_interval_is_the_nominal_rank()
    {
        var result = UncertaintyAnalysis.Run(Issue7(), MinMax, new UncertaintyOptions(200, 1));
        Assert.All(result.Units, u => Assert.Equal((u.NominalRank, u.NominalRank, u.NominalRank), (u.MedianRank, u.Low, u.High)));
        Assert.Equal([2, 1, 3, 4], result.Units.Select(u => u.NominalRank));
    }

    [Fact]
    public void Rank_intervals_over_two_weight_sets_span_the_ranks_each_set_gives()
    {
        var result = UncertaintyAnalysis.Run(Issue7(), MinMax, TwoWeightSets);
        Assert.Equal((1, 3), (result["A"].Low, result["A"].High));
        Assert.Equal((1, 2), (result["B"].Low, result["B"].High));
        Assert.Equal((2, 4), (result["C"].Low, result["C"].High));
        Assert.Equal((3, 4), (result["D"].Low, result["D"].High));
    }

    [Fact]
    public void The_median_rank_follows_the_weight_set_most_runs_drew()
    {
        var result = UncertaintyAnalysis.Run(Issue7(), MinMax, TwoWeightSets);
        var firstSet = Enumerable.Range(0, result.Runs).Count(r => result.ParametersOf(r).WeightSet == 0);
        Assert.InRange(firstSet, 400, 600); // both sets are really drawn
        Assert.Equal(firstSet * 2 >= result.Runs ? 1 : 3, result["A"].MedianRank);
        Assert.Equal(firstSet * 2 >= result.Runs ? 4 : 2, result["C"].MedianRank);
    }

    [Fact]
    public void Alternative_aggregations_swap_C_and_D_and_leave_A_and_B()
    {
        var options = new UncertaintyOptions(500, 7) { Normalisers = [Normaliser.MinMax(1, 100)], Aggregations = [Aggregation.Arithmetic, Aggregation.Geometric] };
        var result = UncertaintyAnalysis.Run(Issue7(), new IndexMethod(Normaliser.MinMax(1, 100)), options);
        Assert.Equal((2, 2), (result["A"].Low, result["A"].High));
        Assert.Equal((1, 1), (result["B"].Low, result["B"].High));
        Assert.Equal((3, 4), (result["C"].Low, result["C"].High));
        Assert.Equal((3, 4), (result["D"].Low, result["D"].High));
    }

    [Fact]
    public void Geometric_among_the_alternatives_is_refused_on_a_normaliser_that_gives_zeros()
    {
        var options = new UncertaintyOptions(100, 1) { Aggregations = [Aggregation.Arithmetic, Aggregation.Geometric] };
        var e = Assert.Throws<InvalidIndexException>(() => UncertaintyAnalysis.Run(Issue7(), MinMax, options));
        Assert.Contains("Geometric aggregation", e.Message);
        Assert.Contains("min–max to [0, 100]", e.Message);
    }

    [Fact]
    public void The_same_seed_gives_the_same_intervals_whatever_the_parallelism()
    {
        var table = RandomTable(60, 8, 3);
        var options = new UncertaintyOptions(3000, 2025) { WeightNoise = 0.5, Normalisers = [Normaliser.MinMax(1, 100), Normaliser.Rank()], Aggregations = [Aggregation.Arithmetic, Aggregation.Geometric] };
        var method = new IndexMethod(Normaliser.MinMax(1, 100));
        var one = UncertaintyAnalysis.Run(table, method, options with { MaxDegreeOfParallelism = 1 });
        var two = UncertaintyAnalysis.Run(table, method, options with { MaxDegreeOfParallelism = 2 });
        var eight = UncertaintyAnalysis.Run(table, method, options with { MaxDegreeOfParallelism = 8 });
        Assert.Equal(one.Units, two.Units);
        Assert.Equal(one.Units, eight.Units);
        Assert.Contains(one.Units, u => u.High > u.Low); // the analysis did vary something
        var otherSeed = UncertaintyAnalysis.Run(table, method, options with { Seed = 2026 });
        Assert.NotEqual(one.Units, otherSeed.Units);
    }

    [Fact]
    public void Intervals_agree_with_replaying_every_run()
    {
        var table = RandomTable(12, 5, 11);
        var options = new UncertaintyOptions(301, 9) { WeightNoise = 0.6, Normalisers = [Normaliser.MinMax(), Normaliser.ZScore(), Normaliser.Rank()] };
        var result = UncertaintyAnalysis.Run(table, new IndexMethod(Normaliser.MinMax()), options);
        foreach (var unit in result.Units)
        {
            var ranks = Enumerable.Range(0, result.Runs).Select(r => result.RanksOf(r)[unit.Unit]).Order().ToArray();
            // nearest-rank percentiles: the ⌈p × 301⌉-th smallest rank
            Assert.Equal(ranks[(int)Math.Ceiling(0.05 * 301) - 1], unit.Low);
            Assert.Equal(ranks[(int)Math.Ceiling(0.50 * 301) - 1], unit.MedianRank);
            Assert.Equal(ranks[(int)Math.Ceiling(0.95 * 301) - 1], unit.High);
        }
    }

    [Fact]
    public void A_runs_parameters_are_retrievable_by_its_number()
    {
        var options = new UncertaintyOptions(100, 3) { WeightNoise = 0.25, Normalisers = [Normaliser.MinMax(), Normaliser.Rank()] };
        var result = UncertaintyAnalysis.Run(Issue7(), MinMax, options);
        var run = result.ParametersOf(17);
        Assert.Equal(17, run.Run);
        Assert.Equal(run.Weights, result.ParametersOf(17).Weights);
        Assert.Equal(run.Normaliser, result.ParametersOf(17).Normaliser);
        Assert.Equal(-1, run.WeightSet);
        Assert.InRange(run.Weights["X1"], 0.5 * 0.75, 0.5 * 1.25);
        Assert.InRange(run.Weights["X3"], 0.2 * 0.75, 0.2 * 1.25);
        Assert.NotEqual(0.5, run.Weights["X1"]);
        Assert.Contains(Enumerable.Range(0, 100), r => result.ParametersOf(r).Normaliser is RankNormaliser);
        Assert.Contains(Enumerable.Range(0, 100), r => result.ParametersOf(r).Normaliser is MinMaxNormaliser);
        Assert.Throws<ArgumentOutOfRangeException>(() => result.ParametersOf(100));
    }

    private static IndexTable RandomTable(int units, int indicators, int seed)
    {
        var random = new Random(seed);
        var list = Enumerable.Range(0, indicators)
            .Select(j => new IndexIndicator($"X{j}", j % 3 == 0 ? IndicatorDirection.Negative : IndicatorDirection.Positive, $"D{j % 2}", 0.5 + random.NextDouble()))
            .ToList();
        var values = Enumerable.Range(0, units * indicators).Select(_ => random.NextDouble() * 100).ToArray();
        return new IndexTable(Enumerable.Range(0, units).Select(u => $"P{u}").ToList(), list, values);
    }
}

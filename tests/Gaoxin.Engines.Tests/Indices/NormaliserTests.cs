using Gaoxin.Engines.Indices;
using static Gaoxin.Engines.Tests.Indices.Tables;

namespace Gaoxin.Engines.Tests.Indices;

public sealed class NormaliserTests
{
    private static double[] Normalise(Normaliser normaliser, IndexTable table) =>
        table.Units.Select(u => CompositeIndex.Compute(table, new IndexMethod(normaliser))[u].Score ?? double.NaN).ToArray();

    [Fact]
    public void Min_max_maps_worst_to_low_and_best_to_high_and_turns_a_negative_indicator_round()
    {
        Assert.Equal([10, 20, 15], Normalise(Normaliser.MinMax(10, 20), Column(IndicatorDirection.Positive, 1, 5, 3)));
        Assert.Equal([20, 10, 15], Normalise(Normaliser.MinMax(10, 20), Column(IndicatorDirection.Negative, 1, 5, 3)));
    }

    [Fact]
    public void Min_max_of_a_constant_indicator_is_the_middle_of_the_range()
    {
        Assert.Equal([50, 50], Normalise(Normaliser.MinMax(0, 100), Column(IndicatorDirection.Positive, 7, 7)));
    }

    [Fact]
    public void Z_score_uses_the_sample_standard_deviation_and_rescales()
    {
        // 2, 4, 6: mean 4, sample sd 2 → −1, 0, 1 → with mean 100, sd 10: 90, 100, 110
        Assert.Equal([90, 100, 110], Normalise(Normaliser.ZScore(100, 10), Column(IndicatorDirection.Positive, 2, 4, 6)));
        Assert.Equal([1, 0, -1], Normalise(Normaliser.ZScore(), Column(IndicatorDirection.Negative, 2, 4, 6)));
    }

    [Fact]
    public void Rank_gives_the_best_the_highest_rank_and_ties_the_mean_rank()
    {
        Assert.Equal([1, 2.5, 2.5, 4], Normalise(Normaliser.Rank(), Column(IndicatorDirection.Positive, 1, 5, 5, 9)));
        Assert.Equal([4, 2.5, 2.5, 1], Normalise(Normaliser.Rank(), Column(IndicatorDirection.Negative, 1, 5, 5, 9)));
    }

    [Fact]
    public void Distance_to_target_measures_progress_from_the_worst_and_caps_at_the_target()
    {
        var positive = new IndexTable(["P1", "P2", "P3"], [new IndexIndicator("X", IndicatorDirection.Positive, "D") { Target = 10 }], [0, 5, 12]);
        Assert.Equal([0, 50, 100], Normalise(Normaliser.DistanceToTarget(0, 100), positive));
        // less is better, target 2: worst 10 → 0, 6 → 50 %, 1 (beyond target) → 100
        var negative = new IndexTable(["P1", "P2", "P3"], [new IndexIndicator("X", IndicatorDirection.Negative, "D") { Target = 2 }], [10, 6, 1]);
        Assert.Equal([0, 50, 100], Normalise(Normaliser.DistanceToTarget(0, 100), negative));
    }

    [Fact]
    public void Distance_to_target_without_a_target_is_refused_naming_the_indicator()
    {
        var e = Assert.Throws<InvalidIndexException>(() => Normalise(Normaliser.DistanceToTarget(), Column(IndicatorDirection.Positive, 1, 2)));
        Assert.Contains("target for indicator 'X'", e.Message);
    }

    [Fact]
    public void Z_score_cannot_feed_a_geometric_mean()
    {
        var e = Assert.Throws<InvalidIndexException>(() => CompositeIndex.Compute(Issue7(), new IndexMethod(Normaliser.ZScore(), Aggregation.Geometric)));
        Assert.Contains("Geometric aggregation", e.Message);
        Assert.Contains("z-score", e.Message);
    }
}

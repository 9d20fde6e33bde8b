using Gaoxin.Engines.Indices;
using static Gaoxin.Engines.Tests.Indices.Tables;

namespace Gaoxin.Engines.Tests.Indices;

public sealed class RankingAndCoverageTests
{
    [Fact]
    public void Ties_rank_1224()
    {
        var result = CompositeIndex.Compute(Column(IndicatorDirection.Positive, 9, 5, 5, 1), new IndexMethod(Normaliser.MinMax()));
        Assert.Equal([1, 2, 2, 4], result.Units.Select(u => u.Rank!.Value));
    }

    [Fact]
    public void Scores_equal_up_to_rounding_noise_are_a_tie()
    {
        // P1 scores 0.1 + 0.2, P2 scores 0.3: different doubles, the same score. The ranking must not split them.
        Assert.NotEqual(0.3, 0.1 + 0.2);
        var table = new IndexTable(
            ["P1", "P2", "P3"],
            [new IndexIndicator("X", IndicatorDirection.Positive, "D", 0.1), new IndexIndicator("Y", IndicatorDirection.Positive, "D", 0.2), new IndexIndicator("Z", IndicatorDirection.Positive, "D", 0.3)],
            [1, 1, 0, 0, 0, 1, 0, 0, 0]);
        var result = CompositeIndex.Compute(table, new IndexMethod(Normaliser.MinMax(0, 1)));
        Assert.NotEqual(result["P1"].Score, result["P2"].Score);
        Assert.Equal([1, 1, 3], result.Units.Select(u => u.Rank!.Value));
    }

    [Fact]
    public void Weights_are_renormalised_over_the_indicators_a_unit_has()
    {
        // A misses X2: its score is (0.5 × 100 + 0.2 × 0) / 0.7 over the others' min–max (X2 now over B, C, D: 4, 3, 1).
        var values = new double[] { 1000, double.NaN, 0.5, 600, 4, 0.3, 200, 3, 0.2, 400, 1, 0.4 };
        var table = new IndexTable(Parks, Issue7().Indicators, values);
        var result = CompositeIndex.Compute(table, new IndexMethod(Normaliser.MinMax()));
        Assert.Equal(50 / 0.7, result["A"].Score!.Value, 9);
        Assert.Equal(2.0 / 3, result["A"].Coverage, 9);
        Assert.Equal((0.5 * 50) + (0.3 * 100) + (0.2 * 200.0 / 3), result["B"].Score!.Value, 9);
    }

    [Fact]
    public void A_unit_below_the_minimum_coverage_is_listed_but_not_scored_or_ranked()
    {
        var values = new double[] { 1000, double.NaN, double.NaN, 600, 4, 0.3, 200, 3, 0.2, 400, 1, 0.4 };
        var table = new IndexTable(Parks, Issue7().Indicators, values);
        var result = CompositeIndex.Compute(table, new IndexMethod(Normaliser.MinMax()) { MinimumCoverage = 0.5 });
        Assert.Null(result["A"].Score);
        Assert.Null(result["A"].Rank);
        Assert.Contains("1 of 3 indicators", result["A"].Excluded);
        // Without A, B has the highest X1 now.
        Assert.Equal([1, 2, 3], new[] { "B", "C", "D" }.Select(u => result[u].Rank!.Value));
        Assert.Equal(100, CompositeIndex.Compute(table, new IndexMethod(Normaliser.MinMax()) { MinimumCoverage = 0.3 })["A"].Score!.Value, 9);
    }

    [Fact]
    public void Winsorisation_clips_the_extreme_points_and_logs_them()
    {
        // COINr's example: 1..10 with two outliers, 30 and 100.
        var values = Enumerable.Range(1, 10).Select(i => (double)i).Append(30).Append(100).ToArray();
        var result = CompositeIndex.Compute(Column(IndicatorDirection.Positive, values), new IndexMethod(Normaliser.MinMax()) { Winsorisation = new Winsorisation() });
        Assert.NotEmpty(result.Clipped);
        Assert.Equal(new ClippedPoint("P12", "X", 100, 30), result.Clipped[0]);
        Assert.All(result.Clipped, c => Assert.Equal("X", c.Indicator));
        Assert.Empty(result.StillSkewed);
        // The clipped outliers now share the top score.
        Assert.Equal(100, result["P12"].Score!.Value, 9);
        Assert.Equal(result["P12"].Rank, result[result.Clipped[^1].Unit].Rank);
    }

    [Fact]
    public void Winsorisation_stops_at_the_limit_and_reports_an_indicator_still_skewed()
    {
        double[] values = [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2, 50, 1000];
        var result = CompositeIndex.Compute(Column(IndicatorDirection.Positive, values), new IndexMethod(Normaliser.MinMax()) { Winsorisation = new Winsorisation(MaxPoints: 1) });
        Assert.Equal([new ClippedPoint("P21", "X", 1000, 50)], result.Clipped);
        Assert.Equal("X", Assert.Single(result.StillSkewed).Indicator);
    }

    [Fact]
    public void A_symmetric_indicator_is_not_winsorised()
    {
        var result = CompositeIndex.Compute(Column(IndicatorDirection.Positive, 1, 2, 3, 4, 5, 6, 7, 8), new IndexMethod(Normaliser.MinMax()) { Winsorisation = new Winsorisation() });
        Assert.Empty(result.Clipped);
    }

    [Fact]
    public void Reordering_the_units_changes_no_score_or_rank()
    {
        var random = new Random(5);
        var units = Enumerable.Range(0, 40).Select(u => $"P{u}").ToArray();
        var indicators = Issue7().Indicators;
        // values on a coarse grid so that ties happen
        var values = units.ToDictionary(u => u, _ => indicators.Select(_ => (double)random.Next(5)).ToArray());
        IndexTable Table(string[] order) => new(order, indicators, order.SelectMany(u => values[u]).ToArray());
        var method = new IndexMethod(Normaliser.MinMax());
        var forward = CompositeIndex.Compute(Table(units), method);
        var shuffled = units.ToArray();
        random.Shuffle(shuffled);
        var backward = CompositeIndex.Compute(Table(shuffled), method);
        Assert.Contains(forward.Units, a => forward.Units.Count(b => b.Rank == a.Rank) > 1);
        Assert.All(units, u => Assert.Equal((forward[u].Score, forward[u].Rank), (backward[u].Score, backward[u].Rank)));
    }
}

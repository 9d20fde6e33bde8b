using Gaoxin.Engines.Indices;
using static Gaoxin.Engines.Tests.Indices.Tables;

namespace Gaoxin.Engines.Tests.Indices;

public sealed class WorkedExampleTests
{
    [Fact]
    public void Issue_7_min_max_arithmetic_scores_are_60_68_333_40_19_167()
    {
        var result = CompositeIndex.Compute(Issue7(), new IndexMethod(Normaliser.MinMax(0, 100)));
        Assert.Equal(60, result["A"].Score!.Value, 9);
        Assert.Equal(68.333, result["B"].Score!.Value, 3);
        Assert.Equal(40, result["C"].Score!.Value, 9);
        Assert.Equal(19.167, result["D"].Score!.Value, 3);
    }

    [Fact]
    public void Issue_7_ranks_are_A2_B1_C3_D4()
    {
        var result = CompositeIndex.Compute(Issue7(), new IndexMethod(Normaliser.MinMax(0, 100)));
        Assert.Equal([2, 1, 3, 4], result.Units.Select(u => u.Rank!.Value));
    }

    [Fact]
    public void Issue_7_dimension_scores_aggregate_each_dimension_by_its_weights()
    {
        // D1: A (0.5 × 100 + 0.3 × 33.33) / 0.8 = 75; D2 is X3 alone, reversed: A 0, C 100.
        var result = CompositeIndex.Compute(Issue7(), new IndexMethod(Normaliser.MinMax(0, 100)));
        Assert.Equal(75, result["A"].Dimensions["D1"]!.Value, 9);
        Assert.Equal(0, result["A"].Dimensions["D2"]!.Value, 9);
        Assert.Equal(100, result["C"].Dimensions["D2"]!.Value, 9);
    }

    [Fact]
    public void Issue_7_geometric_is_refused_because_min_max_to_0_gives_zeros()
    {
        var e = Assert.Throws<InvalidIndexException>(() => CompositeIndex.Compute(Issue7(), new IndexMethod(Normaliser.MinMax(0, 100), Aggregation.Geometric)));
        Assert.Contains("Geometric aggregation", e.Message);
        Assert.Contains("is 0 after min–max to [0, 100]", e.Message);
    }

    [Fact]
    public void Geometric_on_min_max_1_to_100_is_the_weighted_geometric_mean()
    {
        var result = CompositeIndex.Compute(Issue7(), new IndexMethod(Normaliser.MinMax(1, 100), Aggregation.Geometric));
        // A: X1 100, X2 1 + 99/3 = 34, X3 1 → 100^0.5 × 34^0.3 × 1^0.2
        Assert.Equal(Math.Pow(100, 0.5) * Math.Pow(34, 0.3), result["A"].Score!.Value, 9);
        // B: 50.5, 100, 67 ; C: 1, 67, 100 ; D: 25.75, 1, 34
        Assert.Equal(Math.Pow(50.5, 0.5) * Math.Pow(100, 0.3) * Math.Pow(67, 0.2), result["B"].Score!.Value, 9);
        // C's worst-in-class X1 (1) costs it more than compensation allows: D (25.75, 1, 34) passes it.
        Assert.Equal(Math.Pow(67, 0.3) * Math.Pow(100, 0.2), result["C"].Score!.Value, 9);
        Assert.Equal([2, 1, 4, 3], result.Units.Select(u => u.Rank!.Value));
        var arithmetic = CompositeIndex.Compute(Issue7(), new IndexMethod(Normaliser.MinMax(1, 100)));
        Assert.Equal([2, 1, 3, 4], arithmetic.Units.Select(u => u.Rank!.Value));
    }

    [Fact]
    public void Two_layer_weights_multiply_the_dimension_share_by_the_indicator_multiplier()
    {
        // D1 60 % split 5 : 3 between X1 and X2 → 0.375, 0.225; D2 40 % all to X3.
        var method = new IndexMethod(Normaliser.MinMax(0, 100)) { DimensionWeights = new Dictionary<string, double> { ["D1"] = 0.6, ["D2"] = 0.4 } };
        var result = CompositeIndex.Compute(Issue7(), method);
        Assert.Equal((0.375 * 100) + (0.225 * 100.0 / 3), result["A"].Score!.Value, 9);
        Assert.Equal((0.375 * 0) + (0.225 * 200.0 / 3) + (0.4 * 100), result["C"].Score!.Value, 9);
    }

    [Fact]
    public void A_dimension_without_a_weight_is_refused()
    {
        var method = new IndexMethod(Normaliser.MinMax()) { DimensionWeights = new Dictionary<string, double> { ["D1"] = 1 } };
        Assert.Contains("'D2' has no weight", Assert.Throws<InvalidIndexException>(() => CompositeIndex.Compute(Issue7(), method)).Message);
    }
}

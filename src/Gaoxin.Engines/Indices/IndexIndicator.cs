namespace Gaoxin.Engines.Indices;

/// <summary>Whether more of an indicator is better (+, e.g. R&amp;D spending) or worse (−, e.g. energy per unit of output).</summary>
public enum IndicatorDirection
{
    Positive = 1,
    Negative = -1,
}

/// <summary>
/// An indicator of a composite index: its code, direction, dimension and weight. With dimension weights
/// (<see cref="IndexMethod.DimensionWeights"/>) the weight is a multiplier within its dimension (two-layer weights:
/// dimension % × multiplier ÷ the dimension's multipliers); without, it is the indicator's weight in the index.
/// <see cref="Target"/> is needed only for distance-to-target normalisation.
/// </summary>
public sealed record IndexIndicator(string Code, IndicatorDirection Direction, string Dimension, double Weight = 1.0)
{
    public double? Target { get; init; }
}

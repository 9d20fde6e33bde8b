namespace Gaoxin.Engines.Indices;

/// <summary>
/// How to build the index: the normaliser, the aggregation, optional dimension weights (two-layer weights), the minimum
/// coverage a unit needs to be scored (share of indicators with a value; weights are re-normalised over the indicators
/// a unit has) and optional winsorisation.
/// </summary>
public sealed record IndexMethod(Normaliser Normaliser, Aggregation Aggregation = Aggregation.Arithmetic)
{
    /// <summary>Dimension → weight (e.g. Torch 2021: 0.2, 0.2, 0.15, 0.15, 0.3). Null: indicator weights are used as they are.</summary>
    public IReadOnlyDictionary<string, double>? DimensionWeights { get; init; }

    /// <summary>A unit with values for less than this share of the indicators is listed but not scored or ranked.</summary>
    public double MinimumCoverage { get; init; } = 0.5;

    public Winsorisation? Winsorisation { get; init; }
}

namespace Gaoxin.Engines.Indices;

/// <summary>
/// A unit's place in the index: its score and rank (1224 on ties), its score in each dimension, the share of indicators it
/// has values for, and — when it was not scored — why (<see cref="Excluded"/>; score, rank and dimensions are then null).
/// </summary>
public sealed record IndexUnitResult(string Unit, double? Score, int? Rank, IReadOnlyDictionary<string, double?> Dimensions, double Coverage, string? Excluded);

/// <summary>The computed index: every unit in table order, and the points winsorisation changed.</summary>
public sealed record IndexResult(IReadOnlyList<IndexUnitResult> Units, IReadOnlyList<ClippedPoint> Clipped, IReadOnlyList<StillSkewed> StillSkewed)
{
    public IndexUnitResult this[string unit] => Units.Single(u => u.Unit == unit);
}

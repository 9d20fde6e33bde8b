namespace Gaoxin.Engines.Indices;

/// <summary>
/// A unit's place in the index: its score and rank (1224 on ties), its score in each dimension, the share of indicators it
/// has values for, and — when it was not scored — why (<see cref="Excluded"/>; score, rank and dimensions are then null).
/// </summary>
public sealed record IndexUnitResult(string Unit, double? Score, int? Rank, IReadOnlyDictionary<string, double?> Dimensions, double Coverage, string? Excluded);

/// <summary>The computed index: every unit in table order, the points winsorisation changed, and indicators still skewed after it.</summary>
public sealed class IndexResult(IReadOnlyList<IndexUnitResult> units, IReadOnlyList<ClippedPoint> clipped, IReadOnlyList<StillSkewed> stillSkewed)
{
    private readonly Dictionary<string, IndexUnitResult> _byUnit = units.ToDictionary(u => u.Unit, StringComparer.Ordinal);

    public IReadOnlyList<IndexUnitResult> Units { get; } = units;

    public IReadOnlyList<ClippedPoint> Clipped { get; } = clipped;

    public IReadOnlyList<StillSkewed> StillSkewed { get; } = stillSkewed;

    public IndexUnitResult this[string unit] => _byUnit[unit];
}

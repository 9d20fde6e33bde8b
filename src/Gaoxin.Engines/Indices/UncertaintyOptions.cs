namespace Gaoxin.Engines.Indices;

/// <summary>
/// What the Monte Carlo uncertainty analysis varies. Each run draws, uniformly, one normaliser from
/// <see cref="Normalisers"/>, one aggregation from <see cref="Aggregations"/> and one weight set from
/// <see cref="WeightSets"/> (an empty list means the method's own), then multiplies every weight by
/// 1 + U(−<see cref="WeightNoise"/>, +<see cref="WeightNoise"/>). A run's draws depend only on <see cref="Seed"/> and the
/// run number, so results are the same whatever the degree of parallelism and any run can be replayed.
/// </summary>
public sealed record UncertaintyOptions(int Runs, ulong Seed)
{
    /// <summary>Relative noise on each weight, e.g. 0.25 for ±25 %.</summary>
    public double WeightNoise { get; init; }

    public IReadOnlyList<Normaliser> Normalisers { get; init; } = [];

    public IReadOnlyList<Aggregation> Aggregations { get; init; } = [];

    /// <summary>Alternative indicator weights (multipliers when the method has dimension weights), by indicator code; a code left out keeps its own weight.</summary>
    public IReadOnlyList<IReadOnlyDictionary<string, double>> WeightSets { get; init; } = [];

    /// <summary>Null uses every core.</summary>
    public int? MaxDegreeOfParallelism { get; init; }
}

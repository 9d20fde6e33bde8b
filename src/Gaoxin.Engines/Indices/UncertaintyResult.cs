namespace Gaoxin.Engines.Indices;

/// <summary>The choices of one Monte Carlo run: its normaliser, aggregation, weight set (−1 for the method's own) and the noisy effective weights by indicator code.</summary>
public sealed record RunParameters(int Run, Normaliser Normaliser, Aggregation Aggregation, int WeightSet, IReadOnlyDictionary<string, double> Weights);

/// <summary>
/// A unit's rank under uncertainty: its nominal rank, the median rank over the runs and the 5th–95th percentile interval
/// (nearest-rank percentiles: the smallest rank reached by at least 5 %, 50 %, 95 % of runs).
/// </summary>
public sealed record UnitRankInterval(string Unit, int NominalRank, int MedianRank, int Low, int High);

/// <summary>The outcome of an uncertainty analysis: the nominal index, each scored unit's rank interval, and replay of any run.</summary>
public sealed class UncertaintyResult
{
    private readonly MonteCarlo _monteCarlo;

    internal UncertaintyResult(IndexResult nominal, IReadOnlyList<UnitRankInterval> units, MonteCarlo monteCarlo)
    {
        Nominal = nominal;
        Units = units;
        _monteCarlo = monteCarlo;
    }

    public IndexResult Nominal { get; }

    /// <summary>Every scored unit, in table order (units excluded for coverage are not ranked).</summary>
    public IReadOnlyList<UnitRankInterval> Units { get; }

    public int Runs => _monteCarlo.Options.Runs;

    public UnitRankInterval this[string unit] => Units.Single(u => u.Unit == unit);

    /// <summary>What run <paramref name="run"/> (0-based) drew.</summary>
    public RunParameters ParametersOf(int run) => _monteCarlo.ParametersOf(run);

    /// <summary>The ranks run <paramref name="run"/> gave, recomputed from its number.</summary>
    public IReadOnlyDictionary<string, int> RanksOf(int run) => _monteCarlo.RanksOf(run);
}

namespace Gaoxin.Engines.Indices;

/// <summary>
/// Rank intervals for a composite index: the nominal index, then <see cref="UncertaintyOptions.Runs"/> Monte Carlo runs
/// over weight noise and alternative normalisers, aggregations and weight sets, in parallel and seeded; each scored unit
/// gets its median rank and 5th–95th percentile rank interval.
/// </summary>
public static class UncertaintyAnalysis
{
    public static UncertaintyResult Run(IndexTable table, IndexMethod method, UncertaintyOptions options)
    {
        var prepared = new PreparedIndex(table, method);
        var nominal = CompositeIndex.Compute(prepared);
        var monteCarlo = new MonteCarlo(prepared, options);
        var counts = monteCarlo.Run();
        var n = prepared.N;
        var units = new UnitRankInterval[n];
        for (var r = 0; r < n; r++)
        {
            var histogram = counts.AsSpan(r * (n + 1), n + 1);
            var unit = prepared.Units[r];
            units[r] = new UnitRankInterval(
                unit,
                nominal[unit].Rank!.Value,
                Percentile(histogram, options.Runs, 0.50),
                Percentile(histogram, options.Runs, 0.05),
                Percentile(histogram, options.Runs, 0.95));
        }

        return new UncertaintyResult(nominal, units, monteCarlo);
    }

    /// <summary>Nearest-rank percentile: the smallest rank that at least ⌈p × runs⌉ runs reached or beat.</summary>
    private static int Percentile(ReadOnlySpan<long> histogram, int runs, double p)
    {
        var needed = Math.Max(1L, (long)Math.Ceiling((p * runs) - 1e-9));
        long cumulative = 0;
        for (var rank = 1; rank < histogram.Length; rank++)
        {
            cumulative += histogram[rank];
            if (cumulative >= needed)
            {
                return rank;
            }
        }

        return histogram.Length - 1;
    }
}

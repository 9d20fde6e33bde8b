namespace Gaoxin.Engines.Indices;

/// <summary>
/// Computes a composite index the JRC/OECD way: screen by coverage, winsorise (optional), normalise each indicator, weight
/// (two layers), aggregate arithmetically or geometrically with weights re-normalised over the indicators each unit has,
/// then rank 1224. Dimension scores aggregate each dimension's indicators by their multipliers the same way.
/// </summary>
public static class CompositeIndex
{
    public static IndexResult Compute(IndexTable table, IndexMethod method) => Compute(new PreparedIndex(table, method));

    internal static IndexResult Compute(PreparedIndex prepared)
    {
        var table = prepared.Table;
        var method = prepared.Method;
        var normalised = prepared.Normalised(method.Normaliser);
        if (method.Aggregation == Aggregation.Geometric)
        {
            prepared.CheckGeometric(normalised, method.Normaliser);
        }

        var n = prepared.N;
        var m = prepared.M;
        var scores = new double[n];
        for (var r = 0; r < n; r++)
        {
            scores[r] = Aggregate(normalised.AsSpan(r * m, m), prepared.NominalWeights, method.Aggregation, _ => true);
        }

        var ranks = new int[n];
        CompetitionRanking.Rank(scores, ranks, new ulong[n]);

        var dimensions = table.Indicators.Select(i => i.Dimension).Distinct(StringComparer.Ordinal).ToList();
        var multipliers = table.Indicators.Select(i => i.Weight).ToArray();
        var byUnit = new Dictionary<string, IndexUnitResult>(StringComparer.Ordinal);
        for (var r = 0; r < n; r++)
        {
            var row = normalised.AsSpan(r * m, m);
            var dimensionScores = new Dictionary<string, double?>(StringComparer.Ordinal);
            foreach (var d in dimensions)
            {
                var score = Aggregate(row, multipliers, method.Aggregation, j => table.Indicators[j].Dimension == d);
                dimensionScores[d] = double.IsNaN(score) ? null : score;
            }

            var unit = prepared.Units[r];
            byUnit[unit] = new IndexUnitResult(unit, scores[r], ranks[r], dimensionScores, prepared.Coverage[unit], null);
        }

        var units = table.Units
            .Select(u => byUnit.TryGetValue(u, out var result) ? result
                : new IndexUnitResult(u, null, null, dimensions.ToDictionary(d => d, _ => (double?)null, StringComparer.Ordinal), prepared.Coverage[u], prepared.Excluded[u]))
            .ToList();
        return new IndexResult(units, prepared.Clipped, prepared.StillSkewed);
    }

    /// <summary>The weighted arithmetic or geometric mean of a unit's present values among the chosen indicators; NaN if none.</summary>
    private static double Aggregate(ReadOnlySpan<double> row, double[] weights, Aggregation aggregation, Func<int, bool> include)
    {
        double sum = 0, weight = 0;
        for (var j = 0; j < row.Length; j++)
        {
            if (!double.IsNaN(row[j]) && include(j) && weights[j] > 0)
            {
                sum += weights[j] * (aggregation == Aggregation.Geometric ? Math.Log(row[j]) : row[j]);
                weight += weights[j];
            }
        }

        if (weight <= 0)
        {
            return double.NaN;
        }

        return aggregation == Aggregation.Geometric ? Math.Exp(sum / weight) : sum / weight;
    }
}

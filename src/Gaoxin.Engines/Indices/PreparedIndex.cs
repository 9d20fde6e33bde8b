namespace Gaoxin.Engines.Indices;

/// <summary>
/// The steps every computation shares, done once: screen units by coverage, winsorise the scored units' raw values,
/// resolve two-layer weights, and normalise to flat unit-major matrices. The nominal index and every Monte Carlo run
/// read these arrays only.
/// </summary>
internal sealed class PreparedIndex
{
    public PreparedIndex(IndexTable table, IndexMethod method)
    {
        if (!(method.MinimumCoverage is >= 0 and <= 1))
        {
            throw new InvalidIndexException($"The minimum coverage is a share between 0 and 1, not {method.MinimumCoverage}.");
        }

        Table = table;
        Method = method;
        var m = table.Indicators.Count;
        M = m;
        NominalWeights = EffectiveWeights(table.Indicators.Select(i => i.Weight).ToArray(), "the indicator weights");

        var scored = new List<int>();
        for (var u = 0; u < table.Units.Count; u++)
        {
            var present = 0;
            double presentWeight = 0;
            for (var j = 0; j < m; j++)
            {
                if (!double.IsNaN(table[u, j]))
                {
                    present++;
                    presentWeight += NominalWeights[j];
                }
            }

            var coverage = (double)present / m;
            Coverage[table.Units[u]] = coverage;
            if (coverage + 1e-12 < method.MinimumCoverage)
            {
                Excluded[table.Units[u]] = $"has values for {present} of {m} indicators ({coverage:P0}), below the minimum coverage of {method.MinimumCoverage:P0}";
            }
            else if (presentWeight <= 0)
            {
                Excluded[table.Units[u]] = "has values only for indicators with zero weight";
            }
            else
            {
                scored.Add(u);
            }
        }

        if (scored.Count == 0)
        {
            throw new InvalidIndexException("No unit has enough indicator values to be scored; lower the minimum coverage or complete the table.");
        }

        Units = scored.Select(u => table.Units[u]).ToArray();
        N = Units.Length;
        Raw = new double[N * m];
        Presence = new double[N * m];
        for (var r = 0; r < N; r++)
        {
            for (var j = 0; j < m; j++)
            {
                var v = table[scored[r], j];
                Raw[(r * m) + j] = v;
                Presence[(r * m) + j] = double.IsNaN(v) ? 0 : 1;
                HasMissing |= double.IsNaN(v);
            }
        }

        if (method.Winsorisation is { } rule)
        {
            WinsorisationTreatment.Apply(Raw, Units, table.Indicators, rule, Clipped, StillSkewed);
        }
    }

    public IndexTable Table { get; }

    public IndexMethod Method { get; }

    /// <summary>The units scored, in table order.</summary>
    public string[] Units { get; }

    public int N { get; }

    public int M { get; }

    /// <summary>Raw values of the scored units after winsorisation, unit-major, NaN missing.</summary>
    public double[] Raw { get; }

    /// <summary>1 where a value is present, 0 where missing, unit-major.</summary>
    public double[] Presence { get; }

    public bool HasMissing { get; }

    public double[] NominalWeights { get; }

    public Dictionary<string, double> Coverage { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, string> Excluded { get; } = new(StringComparer.Ordinal);

    public List<ClippedPoint> Clipped { get; } = [];

    public List<StillSkewed> StillSkewed { get; } = [];

    /// <summary>Two-layer weights: dimension weight × multiplier ÷ the dimension's multipliers; the multipliers themselves without dimension weights.</summary>
    public double[] EffectiveWeights(double[] multipliers, string what)
    {
        var indicators = Table.Indicators;
        if (multipliers.Any(w => !(w >= 0) || double.IsInfinity(w)))
        {
            throw new InvalidIndexException($"In {what} every weight must be finite and not negative.");
        }

        double[] weights;
        if (Method.DimensionWeights is not { } dimensions)
        {
            weights = (double[])multipliers.Clone();
        }
        else
        {
            weights = new double[indicators.Count];
            foreach (var group in Enumerable.Range(0, indicators.Count).GroupBy(j => indicators[j].Dimension, StringComparer.Ordinal))
            {
                if (!dimensions.TryGetValue(group.Key, out var dimensionWeight) || !(dimensionWeight >= 0))
                {
                    throw new InvalidIndexException($"Dimension '{group.Key}' has no weight (or a negative one); give every dimension a weight.");
                }

                var sum = group.Sum(j => multipliers[j]);
                foreach (var j in group)
                {
                    weights[j] = sum > 0 ? dimensionWeight * multipliers[j] / sum : 0;
                }
            }
        }

        if (!(weights.Sum() > 0))
        {
            throw new InvalidIndexException($"In {what} all weights are zero.");
        }

        return weights;
    }

    /// <summary>The normalised matrix of the scored units, unit-major, NaN where missing.</summary>
    public double[] Normalised(Normaliser normaliser)
    {
        var result = new double[N * M];
        var column = new double[N];
        var output = new double[N];
        for (var j = 0; j < M; j++)
        {
            for (var r = 0; r < N; r++)
            {
                column[r] = Raw[(r * M) + j];
            }

            normaliser.Normalise(column, Table.Indicators[j], output);
            for (var r = 0; r < N; r++)
            {
                result[(r * M) + j] = output[r];
            }
        }

        return result;
    }

    /// <summary>Refuses geometric aggregation when a normalised value is zero or negative, naming the aggregation, the value and the normaliser.</summary>
    public void CheckGeometric(double[] normalised, Normaliser normaliser)
    {
        for (var i = 0; i < normalised.Length; i++)
        {
            var v = normalised[i];
            if (!double.IsNaN(v) && !(v > 0))
            {
                throw new InvalidIndexException(
                    $"Geometric aggregation needs every normalised value above zero, but '{Table.Indicators[i % M].Code}' of '{Units[i / M]}' is {Normaliser.F(v)} after {normaliser.Description}. " +
                    "Normalise to a strictly positive range (e.g. min–max to [1, 100]) or use arithmetic aggregation.");
            }
        }
    }
}

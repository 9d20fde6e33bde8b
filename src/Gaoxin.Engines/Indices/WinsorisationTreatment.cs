namespace Gaoxin.Engines.Indices;

/// <summary>Applies <see cref="Winsorisation"/> to the raw values of the units being scored, column by column, logging every change.</summary>
internal static class WinsorisationTreatment
{
    /// <param name="values">Unit-major raw values of the scored units (NaN missing), changed in place.</param>
    public static void Apply(double[] values, IReadOnlyList<string> units, IReadOnlyList<IndexIndicator> indicators, Winsorisation rule, List<ClippedPoint> clipped, List<StillSkewed> stillSkewed)
    {
        var m = indicators.Count;
        for (var j = 0; j < m; j++)
        {
            var rows = new List<int>();
            for (var u = 0; u < units.Count; u++)
            {
                if (!double.IsNaN(values[(u * m) + j]))
                {
                    rows.Add(u);
                }
            }

            double Value(int row) => values[(row * m) + j];
            var (skew, kurt) = Stats();
            for (var points = 0; points < rule.MaxPoints && Beyond(skew, kurt); points++)
            {
                // Positive skew: the highest point takes the next highest value; negative: the lowest the next lowest.
                var ordered = skew > 0 ? rows.OrderByDescending(Value).ToList() : rows.OrderBy(Value).ToList();
                var extreme = ordered[0];
                var next = Value(ordered[1]);
                if (Value(extreme) != next)
                {
                    clipped.Add(new ClippedPoint(units[extreme], indicators[j].Code, Value(extreme), next));
                    values[(extreme * m) + j] = next;
                }

                (skew, kurt) = Stats();
            }

            if (Beyond(skew, kurt))
            {
                stillSkewed.Add(new StillSkewed(indicators[j].Code, skew, kurt));
            }

            (double, double) Stats() => SkewAndKurtosis.Of(rows.Select(Value).ToList());
        }

        bool Beyond(double skew, double kurt) => Math.Abs(skew) > rule.SkewLimit && kurt > rule.KurtosisLimit;
    }
}

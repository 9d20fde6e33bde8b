namespace Gaoxin.Engines.Indices;

/// <summary>
/// Rank: the unit's position among the units with a value, 1 for the worst and n for the best (so higher stays better);
/// tied values share the mean of their positions. Robust to outliers, blind to distances.
/// </summary>
public sealed record RankNormaliser : Normaliser
{
    public override string Description => "rank";

    internal override void Normalise(ReadOnlySpan<double> values, IndexIndicator indicator, Span<double> output)
    {
        var sign = indicator.Direction == IndicatorDirection.Negative ? -1.0 : 1.0;
        var present = new List<(double Key, int Index)>(values.Length);
        for (var i = 0; i < values.Length; i++)
        {
            output[i] = double.NaN;
            if (!double.IsNaN(values[i]))
            {
                present.Add((sign * values[i], i));
            }
        }

        present.Sort((a, b) => a.Key.CompareTo(b.Key));
        for (var start = 0; start < present.Count;)
        {
            var end = start;
            while (end + 1 < present.Count && present[end + 1].Key == present[start].Key)
            {
                end++;
            }

            var meanRank = ((start + 1) + (end + 1)) / 2.0;
            for (var k = start; k <= end; k++)
            {
                output[present[k].Index] = meanRank;
            }

            start = end + 1;
        }
    }
}

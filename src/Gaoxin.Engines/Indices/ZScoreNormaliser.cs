namespace Gaoxin.Engines.Indices;

/// <summary>
/// z-score: (x − mean) ÷ standard deviation (sample, n − 1), rescaled to <see cref="Mean"/> and
/// <see cref="StandardDeviation"/>, the sign turned for a negative indicator. Values below zero are normal, so a
/// z-score with mean 0 cannot feed a geometric mean; a constant indicator gives every unit the mean.
/// </summary>
public sealed record ZScoreNormaliser(double Mean, double StandardDeviation) : Normaliser
{
    public override string Description => $"z-score (mean {F(Mean)}, sd {F(StandardDeviation)})";

    internal override void Normalise(ReadOnlySpan<double> values, IndexIndicator indicator, Span<double> output)
    {
        if (!(StandardDeviation > 0))
        {
            throw new InvalidIndexException($"A z-score needs a positive standard deviation, not {F(StandardDeviation)}.");
        }

        double sum = 0;
        var n = 0;
        foreach (var v in values)
        {
            if (!double.IsNaN(v))
            {
                sum += v;
                n++;
            }
        }

        var mean = sum / n;
        double squares = 0;
        foreach (var v in values)
        {
            if (!double.IsNaN(v))
            {
                squares += (v - mean) * (v - mean);
            }
        }

        var sd = n > 1 ? Math.Sqrt(squares / (n - 1)) : 0;
        var sign = indicator.Direction == IndicatorDirection.Negative ? -1.0 : 1.0;
        for (var i = 0; i < values.Length; i++)
        {
            var v = values[i];
            output[i] = double.IsNaN(v) ? double.NaN : sd == 0 ? Mean : Mean + (StandardDeviation * sign * (v - mean) / sd);
        }
    }
}

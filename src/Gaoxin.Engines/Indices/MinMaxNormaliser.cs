namespace Gaoxin.Engines.Indices;

/// <summary>
/// Min–max: (x − min) ÷ (max − min) scaled to [<see cref="Low"/>, <see cref="High"/>], reversed for a negative indicator.
/// An indicator on which every unit has the same value gives every unit the middle of the range: it cannot tell them apart.
/// </summary>
public sealed record MinMaxNormaliser(double Low, double High) : Normaliser
{
    public override string Description => $"min–max to [{F(Low)}, {F(High)}]";

    internal override void Normalise(ReadOnlySpan<double> values, IndexIndicator indicator, Span<double> output)
    {
        if (!(High > Low))
        {
            throw new InvalidIndexException($"Min–max needs high above low, not [{F(Low)}, {F(High)}].");
        }

        var (min, max, _) = Range(values);
        var span = max - min;
        var reverse = indicator.Direction == IndicatorDirection.Negative;
        for (var i = 0; i < values.Length; i++)
        {
            var v = values[i];
            output[i] = double.IsNaN(v) ? double.NaN
                : span == 0 ? (Low + High) / 2
                : Low + ((High - Low) * (reverse ? max - v : v - min) / span);
        }
    }
}

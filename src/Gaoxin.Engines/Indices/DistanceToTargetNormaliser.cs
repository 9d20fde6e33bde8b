namespace Gaoxin.Engines.Indices;

/// <summary>
/// Distance to target: how far a unit has come from the worst value towards the indicator's
/// <see cref="IndexIndicator.Target"/> — (x − min) ÷ (target − min) for a positive indicator, (max − x) ÷ (max − target)
/// for a negative one — capped at 1 (reaching the target is full marks) and scaled to [<see cref="Low"/>, <see cref="High"/>].
/// </summary>
public sealed record DistanceToTargetNormaliser(double Low, double High) : Normaliser
{
    public override string Description => $"distance to target to [{F(Low)}, {F(High)}]";

    internal override void Normalise(ReadOnlySpan<double> values, IndexIndicator indicator, Span<double> output)
    {
        var target = indicator.Target
            ?? throw new InvalidIndexException($"Distance-to-target normalisation needs a target for indicator '{indicator.Code}'.");
        if (!(High > Low))
        {
            throw new InvalidIndexException($"Distance to target needs high above low, not [{F(Low)}, {F(High)}].");
        }

        var (min, max, _) = Range(values);
        var positive = indicator.Direction == IndicatorDirection.Positive;
        var worst = positive ? min : max;
        var distance = positive ? target - min : max - target;
        for (var i = 0; i < values.Length; i++)
        {
            var v = values[i];
            if (double.IsNaN(v))
            {
                output[i] = double.NaN;
                continue;
            }

            // A target no worse than the worst unit means every unit has reached it.
            var progress = distance <= 0 ? 1.0 : Math.Min(1.0, (positive ? v - worst : worst - v) / distance);
            output[i] = Low + ((High - Low) * progress);
        }
    }
}

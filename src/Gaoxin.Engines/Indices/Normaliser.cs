using System.Globalization;

namespace Gaoxin.Engines.Indices;

/// <summary>
/// Puts an indicator's values on a common scale with "higher is better" (a negative indicator is turned round here).
/// A normaliser reads one column of present values (NaN for a missing one, kept NaN) and writes the normalised column.
/// </summary>
public abstract record Normaliser
{
    /// <summary>Min–max to [<paramref name="low"/>, <paramref name="high"/>]: the worst unit gets low, the best high.</summary>
    public static Normaliser MinMax(double low = 0, double high = 100) => new MinMaxNormaliser(low, high);

    /// <summary>z-score rescaled to the given mean and standard deviation (sample standard deviation).</summary>
    public static Normaliser ZScore(double mean = 0, double standardDeviation = 1) => new ZScoreNormaliser(mean, standardDeviation);

    /// <summary>The unit's rank among the units with a value, 1 for the worst; ties get the mean of their ranks.</summary>
    public static Normaliser Rank() => new RankNormaliser();

    /// <summary>Progress from the worst value to the indicator's target, capped at the target, scaled to [low, high].</summary>
    public static Normaliser DistanceToTarget(double low = 0, double high = 100) => new DistanceToTargetNormaliser(low, high);

    /// <summary>A short description for messages and run parameters, e.g. "min–max to [0, 100]".</summary>
    public abstract string Description { get; }

    /// <summary>Normalises one column. <paramref name="values"/> and <paramref name="output"/> have one entry per unit; NaN stays NaN.</summary>
    internal abstract void Normalise(ReadOnlySpan<double> values, IndexIndicator indicator, Span<double> output);

    internal static (double Min, double Max, int Count) Range(ReadOnlySpan<double> values)
    {
        double min = double.PositiveInfinity, max = double.NegativeInfinity;
        var count = 0;
        foreach (var v in values)
        {
            if (!double.IsNaN(v))
            {
                min = Math.Min(min, v);
                max = Math.Max(max, v);
                count++;
            }
        }

        return (min, max, count);
    }

    internal static string F(double v) => v.ToString("0.###", CultureInfo.InvariantCulture);
}

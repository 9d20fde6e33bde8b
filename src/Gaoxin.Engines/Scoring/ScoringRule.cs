namespace Gaoxin.Engines.Scoring;

/// <summary>
/// How one indicator turns a unit's <see cref="Measure"/> into points. Every rule's score lies in 0 … the indicator's
/// points; the explanation is the sum a unit sees in its breakdown ("40 × min(4/5, 1) = 32").
/// </summary>
public abstract record ScoringRule
{
    /// <summary>Refuses a rule that cannot work with the indicator it is attached to (e.g. tier points above the indicator's points).</summary>
    internal virtual void Validate(ContestIndicator indicator)
    {
    }

    /// <param name="indicator">The indicator being scored.</param>
    /// <param name="unitId">The unit being scored.</param>
    /// <param name="measure">The unit's measure.</param>
    /// <param name="classMeasures">Every unit of the same class with its measure for this indicator (for rank rules).</param>
    internal abstract (decimal Score, string Explanation) Score(ContestIndicator indicator, string unitId, Measure measure, IReadOnlyDictionary<string, Measure> classMeasures);

    internal static decimal Clamp(decimal score, decimal points) => Math.Clamp(score, 0m, points);

    internal static string Format(decimal value) => value.ToString("0.####", System.Globalization.CultureInfo.InvariantCulture);
}

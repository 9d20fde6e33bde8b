namespace Gaoxin.Engines.Scoring;

/// <summary>A tier: a value of at least <see cref="Minimum"/> earns <see cref="Points"/>.</summary>
public sealed record ScoreTier(decimal Minimum, decimal Points);

/// <summary>
/// Threshold tiers: the points of the highest tier the value reaches (e.g. ≥ 95 % → 10, ≥ 90 % → 8, ≥ 80 % → 5);
/// below every tier, 0.
/// </summary>
public sealed record ThresholdTiersRule(IReadOnlyList<ScoreTier> Tiers) : ScoringRule
{
    internal override void Validate(ContestIndicator indicator)
    {
        if (Tiers.Count == 0)
        {
            throw new InvalidContestException($"Indicator '{indicator.Code}': give at least one tier.");
        }

        if (Tiers.FirstOrDefault(t => t.Points < 0 || t.Points > indicator.Points) is { } bad)
        {
            throw new InvalidContestException($"Indicator '{indicator.Code}': the tier from {bad.Minimum} gives {bad.Points} points, outside 0 … {indicator.Points}.");
        }
    }

    internal override (decimal Score, string Explanation) Score(ContestIndicator indicator, string unitId, Measure measure, IReadOnlyDictionary<string, Measure> classMeasures)
    {
        var tier = Tiers.Where(t => measure.Value >= t.Minimum).OrderByDescending(t => t.Minimum).FirstOrDefault();
        return tier is null
            ? (0m, $"{Format(measure.Value)} is below every tier → 0")
            : (tier.Points, $"{Format(measure.Value)} ≥ {Format(tier.Minimum)} → {Format(tier.Points)}");
    }
}

namespace Gaoxin.Engines.Scoring;

/// <summary>
/// Points × completion rate, the rate capped at <see cref="Cap"/> (1 = no credit for overshooting the target; 1.2 lets a
/// unit earn up to 120 % of the points only if the indicator's points allow it — the score never exceeds them).
/// The rate is actual ÷ target when the measure has a target, otherwise the measure's value itself.
/// </summary>
public sealed record CompletionRateRule(decimal Cap = 1m) : ScoringRule
{
    internal override void Validate(ContestIndicator indicator)
    {
        if (Cap <= 0)
        {
            throw new InvalidContestException($"Indicator '{indicator.Code}': the completion-rate cap must be positive, not {Cap}.");
        }
    }

    internal override (decimal Score, string Explanation) Score(ContestIndicator indicator, string unitId, Measure measure, IReadOnlyDictionary<string, Measure> classMeasures)
    {
        decimal rate;
        string rateText;
        if (measure.Target is { } target)
        {
            if (target <= 0)
            {
                throw new InvalidContestException($"Indicator '{indicator.Code}' of '{unitId}': the target must be positive to compute a completion rate, not {target}.");
            }

            rate = measure.Value / target;
            rateText = $"{Format(measure.Value)}/{Format(target)}";
        }
        else
        {
            rate = measure.Value;
            rateText = Format(measure.Value);
        }

        var score = Clamp(indicator.Points * Math.Max(0m, Math.Min(rate, Cap)), indicator.Points);
        return (score, $"{Format(indicator.Points)} × min({rateText}, {Format(Cap)}) = {Format(score)}");
    }
}

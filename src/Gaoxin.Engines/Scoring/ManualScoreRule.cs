namespace Gaoxin.Engines.Scoring;

/// <summary>
/// A score the assessors give by hand. It must come with a note saying why, and lie between 0 and the indicator's points;
/// anything else is refused rather than clipped, because a typing slip in a published ranking is worse than a question.
/// </summary>
public sealed record ManualScoreRule : ScoringRule
{
    internal override (decimal Score, string Explanation) Score(ContestIndicator indicator, string unitId, Measure measure, IReadOnlyDictionary<string, Measure> classMeasures)
    {
        if (string.IsNullOrWhiteSpace(measure.Note))
        {
            throw new InvalidContestException($"Indicator '{indicator.Code}' of '{unitId}' is scored by hand: add a note saying why {Format(measure.Value)}.");
        }

        if (measure.Value < 0 || measure.Value > indicator.Points)
        {
            throw new InvalidContestException($"Indicator '{indicator.Code}' of '{unitId}': the manual score {Format(measure.Value)} is outside 0 … {Format(indicator.Points)}.");
        }

        return (measure.Value, $"manual: {Format(measure.Value)} ({measure.Note})");
    }
}

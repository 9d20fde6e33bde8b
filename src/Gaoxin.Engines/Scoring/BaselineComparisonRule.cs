namespace Gaoxin.Engines.Scoring;

/// <summary>How a baseline comparison measures the change against last year.</summary>
public enum BaselineChange
{
    /// <summary>The values are percentages (e.g. on-time rates); the change is this year's minus last year's, in percentage points.</summary>
    PercentagePoints,

    /// <summary>The values are amounts; the change is the growth over last year, in percent (±).</summary>
    GrowthPercent,
}

/// <summary>
/// Baseline comparison: <see cref="BasePoints"/> for matching last year, plus <see cref="PointsPerPercentagePoint"/> for
/// each percentage point better (minus for each point worse), capped at the indicator's points and floored at 0.
/// </summary>
public sealed record BaselineComparisonRule(decimal BasePoints, decimal PointsPerPercentagePoint, BaselineChange Change = BaselineChange.PercentagePoints) : ScoringRule
{
    internal override void Validate(ContestIndicator indicator)
    {
        if (BasePoints < 0 || BasePoints > indicator.Points)
        {
            throw new InvalidContestException($"Indicator '{indicator.Code}': the points for matching last year ({BasePoints}) must lie between 0 and {indicator.Points}.");
        }
    }

    internal override (decimal Score, string Explanation) Score(ContestIndicator indicator, string unitId, Measure measure, IReadOnlyDictionary<string, Measure> classMeasures)
    {
        var baseline = measure.Baseline
            ?? throw new InvalidContestException($"Indicator '{indicator.Code}' of '{unitId}' compares with last year: enter last year's value.");
        decimal change;
        if (Change == BaselineChange.PercentagePoints)
        {
            change = measure.Value - baseline;
        }
        else
        {
            if (baseline == 0)
            {
                throw new InvalidContestException($"Indicator '{indicator.Code}' of '{unitId}': last year's value is 0, so growth cannot be computed.");
            }

            change = (measure.Value - baseline) / Math.Abs(baseline) * 100m;
        }

        var raw = BasePoints + (PointsPerPercentagePoint * change);
        var score = Clamp(raw, indicator.Points);
        return (score, $"{Format(BasePoints)} + {Format(PointsPerPercentagePoint)} × {Format(Math.Round(change, 4))} pp = {Format(raw)}, capped to 0 … {Format(indicator.Points)} → {Format(score)}");
    }
}

namespace Gaoxin.Engines.Scoring;

/// <summary>
/// Rank points within the unit's class: first place gets the full points, each place below loses
/// <see cref="StepPerPlace"/>, never below <see cref="Floor"/>. Ties share the better place and the same points, and the
/// next unit takes the place after them (standard competition ranking, 1-2-2-4), so a tie never costs a third unit.
/// </summary>
public sealed record RankPointsRule(decimal StepPerPlace, bool LowerIsBetter = false, decimal Floor = 0m) : ScoringRule
{
    internal override void Validate(ContestIndicator indicator)
    {
        if (StepPerPlace < 0 || Floor < 0 || Floor > indicator.Points)
        {
            throw new InvalidContestException($"Indicator '{indicator.Code}': the step per place must not be negative and the floor must lie between 0 and {indicator.Points}.");
        }
    }

    internal override (decimal Score, string Explanation) Score(ContestIndicator indicator, string unitId, Measure measure, IReadOnlyDictionary<string, Measure> classMeasures)
    {
        var better = classMeasures.Values.Count(m => LowerIsBetter ? m.Value < measure.Value : m.Value > measure.Value);
        var place = better + 1;
        var score = Clamp(Math.Max(Floor, indicator.Points - (StepPerPlace * better)), indicator.Points);
        return (score, $"place {place} of {classMeasures.Count}: {Format(indicator.Points)} − {Format(StepPerPlace)} × {better} = {Format(score)}");
    }
}

namespace Gaoxin.Engines.Scoring;

/// <summary>One indicator of a unit's breakdown: the points it could earn, the score, the sum that gave it, and the measure's source.</summary>
public sealed record IndicatorScore(string Code, string Name, string Group, decimal Points, decimal Score, string Explanation, string? Source);

/// <summary>One comparison (比…) of a unit's breakdown: the sum of its indicators.</summary>
public sealed record GroupScore(string Group, decimal Points, decimal Score);

/// <summary>
/// A unit's result for a period: the breakdown by indicator and comparison, the base score, the capped bonus and penalty,
/// the final score, veto and grade, the rank within its class (1-2-2-4 on ties; vetoed units after all others) and
/// <see cref="GapToNextPlace"/>: the points it lacks to reach the unit placed just above it (null at the top).
/// </summary>
public sealed record UnitResult(
    ContestUnit Unit,
    IReadOnlyList<IndicatorScore> Indicators,
    IReadOnlyList<GroupScore> Groups,
    decimal BaseScore,
    decimal Bonus,
    decimal Penalty,
    decimal Score,
    IReadOnlyList<VetoEntry> Vetoes,
    string Grade,
    int Rank,
    decimal? GapToNextPlace)
{
    public bool Vetoed => Vetoes.Count > 0;

    public GroupScore this[string group] => Groups.Single(g => g.Group == group);
}

/// <summary>A scored period: every unit's result, ordered by class then rank.</summary>
public sealed record ContestResult(string Period, IReadOnlyList<UnitResult> Units)
{
    public UnitResult this[string unitId] => Units.Single(u => u.Unit.Id == unitId);
}

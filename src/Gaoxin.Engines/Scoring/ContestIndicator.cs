namespace Gaoxin.Engines.Scoring;

/// <summary>
/// One scored indicator of a contest: its code, its name, the comparison it belongs to (<see cref="ContestGroups"/>),
/// its full points and the rule that turns a unit's measure into points (never more than <see cref="Points"/>).
/// </summary>
public sealed record ContestIndicator(string Code, string Name, string Group, decimal Points, ScoringRule Rule);

namespace Gaoxin.Engines.Scoring;

/// <summary>
/// A bonus (加分) or penalty (减分) item a contest allows, e.g. "引进世界500强 +2 each, at most 4". Points entered for one
/// unit and month are summed per item and capped at <see cref="Cap"/>; the contest then caps all bonuses (or all
/// penalties) together.
/// </summary>
public sealed record AdjustmentItem(string Code, string Name, decimal Cap);

/// <summary>Points entered against a bonus or penalty item, always as a positive number, with the reason.</summary>
public sealed record Adjustment(string Code, decimal Points, string Note);

namespace Gaoxin.Engines.Scoring;

/// <summary>
/// A unit that competes (a department, a sub-park, a project team). Units are ranked against the others of the same
/// <see cref="Class"/> (一类、二类 …): rank points and the published ranking never compare across classes.
/// </summary>
public sealed record ContestUnit(string Id, string Name, string Class = "");

namespace Gaoxin.Engines.Scoring;

/// <summary>
/// A veto item (一票否决), e.g. a major safety accident or a serious discipline breach. One triggered veto puts the unit
/// into the contest's veto grade whatever its score, ranks it after every unit without a veto, and pays no performance pay.
/// </summary>
public sealed record VetoItem(string Code, string Name);

/// <summary>A veto triggered for a unit in a period, with the facts that triggered it.</summary>
public sealed record VetoEntry(string Code, string Note);

using System.Globalization;
using Gaoxin.Engines.Rules.Language;

namespace Gaoxin.Engines.Rules.Policies;

/// <summary>A text in both UI languages.</summary>
public sealed record LocalizedText(string Zh, string En)
{
    public string For(CultureInfo culture) => culture.Name.StartsWith("zh", StringComparison.OrdinalIgnoreCase) ? Zh : En;
}

/// <summary>The guide's four kinds of policy item (DOMAIN.md §4).</summary>
public enum PolicyCategory
{
    /// <summary>减免</summary>
    Relief,

    /// <summary>奖补</summary>
    Award,

    /// <summary>权益</summary>
    Right,

    /// <summary>资质</summary>
    Qualification,
}

/// <summary>Where an input comes from; only profile and reported data allow 免申即享 (no application).</summary>
public enum InputSource
{
    /// <summary>The enterprise profile the zone keeps (一企一档).</summary>
    Profile,

    /// <summary>A figure the enterprise or a department reported.</summary>
    Reported,

    /// <summary>Asked on the application form.</summary>
    Application,
}

/// <summary>A declared input: its name in formulas, type, allowed values for an enumeration, source and label.</summary>
public sealed record InputDeclaration(string Name, RuleType Type, IReadOnlyList<string>? Options, InputSource Source, LocalizedText Label);

/// <summary>One dated value of a parameter, with the article it comes from. <see cref="Until"/> is inclusive.</summary>
public sealed record ParameterPeriod(DateOnly From, DateOnly? Until, decimal Value, KeyedTable? Table, BracketTable? Brackets, string Reference);

/// <summary>A parameter with its dated values (never overlapping).</summary>
public sealed record PolicyParameter(string Name, RuleType Type, ParameterShape Shape, RuleType KeyType, LocalizedText Label, IReadOnlyList<ParameterPeriod> Periods)
{
    public ParameterPeriod? On(DateOnly date) => Periods.LastOrDefault(p => p.From <= date && (p.Until is null || date <= p.Until));
}

/// <summary>An expression with its source text and where that text starts in the file.</summary>
public sealed record Formula(string Text, Expr Tree);

/// <summary>One dated version of the eligibility and amount formulas, with its per-enterprise cap.</summary>
public sealed record PolicyVersion(DateOnly From, DateOnly? Until, string Reference, Formula Eligible, Formula Amount, Formula? Cap);

/// <summary>What an exception replaces.</summary>
public enum OverrideTarget
{
    Eligible,
    Amount,
    Cap,
}

/// <summary>
/// An exception (例外) that replaces the base rule's eligibility, amount or cap when its condition holds. The higher
/// priority wins; two firing at the same priority is a conflict, reported and never resolved silently.
/// </summary>
public sealed record PolicyOverride(string Id, LocalizedText Label, OverrideTarget Target, int Priority, DateOnly? From, DateOnly? Until, Formula When, Formula Value, string Reference)
{
    public bool InForceOn(DateOnly date) => (From is null || From <= date) && (Until is null || date <= Until);
}

/// <summary>How amounts are rounded before the cap applies: to <see cref="Decimals"/> places (2 = to the fen).</summary>
public sealed record RoundingRule(int Decimals, MidpointRounding Mode)
{
    public static readonly RoundingRule Fen = new(2, MidpointRounding.AwayFromZero);

    public decimal Apply(decimal amount) => Math.Round(amount, Decimals, Mode);
}

/// <summary>A policy as code: identity, inputs, dated parameters, dated versions, exceptions and rounding.</summary>
public sealed class Policy
{
    public required string Id { get; init; }
    public required LocalizedText Title { get; init; }
    public required string Document { get; init; }
    public required PolicyCategory Category { get; init; }
    public required IReadOnlyList<InputDeclaration> Inputs { get; init; }
    public required IReadOnlyList<PolicyParameter> Parameters { get; init; }
    public required IReadOnlyList<PolicyVersion> Versions { get; init; }
    public required IReadOnlyList<PolicyOverride> Exceptions { get; init; }
    public required RoundingRule Rounding { get; init; }
    public required RuleScope Scope { get; init; }
    public required TypeChecker Types { get; init; }

    /// <summary>The version in force on <paramref name="date"/>, or null before the policy began or after it ended.</summary>
    public PolicyVersion? VersionOn(DateOnly date) => Versions.LastOrDefault(v => v.From <= date && (v.Until is null || date <= v.Until));

    /// <summary>A yearly period is judged by the rules in force on its first day.</summary>
    public static DateOnly DateOf(int period) => new(period, 1, 1);

    /// <summary>True when every input comes from data the zone holds, so the benefit can be granted without an application (免申即享).</summary>
    public bool NeedsNoApplication => Inputs.All(i => i.Source != InputSource.Application);
}

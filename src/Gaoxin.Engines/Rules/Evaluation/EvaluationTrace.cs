using System.Globalization;
using Gaoxin.Engines.Rules.Policies;

namespace Gaoxin.Engines.Rules.Evaluation;

/// <summary>A parameter as used: its value on the period's date, the dates of that value and its legal reference.</summary>
public sealed record ParameterUse(string Name, LocalizedText Label, string Value, DateOnly From, DateOnly? Until, string Reference);

/// <summary>A named intermediate value of the evaluation (eligibility, raw amount, rounded amount, cap).</summary>
public sealed record TraceStep(string Name, string Value);

/// <summary>
/// How a verdict was reached: the version and its reference, every parameter used with its dates and reference,
/// the exception that fired (or the ones in conflict), whether the cap bound, intermediate values and the missing
/// inputs that mattered. <see cref="Explain"/> turns it into one sentence in zh-CN or en.
/// </summary>
public sealed class EvaluationTrace
{
    public required string PolicyId { get; init; }
    public required int Period { get; init; }
    public required DateOnly Date { get; init; }
    public required Verdict Verdict { get; init; }
    public PolicyVersion? Version { get; init; }
    public required IReadOnlyList<ParameterUse> Parameters { get; init; }
    public required IReadOnlyList<TraceStep> Steps { get; init; }
    public PolicyOverride? ExceptionFired { get; init; }
    public required IReadOnlyList<PolicyOverride> Conflicting { get; init; }
    public required IReadOnlyList<LocalizedText> MissingInputs { get; init; }
    public decimal? RawAmount { get; init; }
    public decimal? Cap { get; init; }
    public bool CapBound => Verdict.Capped;

    internal Func<CultureInfo, string> AmountFormula { get; init; } = _ => "";
    internal Func<CultureInfo, IReadOnlyList<string>> FailedConditions { get; init; } = _ => [];

    /// <summary>The explanation sentence, e.g. "外销配套额 6000万元 × 2% = 120万元，超过上限 100万元，按上限 100万元奖励".</summary>
    public string Explain(CultureInfo culture) => Explanation.Sentence(this, culture);
}

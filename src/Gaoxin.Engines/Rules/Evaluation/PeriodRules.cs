using Gaoxin.Engines.Rules.Language;
using Gaoxin.Engines.Rules.Policies;

namespace Gaoxin.Engines.Rules.Evaluation;

/// <summary>A compiled exception: its condition and its replacement value, as delegates.</summary>
internal sealed record CompiledOverride(PolicyOverride Source, short Index, ConditionFormula When, ConditionFormula? Flag, NumericFormula? Value);

/// <summary>A compiled version of the formulas (compiled once per policy version).</summary>
internal sealed record CompiledVersion(PolicyVersion Source, ConditionFormula Eligible, NumericFormula Amount, NumericFormula? Cap);

/// <summary>
/// Everything in force for one period: the version, parameter values on the period's date and the exceptions in force,
/// grouped by what they override. Evaluating a row reads only this and the input frame.
/// </summary>
public sealed class PeriodRules
{
    internal PeriodRules(Policy policy, int period, DateOnly date, CompiledVersion? version, ParameterValues parameters, CompiledOverride[] overrides)
    {
        Policy = policy;
        Period = period;
        Date = date;
        Version = version;
        Parameters = parameters;
        EligibleOverrides = overrides.Where(o => o.Source.Target == OverrideTarget.Eligible).ToArray();
        AmountOverrides = overrides.Where(o => o.Source.Target == OverrideTarget.Amount).ToArray();
        CapOverrides = overrides.Where(o => o.Source.Target == OverrideTarget.Cap).ToArray();
    }

    public Policy Policy { get; }
    public int Period { get; }
    public DateOnly Date { get; }
    public ParameterValues Parameters { get; }

    /// <summary>The version in force, or null when the policy was not in force.</summary>
    public PolicyVersion? VersionInForce => Version?.Source;

    internal CompiledVersion? Version { get; }
    internal CompiledOverride[] EligibleOverrides { get; }
    internal CompiledOverride[] AmountOverrides { get; }
    internal CompiledOverride[] CapOverrides { get; }
}

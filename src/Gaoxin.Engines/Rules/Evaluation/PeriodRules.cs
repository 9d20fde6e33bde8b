using Gaoxin.Engines.Rules.Language;
using Gaoxin.Engines.Rules.Policies;

namespace Gaoxin.Engines.Rules.Evaluation;

/// <summary>A compiled exception: its condition and its replacement value, as delegates.</summary>
internal sealed record CompiledOverride(PolicyOverride Source, short Index, ConditionFormula When, ConditionFormula? Flag, NumericFormula? Value)
{
    public required StrictConditionFormula StrictWhen { get; init; }
    public StrictConditionFormula? StrictFlag { get; init; }
    public StrictNumericFormula? StrictValue { get; init; }
}

/// <summary>The input columns a version and its exceptions read; when all are present in a row, the strict delegates apply.</summary>
internal sealed record RequiredInputs(int[] Numbers, int[] Flags, int[] Texts)
{
    public bool AllPresent(InputFrame frame, int row)
    {
        foreach (var slot in Numbers)
        {
            if (!frame.Numbers[slot][row].HasValue)
            {
                return false;
            }
        }

        foreach (var slot in Texts)
        {
            if (frame.Texts[slot][row] is null)
            {
                return false;
            }
        }

        foreach (var slot in Flags)
        {
            if (!frame.Flags[slot][row].HasValue)
            {
                return false;
            }
        }

        return true;
    }
}

/// <summary>A compiled version of the formulas (compiled once per policy version).</summary>
internal sealed record CompiledVersion(PolicyVersion Source, ConditionFormula Eligible, NumericFormula Amount, NumericFormula? Cap)
{
    public required StrictConditionFormula StrictEligible { get; init; }
    public required StrictNumericFormula StrictAmount { get; init; }
    public StrictNumericFormula? StrictCap { get; init; }
    public required RequiredInputs Required { get; init; }
}

/// <summary>
/// Everything in force for one period: the version, parameter values on the period's date and the exceptions in force,
/// grouped by what they override. Evaluating a row reads only this and the input frame.
/// </summary>
public sealed class PeriodRules
{
    internal PeriodRules(Policy policy, int period, DateOnly date, CompiledVersion? version, ParameterValues parameters, CompiledOverride[] overrides, Func<PeriodRules, ChunkKernel?> kernel)
    {
        _kernel = new Lazy<ChunkKernel?>(() => kernel(this));
        Policy = policy;
        Period = period;
        Date = date;
        Version = version;
        Parameters = parameters;
        EligibleOverrides = overrides.Where(o => o.Source.Target == OverrideTarget.Eligible).ToArray();
        AmountOverrides = overrides.Where(o => o.Source.Target == OverrideTarget.Amount).ToArray();
        CapOverrides = overrides.Where(o => o.Source.Target == OverrideTarget.Cap).ToArray();
    }

    private readonly Lazy<ChunkKernel?> _kernel;

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

    /// <summary>The fused loop for batches, compiled on first use; null when no version is in force.</summary>
    internal ChunkKernel? Kernel => _kernel.Value;

    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, ChunkKernel?> _fixedKernels = new(StringComparer.Ordinal);

    /// <summary>
    /// The exact integer loop for a frame's fixed-point columns (parameters of this period inlined), compiled once per
    /// set of column scales; null when the frame has no fixed columns or the formulas need decimals.
    /// </summary>
    internal ChunkKernel? FixedKernel(InputFrame frame)
        => Version is null || frame.Fixed is not { } columns ? null : _fixedKernels.GetOrAdd(FixedKernelCompiler.KeyOf(columns), _ => FixedKernelCompiler.TryCompile(this, columns));
}

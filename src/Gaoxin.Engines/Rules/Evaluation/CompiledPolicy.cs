using System.Collections.Concurrent;
using Gaoxin.Engines.Rules.Language;
using Gaoxin.Engines.Rules.Policies;

namespace Gaoxin.Engines.Rules.Evaluation;

/// <summary>
/// A policy whose versions and exceptions are compiled to delegates (once), with the rules of each period
/// (version + parameter values on that date) resolved on first use and cached. Thread-safe.
/// </summary>
public sealed class CompiledPolicy
{
    private readonly CompiledVersion[] _versions;
    private readonly CompiledOverride[] _overrides;
    private readonly ConcurrentDictionary<int, PeriodRules> _periods = new();
    private readonly ConcurrentDictionary<string, ChunkKernel> _kernels = new(StringComparer.Ordinal);

    private CompiledPolicy(Policy policy)
    {
        Policy = policy;
        var compiler = new RuleCompiler(policy.Scope, policy.Types);
        var strict = new StrictCompiler(policy.Scope, policy.Types);
        _overrides = policy.Exceptions.Select((e, i) => new CompiledOverride(e, (short)i, compiler.CompileCondition(e.When.Tree),
            e.Target == OverrideTarget.Eligible ? compiler.CompileCondition(e.Value.Tree) : null,
            e.Target == OverrideTarget.Eligible ? null : compiler.CompileNumeric(e.Value.Tree))
        {
            StrictWhen = strict.CompileCondition(e.When.Tree),
            StrictFlag = e.Target == OverrideTarget.Eligible ? strict.CompileCondition(e.Value.Tree) : null,
            StrictValue = e.Target == OverrideTarget.Eligible ? null : strict.CompileNumeric(e.Value.Tree),
        }).ToArray();
        var exceptionNames = policy.Exceptions.SelectMany(e => Used(e.When.Tree).Concat(Used(e.Value.Tree))).ToList();
        _versions = policy.Versions.Select(v => new CompiledVersion(v, compiler.CompileCondition(v.Eligible.Tree), compiler.CompileNumeric(v.Amount.Tree),
            v.Cap is null ? null : compiler.CompileNumeric(v.Cap.Tree))
        {
            StrictEligible = strict.CompileCondition(v.Eligible.Tree),
            StrictAmount = strict.CompileNumeric(v.Amount.Tree),
            StrictCap = v.Cap is null ? null : strict.CompileNumeric(v.Cap.Tree),
            Required = Required(policy, Used(v.Eligible.Tree).Concat(Used(v.Amount.Tree)).Concat(v.Cap is null ? [] : Used(v.Cap.Tree)).Concat(exceptionNames)),
        }).ToArray();
    }

    private static RequiredInputs Required(Policy policy, IEnumerable<string> names)
    {
        var inputs = names.Distinct().Select(policy.Scope.Find).OfType<InputSymbol>().ToList();
        return new RequiredInputs(
            inputs.Where(i => RuleTypes.IsNumeric(i.Type)).Select(i => i.Slot).ToArray(),
            inputs.Where(i => i.Type == RuleType.Boolean).Select(i => i.Slot).ToArray(),
            inputs.Where(i => i.Type == RuleType.Text).Select(i => i.Slot).ToArray());
    }

    public Policy Policy { get; }

    public static CompiledPolicy Compile(Policy policy) => new(policy);

    /// <summary>Loads and compiles a policy from YAML text.</summary>
    public static CompiledPolicy Load(string yaml, string? file = null) => new(PolicyLoader.Load(yaml, file));

    /// <summary>The rules in force in a yearly period (judged on its first day).</summary>
    public PeriodRules ForPeriod(int period) => _periods.GetOrAdd(period, Resolve);

    /// <summary>Evaluates one enterprise from named inputs (missing key or null = missing input).</summary>
    public Verdict Evaluate(IReadOnlyDictionary<string, object?> inputs, int period)
        => RowEvaluator.Evaluate(ForPeriod(period), FrameBuilder.Build(Policy, [inputs]), 0);

    /// <summary>Evaluates row <paramref name="row"/> of a frame built for this policy.</summary>
    public Verdict Evaluate(PeriodRules rules, InputFrame frame, int row) => RowEvaluator.Evaluate(Own(rules), frame, row);

    /// <summary>Evaluates one enterprise and says how: version, parameters with dates and references, exception, cap, intermediate values.</summary>
    public EvaluationTrace Trace(IReadOnlyDictionary<string, object?> inputs, int period)
    {
        var rules = ForPeriod(period);
        return TraceBuilder.Build(rules, FrameBuilder.Build(Policy, [inputs]), 0);
    }

    /// <summary>The trace of one row of a frame (e.g. to explain a batch result).</summary>
    public EvaluationTrace Trace(PeriodRules rules, InputFrame frame, int row) => TraceBuilder.Build(Own(rules), frame, row);

    private PeriodRules Own(PeriodRules rules)
        => ReferenceEquals(rules.Policy, Policy) ? rules : throw new ArgumentException($"These period rules belong to {rules.Policy.Id}, not {Policy.Id}.", nameof(rules));

    private PeriodRules Resolve(int period)
    {
        var date = Policy.DateOf(period);
        var version = Array.Find(_versions, v => v.Source.From <= date && (v.Source.Until is null || date <= v.Source.Until));
        var scalars = new List<decimal>();
        var keyed = new List<KeyedTable?>();
        var brackets = new List<BracketTable?>();
        foreach (var p in Policy.Parameters)
        {
            // A parameter not in force on the date stays empty; only a formula that reads it fails, naming it.
            var value = p.On(date);
            switch (p.Shape)
            {
                case ParameterShape.Keyed:
                    keyed.Add(value?.Table);
                    break;
                case ParameterShape.Brackets:
                    brackets.Add(value?.Brackets);
                    break;
                default:
                    scalars.Add(value?.Value ?? 0m);
                    break;
            }
        }

        var overrides = _overrides.Where(o => o.Source.InForceOn(date)).ToArray();
        if (version is not null)
        {
            // Every parameter a formula in force reads must have a value on the date: an empty one would read as zero.
            var used = Used(version.Source.Eligible.Tree).Concat(Used(version.Source.Amount.Tree)).Concat(version.Source.Cap is { } c ? Used(c.Tree) : [])
                .Concat(overrides.SelectMany(o => Used(o.Source.When.Tree).Concat(Used(o.Source.Value.Tree))));
            foreach (var name in used.Distinct())
            {
                if (Policy.Parameters.FirstOrDefault(x => x.Name == name) is { } p && p.On(date) is null)
                {
                    throw new PolicyDefinitionException(FormattableString.Invariant($"{Policy.Id}: parameter '{name}' has no value on {date:yyyy-MM-dd}, but a formula in force then uses it"));
                }
            }
        }

        return new PeriodRules(Policy, period, date, version, new ParameterValues([.. scalars], [.. keyed], [.. brackets]), overrides, Kernel);
    }

    // One kernel per version and set of exceptions in force, shared by every period that has them.
    private ChunkKernel? Kernel(PeriodRules rules)
    {
        if (rules.Version is not { } version)
        {
            return null;
        }

        var key = $"{Array.IndexOf(_versions, version)}:{string.Join(',', rules.EligibleOverrides.Concat(rules.AmountOverrides).Concat(rules.CapOverrides).Select(o => o.Index))}";
        return _kernels.GetOrAdd(key, _ => KernelCompiler.Compile(Policy, version, rules.EligibleOverrides, rules.AmountOverrides, rules.CapOverrides));
    }

    internal static IEnumerable<string> Used(Expr e) => e switch
    {
        Name n => [n.Identifier],
        Lookup l => Used(l.Key).Prepend(l.Table),
        Unary u => Used(u.Operand),
        Binary b => Used(b.Left).Concat(Used(b.Right)),
        Conditional c => Used(c.Condition).Concat(Used(c.Then)).Concat(Used(c.Else)),
        Call c => c.Arguments.SelectMany(Used),
        Membership m => Used(m.Value),
        _ => [],
    };
}

using System.Globalization;
using Gaoxin.Engines.Rules.Language;
using Gaoxin.Engines.Rules.Policies;

namespace Gaoxin.Engines.Rules.Evaluation;

/// <summary>Re-reads one row with the interpreter to record how the compiled verdict came about.</summary>
internal static class TraceBuilder
{
    public static EvaluationTrace Build(PeriodRules rules, InputFrame frame, int row)
    {
        var policy = rules.Policy;
        var verdict = RowEvaluator.Evaluate(rules, frame, row);
        var values = new RuleInterpreter(policy.Scope, policy.Types, frame, row, rules.Parameters);
        var version = rules.VersionInForce;
        var inForce = policy.Exceptions.Where(e => e.InForceOn(rules.Date)).ToList();
        var fired = verdict.ExceptionFired >= 0 ? policy.Exceptions[verdict.ExceptionFired] : null;

        var conflicting = verdict.Decision == Decision.Conflict && fired is not null
            ? inForce.Where(e => e.Target == fired.Target && e.Priority == fired.Priority && values.Eval(e.When.Tree) is true).ToList()
            : [];

        var formulas = new List<Formula>();
        if (version is not null)
        {
            formulas.AddRange(version.Cap is null ? [version.Eligible, version.Amount] : [version.Eligible, version.Amount, version.Cap]);
        }

        formulas.AddRange(inForce.SelectMany(e => new[] { e.When, e.Value }));

        var amountFormula = fired is { Target: OverrideTarget.Amount } ? fired.Value : version?.Amount;
        var capFormula = fired is { Target: OverrideTarget.Cap } ? fired.Value : version?.Cap;
        var raw = amountFormula is null ? null : (decimal?)values.Eval(amountFormula.Tree);
        var cap = capFormula is null ? null : (decimal?)values.Eval(capFormula.Tree);

        var missing = verdict.Decision == Decision.CannotDecide
            ? formulas.SelectMany(f => values.Missing(f.Tree)).Distinct().Select(n => policy.Inputs.First(i => i.Name == n).Label).ToList()
            : [];

        var steps = new List<TraceStep>();
        if (version is not null)
        {
            steps.Add(new TraceStep("eligible", Show(values.Eval(version.Eligible.Tree))));
            steps.Add(new TraceStep("amount", Show(raw)));
            steps.Add(new TraceStep("rounded", raw is { } r ? policy.Rounding.Apply(r).ToString(CultureInfo.InvariantCulture) : "unknown"));
            steps.Add(new TraceStep("cap", Show(cap)));
            steps.Add(new TraceStep("capped", verdict.Capped ? "true" : "false"));
        }

        steps.Add(new TraceStep("result", verdict.Decision == Decision.Eligible ? verdict.Amount.ToString("0.00", CultureInfo.InvariantCulture) : verdict.EligibleText));

        return new EvaluationTrace
        {
            PolicyId = policy.Id,
            Period = rules.Period,
            Date = rules.Date,
            Verdict = verdict,
            Version = version,
            Parameters = Parameters(policy, rules, formulas),
            Steps = steps,
            ExceptionFired = verdict.Decision == Decision.Conflict ? null : fired,
            Conflicting = conflicting,
            MissingInputs = missing,
            RawAmount = raw,
            Cap = cap,
            AmountFormula = c => amountFormula is null ? "" : new FormulaRenderer(policy, values, c).Render(amountFormula.Tree),
            FailedConditions = c => Failed(policy, values, version, fired, c),
        };
    }

    private static string Show(object? value) => value switch
    {
        null => "unknown",
        bool b => b ? "true" : "false",
        decimal d => d.ToString(CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    private static List<ParameterUse> Parameters(Policy policy, PeriodRules rules, List<Formula> formulas)
    {
        var used = formulas.SelectMany(f => CompiledPolicy.Used(f.Tree)).ToHashSet();
        var list = new List<ParameterUse>();
        foreach (var p in policy.Parameters.Where(p => used.Contains(p.Name)))
        {
            if (p.On(rules.Date) is not { } period)
            {
                continue;
            }

            var value = p.Shape switch
            {
                ParameterShape.Keyed => string.Join("; ", period.Table!.Values.Select(kv => $"{kv.Key}: {AmountText.Value(p.Type, kv.Value, CultureInfo.InvariantCulture)}")),
                ParameterShape.Brackets => string.Join("; ", period.Brackets!.Thresholds.Zip(period.Brackets.Values).Select(b => $"≥{AmountText.Value(p.KeyType, b.First, CultureInfo.InvariantCulture)}: {AmountText.Value(p.Type, b.Second, CultureInfo.InvariantCulture)}")),
                _ => AmountText.Value(p.Type, period.Value, CultureInfo.InvariantCulture),
            };
            list.Add(new ParameterUse(p.Name, p.Label, value, period.From, period.Until, period.Reference));
        }

        return list;
    }

    private static List<string> Failed(Policy policy, RuleInterpreter values, PolicyVersion? version, PolicyOverride? fired, CultureInfo culture)
    {
        var zh = AmountText.IsChinese(culture);
        if (fired is { Target: OverrideTarget.Eligible })
        {
            return [zh ? $"适用例外「{fired.Label.Zh}」" : $"the exception '{fired.Label.En}' applies"];
        }

        if (version is null)
        {
            return [];
        }

        var renderer = new FormulaRenderer(policy, values, culture);
        return Conjuncts(version.Eligible.Tree).Where(c => values.Eval(c) is false)
            .Select(c => renderer.Render(c) + (zh ? " 不成立" : " does not hold")).ToList();
    }

    private static IEnumerable<Expr> Conjuncts(Expr e) => e is Binary { Operator: "and" } b ? Conjuncts(b.Left).Concat(Conjuncts(b.Right)) : [e];
}

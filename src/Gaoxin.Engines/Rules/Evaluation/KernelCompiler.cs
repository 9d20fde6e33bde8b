using System.Linq.Expressions;
using Gaoxin.Engines.Rules.Language;
using Gaoxin.Engines.Rules.Policies;
using Lx = System.Linq.Expressions.Expression;

namespace Gaoxin.Engines.Rules.Evaluation;

/// <summary>Evaluates rows <c>[start, end)</c> into <c>output[row - start]</c>.</summary>
internal delegate void ChunkKernel(PeriodRules rules, InputFrame frame, int start, int end, Verdict[] output);

/// <summary>
/// Fuses a version, its exceptions in force, rounding and cap into one compiled loop over a chunk of rows: columns are
/// loaded once per chunk, formulas are inlined, and no delegate is called per row. Rows with a missing input go to the
/// three-valued <see cref="RowEvaluator"/>. Gives the verdicts <see cref="StrictRowEvaluator"/> gives.
/// </summary>
internal static class KernelCompiler
{
    private static readonly System.Reflection.ConstructorInfo VerdictOf = typeof(Verdict).GetConstructor([typeof(Decision), typeof(decimal), typeof(bool), typeof(short)])!;

    /// <summary>Compiles the kernel of a version with the exceptions in force (reusable by every period with the same ones).</summary>
    public static ChunkKernel Compile(Policy policy, CompiledVersion version, CompiledOverride[] eligibleOverrides, CompiledOverride[] amountOverrides, CompiledOverride[] capOverrides)
    {
        var rules = Lx.Parameter(typeof(PeriodRules), "rules");
        var frame = Lx.Parameter(typeof(InputFrame), "frame");
        var parameters = Lx.Variable(typeof(ParameterValues), "parameters");
        var start = Lx.Parameter(typeof(int), "start");
        var end = Lx.Parameter(typeof(int), "end");
        var output = Lx.Parameter(typeof(Verdict[]), "output");
        var row = Lx.Variable(typeof(int), "row");
        var scalars = Lx.Variable(typeof(decimal[]), "scalars");
        var variables = new List<ParameterExpression> { row, scalars, parameters };
        var prologue = new List<Lx>
        {
            Lx.Assign(parameters, Lx.Property(rules, nameof(PeriodRules.Parameters))),
            Lx.Assign(scalars, Lx.Property(parameters, nameof(ParameterValues.Scalars))),
        };

        var columns = new Dictionary<string, ParameterExpression>(StringComparer.Ordinal);
        foreach (var input in policy.Inputs.Select(i => (InputSymbol)policy.Scope.Find(i.Name)!))
        {
            var (kind, type) = input.Type switch
            {
                RuleType.Text => (nameof(InputFrame.Texts), typeof(string?[])),
                RuleType.Boolean => (nameof(InputFrame.Flags), typeof(bool?[])),
                _ => (nameof(InputFrame.Numbers), typeof(decimal?[])),
            };
            var column = Lx.Variable(type, input.Name);
            columns[input.Name] = column;
            variables.Add(column);
            prologue.Add(Lx.Assign(column, Lx.ArrayIndex(Lx.Property(frame, kind), Lx.Constant(input.Slot))));
        }

        var strict = new StrictCompiler(policy.Scope, policy.Types, row, parameters, columns, scalars);
        var next = Lx.Label("next");
        var cell = Lx.ArrayAccess(output, Lx.Subtract(row, start));
        var fired = Lx.Variable(typeof(short), "fired");
        variables.Add(fired);
        Lx Emit(Decision decision, Lx amount, bool capped) => Lx.Block(Lx.Assign(cell, Lx.New(VerdictOf, Lx.Constant(decision), amount, Lx.Constant(capped), fired)), Lx.Goto(next));

        var body = new List<Lx>();
        var required = RequiredPresent(policy, version.Required, columns, row);
        if (required is not null)
        {
            var fallback = typeof(RowEvaluator).GetMethod(nameof(RowEvaluator.EvaluateThreeValued), System.Reflection.BindingFlags.Static | System.Reflection.BindingFlags.NonPublic)!;
            body.Add(Lx.IfThen(Lx.Not(required), Lx.Block(Lx.Assign(cell, Lx.Call(fallback, rules, Lx.Constant(version), frame, row)), Lx.Goto(next))));
        }

        body.Add(Lx.Assign(fired, Lx.Constant((short)-1)));
        var eligible = Lx.Variable(typeof(bool), "eligible");
        var amount = Lx.Variable(typeof(decimal), "amount");
        var cap = Lx.Variable(typeof(decimal), "cap");
        variables.AddRange([eligible, amount, cap]);

        body.Add(Lx.Assign(eligible, strict.Build(version.Source.Eligible.Tree)));
        body.AddRange(Resolve(eligibleOverrides, eligible, fired, strict, variables, Emit));
        body.Add(Lx.IfThen(Lx.Not(eligible), Emit(Decision.NotEligible, Lx.Constant(0m), false)));
        body.Add(Lx.Assign(amount, strict.Build(version.Source.Amount.Tree)));
        body.AddRange(Resolve(amountOverrides, amount, fired, strict, variables, Emit));

        // Rounding and the cap inline, as StrictRowEvaluator.Capped does them: a cap at the rounding precision binds when
        // the unrounded amount exceeds it, and an amount already at the precision is not rounded again.
        var decimals = Lx.Constant((int)policy.Rounding.Decimals);
        var rounded = Lx.Variable(typeof(decimal), "rounded");
        variables.Add(rounded);
        var scaleOf = typeof(decimal).GetProperty(nameof(decimal.Scale))!;
        var round = typeof(Math).GetMethod(nameof(Math.Round), [typeof(decimal), typeof(int), typeof(MidpointRounding)])!;
        var rounding = Lx.Assign(rounded, Lx.Condition(Lx.LessThanOrEqual(Lx.Convert(Lx.Property(amount, scaleOf), typeof(int)), decimals), amount,
            Lx.Call(round, amount, decimals, Lx.Constant(policy.Rounding.Mode))));
        if (version.Source.Cap is null && capOverrides.Length == 0)
        {
            body.Add(rounding);
            body.Add(Emit(Decision.Eligible, rounded, false));
        }
        else
        {
            body.Add(Lx.Assign(cap, version.Source.Cap is null ? Lx.Constant(decimal.MaxValue) : strict.Build(version.Source.Cap.Tree)));
            body.AddRange(Resolve(capOverrides, cap, fired, strict, variables, Emit));
            body.Add(Lx.IfThen(Lx.AndAlso(Lx.Call(typeof(StrictRowEvaluator), nameof(StrictRowEvaluator.OnGrid), null, cap, decimals), Lx.GreaterThan(amount, cap)),
                Emit(Decision.Eligible, cap, true)));
            body.Add(rounding);
            body.Add(Lx.IfThen(Lx.GreaterThan(rounded, cap), Emit(Decision.Eligible, cap, true)));
            body.Add(Emit(Decision.Eligible, rounded, false));
        }

        body.Add(Lx.Label(next));
        body.Add(Lx.PreIncrementAssign(row));

        var done = Lx.Label("done");
        var loop = Lx.Loop(Lx.IfThenElse(Lx.GreaterThanOrEqual(row, end), Lx.Break(done), Lx.Block(body)), done);
        var block = Lx.Block(variables, prologue.Append(Lx.Assign(row, start)).Append(loop));
        return Lx.Lambda<ChunkKernel>(block, rules, frame, start, end, output).Compile();
    }

    private static Lx? RequiredPresent(Policy policy, RequiredInputs required, Dictionary<string, ParameterExpression> columns, ParameterExpression row)
    {
        var tests = new List<Lx>();
        foreach (var input in policy.Inputs.Select(i => (InputSymbol)policy.Scope.Find(i.Name)!))
        {
            var slots = input.Type switch { RuleType.Text => required.Texts, RuleType.Boolean => required.Flags, _ => required.Numbers };
            if (slots.Contains(input.Slot))
            {
                var value = Lx.ArrayAccess(columns[input.Name], row);
                tests.Add(input.Type == RuleType.Text ? Lx.NotEqual(value, Lx.Constant(null, typeof(string))) : Lx.Property(value, "HasValue"));
            }
        }

        return tests.Count == 0 ? null : tests.Aggregate(Lx.AndAlso);
    }

    /// <summary>Highest priority firing wins; a tie that fires emits a conflict verdict for the row.</summary>
    private static IEnumerable<Lx> Resolve(CompiledOverride[] overrides, ParameterExpression target, ParameterExpression fired, StrictCompiler strict, List<ParameterExpression> variables, Func<Decision, Lx, bool, Lx> emit)
    {
        if (overrides.Length == 0)
        {
            yield break;
        }

        var winner = Lx.Variable(typeof(int), "winner");
        var best = Lx.Variable(typeof(int), "best");
        var conflict = Lx.Variable(typeof(bool), "conflict");
        variables.AddRange([winner, best, conflict]);
        yield return Lx.Assign(winner, Lx.Constant(-1));
        yield return Lx.Assign(best, Lx.Constant(int.MinValue));
        yield return Lx.Assign(conflict, Lx.Constant(false));
        for (var i = 0; i < overrides.Length; i++)
        {
            var priority = Lx.Constant(overrides[i].Source.Priority);
            yield return Lx.IfThen(strict.Build(overrides[i].Source.When.Tree), Lx.IfThenElse(Lx.GreaterThan(priority, best),
                Lx.Block(Lx.Assign(best, priority), Lx.Assign(winner, Lx.Constant(i)), Lx.Assign(conflict, Lx.Constant(false))),
                Lx.IfThen(Lx.Equal(priority, best), Lx.Assign(conflict, Lx.Constant(true)))));
        }

        var indexes = overrides.Select(o => o.Index).ToArray();
        yield return Lx.IfThen(conflict, Lx.Block(Lx.Assign(fired, Lx.ArrayIndex(Lx.Constant(indexes), winner)), emit(Decision.Conflict, Lx.Constant(0m), false)));
        for (var i = 0; i < overrides.Length; i++)
        {
            yield return Lx.IfThen(Lx.Equal(winner, Lx.Constant(i)),
                Lx.Block(Lx.Assign(target, strict.Build(overrides[i].Source.Value.Tree)), Lx.Assign(fired, Lx.Constant(overrides[i].Index))));
        }
    }
}

using Gaoxin.Engines.Rules.Language;
using Gaoxin.Engines.Rules.Policies;
using Lx = System.Linq.Expressions.Expression;
using Px = System.Linq.Expressions.ParameterExpression;

namespace Gaoxin.Engines.Rules.Evaluation;

/// <summary>
/// The exact integer fast path of a batch. Every numeric value is a <c>long</c> holding <c>value × 10^scale</c> with the
/// scale known when compiling (inputs from their column, parameters and literals from their value); + − × min max
/// round and comparisons on such integers are exact, and every step that could overflow is checked, so the loop either
/// gives the decimal path's verdicts or throws <see cref="OverflowException"/> and the chunk is evaluated again with
/// decimals. Texts compare as dictionary codes. Anything else (division, table lookups, a cap only an exception sets)
/// is not compiled here: <see cref="TryCompile"/> answers null and the decimal kernel runs.
/// </summary>
internal static class FixedKernelCompiler
{
    private static readonly System.Reflection.ConstructorInfo VerdictOf = typeof(Verdict).GetConstructor([typeof(Decision), typeof(decimal), typeof(bool), typeof(short)])!;

    private readonly record struct Fx(Lx Value, int Scale);

    private sealed class NotFixedException : Exception;

    /// <summary>The kernel for rules in force (parameters inlined) and a frame's column scales, or null when not expressible.</summary>
    public static ChunkKernel? TryCompile(PeriodRules rules, FixedColumns columns)
    {
        try
        {
            return new Builder(rules, columns).Compile();
        }
        catch (NotFixedException)
        {
            return null;
        }
    }

    /// <summary>The cache key of a kernel: the scale of each numeric column (x where a column has no fixed form).</summary>
    public static string KeyOf(FixedColumns columns) => string.Join(',', columns.Numbers.Select(c => c is null ? "x" : c.Scale.ToString(System.Globalization.CultureInfo.InvariantCulture)));

    private sealed class Builder(PeriodRules rules, FixedColumns fixedColumns)
    {
        private readonly Policy _policy = rules.Policy;
        private readonly Px _rules = Lx.Parameter(typeof(PeriodRules), "rules");
        private readonly Px _frame = Lx.Parameter(typeof(InputFrame), "frame");
        private readonly Px _row = Lx.Variable(typeof(int), "row");
        private readonly Px _fixed = Lx.Variable(typeof(FixedColumns), "fixed");
        private readonly List<Px> _variables = [];
        private readonly List<Lx> _prologue = [];
        private readonly Dictionary<string, Px> _columns = new(StringComparer.Ordinal);

        public ChunkKernel Compile()
        {
            var version = rules.Version!;
            var start = Lx.Parameter(typeof(int), "start");
            var end = Lx.Parameter(typeof(int), "end");
            var output = Lx.Parameter(typeof(Verdict[]), "output");
            _variables.AddRange([_row, _fixed]);
            _prologue.Add(Lx.Assign(_fixed, Lx.Property(_frame, nameof(InputFrame.Fixed))));

            var next = Lx.Label("next");
            var cell = Lx.ArrayAccess(output, Lx.Subtract(_row, start));
            var fired = Variable(typeof(short), "fired");
            Lx Emit(Decision decision, Lx amount, bool capped) => Lx.Block(Lx.Assign(cell, Lx.New(VerdictOf, Lx.Constant(decision), amount, Lx.Constant(capped), fired)), Lx.Goto(next));
            Lx EmitFixed(Lx value, int scale, bool capped) => Emit(Decision.Eligible, Lx.Call(typeof(FixedMath), nameof(FixedMath.ToDecimal), null, value, Lx.Constant(scale)), capped);

            var body = new List<Lx>();
            if (RequiredPresent(version.Required) is { } present)
            {
                var fallback = typeof(RowEvaluator).GetMethod(nameof(RowEvaluator.EvaluateThreeValued), System.Reflection.BindingFlags.Static | System.Reflection.BindingFlags.NonPublic)!;
                body.Add(Lx.IfThen(Lx.Not(present), Lx.Block(Lx.Assign(cell, Lx.Call(fallback, _rules, Lx.Constant(version), _frame, _row)), Lx.Goto(next))));
            }

            body.Add(Lx.Assign(fired, Lx.Constant((short)-1)));
            var eligible = Variable(typeof(bool), "eligible");
            body.Add(Lx.Assign(eligible, Bool(version.Source.Eligible.Tree)));
            body.AddRange(Resolve(rules.EligibleOverrides, eligible, fired, o => Bool(o.Source.Value.Tree), Emit));
            body.Add(Lx.IfThen(Lx.Not(eligible), Emit(Decision.NotEligible, Lx.Constant(0m), false)));

            var baseAmount = Num(version.Source.Amount.Tree);
            var amountValues = rules.AmountOverrides.Select(o => Num(o.Source.Value.Tree)).ToArray();
            var sa = amountValues.Select(v => v.Scale).Append(baseAmount.Scale).Max();
            var amount = Variable(typeof(long), "amount");
            body.Add(Lx.Assign(amount, Align(baseAmount, sa)));
            body.AddRange(Resolve(rules.AmountOverrides, amount, fired, o => Align(amountValues[Array.IndexOf(rules.AmountOverrides, o)], sa), Emit));

            var rounding = _policy.Rounding;
            if (rounding.Mode is not (MidpointRounding.AwayFromZero or MidpointRounding.ToEven or MidpointRounding.ToZero))
            {
                throw new NotFixedException();
            }

            var d = rounding.Decimals;
            var sr = Math.Min(sa, d);
            var rounded = Variable(typeof(long), "rounded");
            var round = Lx.Assign(rounded, sa <= d ? amount : RoundBy(amount, sa - d, rounding.Mode));
            if (version.Source.Cap is null && rules.CapOverrides.Length == 0)
            {
                body.Add(round);
                body.Add(EmitFixed(rounded, sr, false));
            }
            else
            {
                if (version.Source.Cap is null)
                {
                    throw new NotFixedException();
                }

                var baseCap = Num(version.Source.Cap.Tree);
                var capValues = rules.CapOverrides.Select(o => Num(o.Source.Value.Tree)).ToArray();
                var sc = capValues.Select(v => v.Scale).Append(baseCap.Scale).Max();
                var cap = Variable(typeof(long), "cap");
                body.Add(Lx.Assign(cap, Align(baseCap, sc)));
                body.AddRange(Resolve(rules.CapOverrides, cap, fired, o => Align(capValues[Array.IndexOf(rules.CapOverrides, o)], sc), Emit));

                // As the decimal paths: a cap on the rounding grid binds when the unrounded amount exceeds it.
                var m = Math.Max(sa, sc);
                Lx exceeds = Lx.GreaterThan(Align(new Fx(amount, sa), m), Align(new Fx(cap, sc), m));
                Lx onGrid = sc <= d ? Lx.Constant(true) : Lx.Call(typeof(FixedMath), nameof(FixedMath.AtPrecision), null, cap, Lx.Constant(FixedMath.Pow10(sc - d)));
                body.Add(Lx.IfThen(Lx.AndAlso(onGrid, exceeds), EmitFixed(cap, sc, true)));
                body.Add(round);
                var mr = Math.Max(sr, sc);
                body.Add(Lx.IfThen(Lx.GreaterThan(Align(new Fx(rounded, sr), mr), Align(new Fx(cap, sc), mr)), EmitFixed(cap, sc, true)));
                body.Add(EmitFixed(rounded, sr, false));
            }

            body.Add(Lx.Label(next));
            body.Add(Lx.PreIncrementAssign(_row));
            var done = Lx.Label("done");
            var loop = Lx.Loop(Lx.IfThenElse(Lx.GreaterThanOrEqual(_row, end), Lx.Break(done), Lx.Block(body)), done);
            var block = Lx.Block(_variables, _prologue.Append(Lx.Assign(_row, start)).Append(loop));
            return Lx.Lambda<ChunkKernel>(block, _rules, _frame, start, end, output).Compile();
        }

        private Px Variable(Type type, string name)
        {
            var v = Lx.Variable(type, name);
            _variables.Add(v);
            return v;
        }

        private Lx? RequiredPresent(RequiredInputs required)
        {
            var tests = new List<Lx>();
            foreach (var input in _policy.Inputs.Select(i => (InputSymbol)_policy.Scope.Find(i.Name)!))
            {
                switch (input.Type)
                {
                    case RuleType.Text when required.Texts.Contains(input.Slot):
                        tests.Add(Lx.GreaterThanOrEqual(Lx.ArrayIndex(TextColumn(input).Codes, _row), Lx.Constant(0)));
                        break;
                    case RuleType.Boolean when required.Flags.Contains(input.Slot):
                        tests.Add(Lx.Property(Lx.ArrayIndex(FlagColumn(input), _row), nameof(Nullable<bool>.HasValue)));
                        break;
                    case var t when RuleTypes.IsNumeric(t) && required.Numbers.Contains(input.Slot):
                        tests.Add(Lx.NotEqual(Lx.ArrayIndex(NumberColumn(input).Values, _row), Lx.Constant(FixedNumberColumn.Missing)));
                        break;
                }
            }

            return tests.Count == 0 ? null : tests.Aggregate(Lx.AndAlso);
        }

        private (Px Values, int Scale) NumberColumn(InputSymbol input)
        {
            var column = fixedColumns.Numbers[input.Slot] ?? throw new NotFixedException();
            return (Column(input.Name, typeof(long[]), () => Lx.Property(Lx.ArrayIndex(Lx.Property(_fixed, nameof(FixedColumns.Numbers)), Lx.Constant(input.Slot)), nameof(FixedNumberColumn.Values))), column.Scale);
        }

        private (Px Codes, Px Column) TextColumn(InputSymbol input)
        {
            var column = Column(input.Name + "#column", typeof(TextCodeColumn), () => Lx.ArrayIndex(Lx.Property(_fixed, nameof(FixedColumns.Texts)), Lx.Constant(input.Slot)));
            return (Column(input.Name, typeof(int[]), () => Lx.Property(column, nameof(TextCodeColumn.Codes))), column);
        }

        private Px FlagColumn(InputSymbol input)
            => Column(input.Name, typeof(bool?[]), () => Lx.ArrayIndex(Lx.Property(_frame, nameof(InputFrame.Flags)), Lx.Constant(input.Slot)));

        // A local loaded once per chunk (column arrays, codes of literals, masks).
        private Px Column(string key, Type type, Func<Lx> load)
        {
            if (!_columns.TryGetValue(key, out var local))
            {
                local = Variable(type, key);
                _prologue.Add(Lx.Assign(local, load()));
                _columns[key] = local;
            }

            return local;
        }

        private Fx Num(Expr e) => e switch
        {
            NumberLiteral n => Constant(n.Value),
            DateLiteral d => new Fx(Lx.Constant((long)d.Value.DayNumber), 0),
            Name n => NumName(n),
            Unary u when u.Operator != "not" => Num(u.Operand) is var x ? new Fx(Lx.NegateChecked(x.Value), x.Scale) : default,
            Binary { Operator: "+" or "-" } b => AddOrSubtract(b),
            Binary { Operator: "*" } b => Multiply(Num(b.Left), Num(b.Right)),
            Conditional c => Choice(Bool(c.Condition), Num(c.Then), Num(c.Else)),
            Call { Function: "round" } c => RoundTo(Num(c.Arguments[0]), c.Arguments.Count == 2 ? (int)((NumberLiteral)c.Arguments[1]).Value : 0),
            Call { Function: "min" or "max" } c => MinMax(c),
            _ => throw new NotFixedException(),
        };

        private Fx NumName(Name n) => _policy.Scope.Find(n.Identifier) switch
        {
            InputSymbol input when RuleTypes.IsNumeric(input.Type) => NumberColumn(input) is var (values, scale) ? new Fx(Lx.ArrayIndex(values, _row), scale) : default,
            ParameterSymbol { Shape: ParameterShape.Scalar } p => Constant(rules.Parameters.Scalars[p.Slot]),
            _ => throw new NotFixedException(),
        };

        private static Fx Constant(decimal value) => FixedMath.FromDecimal(value) is { } f ? new Fx(Lx.Constant(f.Value), f.Scale) : throw new NotFixedException();

        private static Lx Align(Fx x, int scale)
        {
            if (scale == x.Scale)
            {
                return x.Value;
            }

            var factor = FixedMath.Pow10(scale - x.Scale);
            if (x.Value is System.Linq.Expressions.ConstantExpression { Value: long c })
            {
                return Lx.Constant(Math.Abs(c) <= FixedMath.Limit / factor ? c * factor : throw new NotFixedException());
            }

            return Lx.MultiplyChecked(x.Value, Lx.Constant(factor));
        }

        private Fx AddOrSubtract(Binary b)
        {
            var (l, r) = (Num(b.Left), Num(b.Right));
            var s = Math.Max(l.Scale, r.Scale);
            return new Fx(b.Operator == "+" ? Lx.AddChecked(Align(l, s), Align(r, s)) : Lx.SubtractChecked(Align(l, s), Align(r, s)), s);
        }

        private static Fx Multiply(Fx l, Fx r)
            => l.Scale + r.Scale <= 18 ? new Fx(Lx.MultiplyChecked(l.Value, r.Value), l.Scale + r.Scale) : throw new NotFixedException();

        private static Fx Choice(Lx condition, Fx then, Fx otherwise)
        {
            var s = Math.Max(then.Scale, otherwise.Scale);
            return new Fx(Lx.Condition(condition, Align(then, s), Align(otherwise, s)), s);
        }

        private Fx RoundTo(Fx x, int decimals)
            => x.Scale <= decimals ? x : new Fx(RoundBy(x.Value, x.Scale - decimals, MidpointRounding.AwayFromZero), decimals);

        // FixedMath.Round inlined with a constant divisor, so the JIT divides by multiplying.
        private System.Linq.Expressions.BlockExpression RoundBy(Lx value, int digits, MidpointRounding mode)
        {
            var divisor = Lx.Constant(FixedMath.Pow10(digits));
            var (v, q, r) = (Variable(typeof(long), "v"), Variable(typeof(long), "q"), Variable(typeof(long), "r"));
            var sign = Lx.Condition(Lx.LessThan(v, Lx.Constant(0L)), Lx.Constant(-1L), Lx.Constant(1L));
            var twice = Lx.Multiply(Lx.Constant(2L), Lx.Condition(Lx.LessThan(r, Lx.Constant(0L)), Lx.Negate(r), r));
            Lx up = mode switch
            {
                MidpointRounding.AwayFromZero => Lx.GreaterThanOrEqual(twice, divisor),
                MidpointRounding.ToEven => Lx.OrElse(Lx.GreaterThan(twice, divisor), Lx.AndAlso(Lx.Equal(twice, divisor), Lx.NotEqual(Lx.And(q, Lx.Constant(1L)), Lx.Constant(0L)))),
                MidpointRounding.ToZero => Lx.Constant(false),
                _ => throw new NotFixedException(),
            };
            return Lx.Block(
                Lx.Assign(v, value),
                Lx.Assign(q, Lx.Divide(v, divisor)),
                Lx.Assign(r, Lx.Subtract(v, Lx.Multiply(q, divisor))),
                Lx.Condition(Lx.AndAlso(Lx.NotEqual(r, Lx.Constant(0L)), up), Lx.Add(q, sign), q));
        }

        private Fx MinMax(Call c)
        {
            var args = c.Arguments.Select(Num).ToList();
            var s = args.Max(a => a.Scale);
            var method = typeof(Math).GetMethod(c.Function == "min" ? nameof(Math.Min) : nameof(Math.Max), [typeof(long), typeof(long)])!;
            return new Fx(args.Skip(1).Aggregate(Align(args[0], s), (acc, a) => Lx.Call(method, acc, Align(a, s))), s);
        }

        private Lx Bool(Expr e) => e switch
        {
            BooleanLiteral b => Lx.Constant(b.Value),
            Name n when _policy.Scope.Find(n.Identifier) is InputSymbol { Type: RuleType.Boolean } flag
                => Lx.Call(Lx.ArrayAccess(FlagColumn(flag), _row), typeof(bool?).GetMethod(nameof(Nullable<bool>.GetValueOrDefault), Type.EmptyTypes)!),
            Unary { Operator: "not" } u => Lx.Not(Bool(u.Operand)),
            Binary { Operator: "and" } b => Lx.AndAlso(Bool(b.Left), Bool(b.Right)),
            Binary { Operator: "or" } b => Lx.OrElse(Bool(b.Left), Bool(b.Right)),
            Binary b => Compare(b),
            Conditional c => Lx.Condition(Bool(c.Condition), Bool(c.Then), Bool(c.Else)),
            Membership m => Member(m),
            _ => throw new NotFixedException(),
        };

        private Lx Compare(Binary b)
        {
            var type = rules.Policy.Types.TypeOf(b.Left);
            if (type == RuleType.Text)
            {
                var equal = TextEqual(b.Left, b.Right);
                return b.Operator switch { "==" => equal, "!=" => Lx.Not(equal), _ => throw new NotFixedException() };
            }

            if (type == RuleType.Boolean)
            {
                var (bl, br) = (Bool(b.Left), Bool(b.Right));
                return b.Operator switch { "==" => Lx.Equal(bl, br), "!=" => Lx.NotEqual(bl, br), _ => throw new NotFixedException() };
            }

            var (l, r) = (Num(b.Left), Num(b.Right));
            var s = Math.Max(l.Scale, r.Scale);
            var (left, right) = (Align(l, s), Align(r, s));
            return b.Operator switch
            {
                "<" => Lx.LessThan(left, right),
                "<=" => Lx.LessThanOrEqual(left, right),
                ">" => Lx.GreaterThan(left, right),
                ">=" => Lx.GreaterThanOrEqual(left, right),
                "==" => Lx.Equal(left, right),
                "!=" => Lx.NotEqual(left, right),
                _ => throw new NotFixedException(),
            };
        }

        private Lx TextEqual(Expr left, Expr right) => (left, right) switch
        {
            (TextLiteral a, TextLiteral b) => Lx.Constant(string.Equals(a.Value, b.Value, StringComparison.Ordinal)),
            (Name n, TextLiteral t) => CodeEquals(n, t.Value),
            (TextLiteral t, Name n) => CodeEquals(n, t.Value),
            (Name a, Name b) when a.Identifier == b.Identifier => Lx.Constant(true),
            _ => throw new NotFixedException(),
        };

        private System.Linq.Expressions.BinaryExpression CodeEquals(Name n, string text)
        {
            var input = _policy.Scope.Find(n.Identifier) as InputSymbol ?? throw new NotFixedException();
            var (codes, column) = TextColumn(input);
            var code = Column($"{input.Name}=={text}", typeof(int), () => Lx.Call(column, nameof(TextCodeColumn.CodeOf), null, Lx.Constant(text)));
            return Lx.Equal(Lx.ArrayIndex(codes, _row), code);
        }

        private Lx Member(Membership m)
        {
            if (m.Value is TextLiteral t)
            {
                return Lx.Constant(m.Options.Contains(t.Value, StringComparer.Ordinal));
            }

            var input = m.Value is Name n && _policy.Scope.Find(n.Identifier) is InputSymbol { Type: RuleType.Text } i ? i : throw new NotFixedException();
            var (codes, column) = TextColumn(input);
            var mask = Column($"{input.Name} in {string.Join('|', m.Options)}#{m.At}", typeof(bool[]), () => Lx.Call(column, nameof(TextCodeColumn.Mask), null, Lx.Constant(m.Options.ToArray())));
            return Lx.ArrayIndex(mask, Lx.ArrayIndex(codes, _row));
        }

        /// <summary>Highest priority firing wins; a tie that fires emits a conflict verdict for the row (as <see cref="KernelCompiler"/>).</summary>
        private List<Lx> Resolve(CompiledOverride[] overrides, Px target, Px fired, Func<CompiledOverride, Lx> valueOf, Func<Decision, Lx, bool, Lx> emit)
        {
            if (overrides.Length == 0)
            {
                return [];
            }

            var winner = Variable(typeof(int), "winner");
            var best = Variable(typeof(int), "best");
            var conflict = Variable(typeof(bool), "conflict");
            var steps = new List<Lx> { Lx.Assign(winner, Lx.Constant(-1)), Lx.Assign(best, Lx.Constant(int.MinValue)), Lx.Assign(conflict, Lx.Constant(false)) };
            for (var i = 0; i < overrides.Length; i++)
            {
                var priority = Lx.Constant(overrides[i].Source.Priority);
                steps.Add(Lx.IfThen(Bool(overrides[i].Source.When.Tree), Lx.IfThenElse(Lx.GreaterThan(priority, best),
                    Lx.Block(Lx.Assign(best, priority), Lx.Assign(winner, Lx.Constant(i)), Lx.Assign(conflict, Lx.Constant(false))),
                    Lx.IfThen(Lx.Equal(priority, best), Lx.Assign(conflict, Lx.Constant(true))))));
            }

            var indexes = overrides.Select(o => o.Index).ToArray();
            steps.Add(Lx.IfThen(conflict, Lx.Block(Lx.Assign(fired, Lx.ArrayIndex(Lx.Constant(indexes), winner)), emit(Decision.Conflict, Lx.Constant(0m), false))));
            for (var i = 0; i < overrides.Length; i++)
            {
                steps.Add(Lx.IfThen(Lx.Equal(winner, Lx.Constant(i)), Lx.Block(Lx.Assign(target, valueOf(overrides[i])), Lx.Assign(fired, Lx.Constant(overrides[i].Index)))));
            }

            return steps;
        }
    }
}

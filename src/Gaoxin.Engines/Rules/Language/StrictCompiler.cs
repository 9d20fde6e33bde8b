using System.Linq.Expressions;
using System.Reflection;
using Lx = System.Linq.Expressions.Expression;

namespace Gaoxin.Engines.Rules.Language;

/// <summary>A formula compiled for rows whose inputs are all present: plain decimals, no three-valued lifting.</summary>
public delegate decimal StrictNumericFormula(InputFrame frame, int row, ParameterValues parameters);

/// <summary>A condition compiled for rows whose inputs are all present.</summary>
public delegate bool StrictConditionFormula(InputFrame frame, int row, ParameterValues parameters);

/// <summary>
/// The fast path beside <see cref="RuleCompiler"/>: the same checked expression compiled on the promise that every input
/// it reads is present, so arithmetic and logic run on plain <c>decimal</c> and <c>bool</c>. The evaluator checks the
/// promise per row (a few null tests) and falls back to the three-valued delegates when an input is missing.
/// </summary>
public sealed class StrictCompiler
{
    private readonly RuleScope _scope;
    private readonly TypeChecker _types;
    private readonly ParameterExpression _frame = Lx.Parameter(typeof(InputFrame), "frame");
    private readonly ParameterExpression _row = Lx.Parameter(typeof(int), "row");
    private readonly ParameterExpression _parameters = Lx.Parameter(typeof(ParameterValues), "parameters");
    private readonly IReadOnlyDictionary<string, ParameterExpression>? _columns;
    private readonly ParameterExpression? _scalars;

    public StrictCompiler(RuleScope scope, TypeChecker types)
    {
        _scope = scope;
        _types = types;
    }

    /// <summary>For a fused loop: columns and the scalar parameters are locals loaded once per chunk.</summary>
    internal StrictCompiler(RuleScope scope, TypeChecker types, ParameterExpression row, ParameterExpression parameters, IReadOnlyDictionary<string, ParameterExpression> columns, ParameterExpression scalars)
        : this(scope, types)
    {
        _row = row;
        _parameters = parameters;
        _columns = columns;
        _scalars = scalars;
    }

    public StrictNumericFormula CompileNumeric(Expr expr) => Lx.Lambda<StrictNumericFormula>(Build(expr), _frame, _row, _parameters).Compile();

    public StrictConditionFormula CompileCondition(Expr expr) => Lx.Lambda<StrictConditionFormula>(Build(expr), _frame, _row, _parameters).Compile();

    private static MethodInfo Method(Type type, string name, params Type[] args) => type.GetMethod(name, args) ?? throw new MissingMethodException(type.Name, name);

    internal Lx Build(Expr expr) => expr switch
    {
        NumberLiteral n => Lx.Constant(n.Value),
        TextLiteral t => Lx.Constant(t.Value, typeof(string)),
        BooleanLiteral b => Lx.Constant(b.Value),
        DateLiteral d => Lx.Constant((decimal)d.Value.DayNumber),
        Name n => BuildName(n),
        Lookup l => BuildLookup(l),
        Unary { Operator: "not" } u => Lx.Not(Build(u.Operand)),
        Unary u => Lx.Negate(Build(u.Operand)),
        Binary b => BuildBinary(b),
        Conditional c => Lx.Condition(Build(c.Condition), Build(c.Then), Build(c.Else)),
        Call { Function: "round" } c => Lx.Call(Method(typeof(Math), nameof(Math.Round), typeof(decimal), typeof(int), typeof(MidpointRounding)), Build(c.Arguments[0]),
            Lx.Constant(c.Arguments.Count == 2 ? (int)((NumberLiteral)c.Arguments[1]).Value : 0), Lx.Constant(MidpointRounding.AwayFromZero)),
        Call c => c.Arguments.Skip(1).Aggregate(Build(c.Arguments[0]), (acc, a) => Lx.Call(Method(typeof(Math), c.Function == "min" ? nameof(Math.Min) : nameof(Math.Max), typeof(decimal), typeof(decimal)), acc, Build(a))),
        Membership m => Lx.GreaterThanOrEqual(Lx.Call(Method(typeof(Array), nameof(Array.IndexOf), typeof(Array), typeof(object)), Lx.Constant(m.Options.ToArray()), Build(m.Value)), Lx.Constant(0)),
        _ => throw new InvalidOperationException($"Cannot compile {expr.GetType().Name}."),
    };

    private Lx BuildName(Name n)
    {
        switch (_scope.Find(n.Identifier))
        {
            case InputSymbol hoisted when _columns is not null:
                var cellOf = Lx.ArrayAccess(_columns[hoisted.Name], _row);
                return hoisted.Type == RuleType.Text ? cellOf : Lx.Call(cellOf, cellOf.Type.GetMethod(nameof(Nullable<int>.GetValueOrDefault), Type.EmptyTypes)!);
            case ParameterSymbol scalar when _scalars is not null:
                return Lx.ArrayIndex(_scalars, Lx.Constant(scalar.Slot));
            case InputSymbol { Type: RuleType.Text } text:
                return Lx.ArrayIndex(Lx.ArrayIndex(Lx.Property(_frame, nameof(InputFrame.Texts)), Lx.Constant(text.Slot)), _row);
            case InputSymbol input:
                var column = input.Type == RuleType.Boolean ? nameof(InputFrame.Flags) : nameof(InputFrame.Numbers);
                var cell = Lx.ArrayAccess(Lx.ArrayIndex(Lx.Property(_frame, column), Lx.Constant(input.Slot)), _row);
                return Lx.Call(cell, cell.Type.GetMethod(nameof(Nullable<int>.GetValueOrDefault), Type.EmptyTypes)!);
            case ParameterSymbol p:
                return Lx.ArrayIndex(Lx.Property(_parameters, nameof(ParameterValues.Scalars)), Lx.Constant(p.Slot));
            default:
                throw new InvalidOperationException($"'{n.Identifier}' was not checked.");
        }
    }

    private MethodCallExpression BuildLookup(Lookup l)
    {
        var p = (ParameterSymbol)_scope.Find(l.Table)!;
        var (tables, type, keyType) = p.Shape == ParameterShape.Keyed
            ? (nameof(ParameterValues.Keyed), typeof(KeyedTable), typeof(string))
            : (nameof(ParameterValues.Brackets), typeof(BracketTable), typeof(decimal?));
        var key = keyType == typeof(string) ? Build(l.Key) : Lx.Convert(Build(l.Key), keyType);
        var lifted = Lx.Call(Method(typeof(RuleOperations), nameof(RuleOperations.Lookup), type, keyType), Lx.ArrayIndex(Lx.Property(_parameters, tables), Lx.Constant(p.Slot)), key);
        return Lx.Call(lifted, typeof(decimal?).GetMethod(nameof(Nullable<int>.GetValueOrDefault), Type.EmptyTypes)!);
    }

    private Lx BuildBinary(Binary b)
    {
        var left = Build(b.Left);
        var right = Build(b.Right);
        var operandType = _types.TypeOf(b.Left);
        return b.Operator switch
        {
            "and" => Lx.AndAlso(left, right),
            "or" => Lx.OrElse(left, right),
            "==" when operandType == RuleType.Text => Lx.Call(Method(typeof(string), nameof(string.Equals), typeof(string), typeof(string)), left, right),
            "!=" when operandType == RuleType.Text => Lx.Not(Lx.Call(Method(typeof(string), nameof(string.Equals), typeof(string), typeof(string)), left, right)),
            "/" => Lx.Call(Method(typeof(RuleOperations), nameof(RuleOperations.DivideKnown), typeof(decimal), typeof(decimal)), left, right),
            "+" => Lx.Add(left, right),
            "-" => Lx.Subtract(left, right),
            "*" => Lx.Multiply(left, right),
            "<" => Lx.LessThan(left, right),
            "<=" => Lx.LessThanOrEqual(left, right),
            ">" => Lx.GreaterThan(left, right),
            ">=" => Lx.GreaterThanOrEqual(left, right),
            "==" => Lx.Equal(left, right),
            "!=" => Lx.NotEqual(left, right),
            _ => throw new InvalidOperationException($"Unknown operator {b.Operator}."),
        };
    }
}

using System.Linq.Expressions;
using System.Reflection;
using Lx = System.Linq.Expressions.Expression;

namespace Gaoxin.Engines.Rules.Language;

/// <summary>A compiled amount or number formula for one row of an <see cref="InputFrame"/>; null when not known.</summary>
public delegate decimal? NumericFormula(InputFrame frame, int row, ParameterValues parameters);

/// <summary>A compiled condition for one row; null when a missing input leaves it undecided.</summary>
public delegate bool? ConditionFormula(InputFrame frame, int row, ParameterValues parameters);

/// <summary>
/// Compiles checked expressions to LINQ expression trees and then to delegates, once per policy version.
/// Values stay unboxed (<c>decimal?</c>, <c>bool?</c>, <c>string</c>) all the way through.
/// </summary>
public sealed class RuleCompiler
{
    private static readonly Type Ops = typeof(RuleOperations);
    private readonly RuleScope _scope;
    private readonly TypeChecker _types;
    private readonly ParameterExpression _frame = Lx.Parameter(typeof(InputFrame), "frame");
    private readonly ParameterExpression _row = Lx.Parameter(typeof(int), "row");
    private readonly ParameterExpression _parameters = Lx.Parameter(typeof(ParameterValues), "parameters");

    public RuleCompiler(RuleScope scope, TypeChecker types)
    {
        _scope = scope;
        _types = types;
    }

    public NumericFormula CompileNumeric(Expr expr)
        => Lx.Lambda<NumericFormula>(Lx.Convert(Build(expr), typeof(decimal?)), _frame, _row, _parameters).Compile();

    public ConditionFormula CompileCondition(Expr expr)
        => Lx.Lambda<ConditionFormula>(Build(expr), _frame, _row, _parameters).Compile();

    private static Type ClrType(RuleType t) => t switch
    {
        RuleType.Boolean => typeof(bool?),
        RuleType.Text => typeof(string),
        _ => typeof(decimal?),
    };

    private static MethodInfo Op(string name, params Type[] args) => Ops.GetMethod(name, args) ?? throw new MissingMethodException(Ops.Name, name);

    private Lx Build(Expr expr) => expr switch
    {
        NumberLiteral n => Lx.Constant((decimal?)n.Value, typeof(decimal?)),
        TextLiteral t => Lx.Constant(t.Value, typeof(string)),
        BooleanLiteral b => Lx.Constant((bool?)b.Value, typeof(bool?)),
        DateLiteral d => Lx.Constant((decimal?)d.Value.DayNumber, typeof(decimal?)),
        Name n => BuildName(n),
        Lookup l => BuildLookup(l),
        Unary { Operator: "not" } u => Lx.Call(Op(nameof(RuleOperations.Not), typeof(bool?)), Build(u.Operand)),
        Unary u => Lx.Negate(Build(u.Operand)),
        Binary b => BuildBinary(b),
        Conditional c => BuildConditional(c),
        Call c => BuildCall(c),
        Membership m => Lx.Call(Op(nameof(RuleOperations.In), typeof(string), typeof(string[])), Build(m.Value), Lx.Constant(m.Options.ToArray())),
        _ => throw new InvalidOperationException($"Cannot compile {expr.GetType().Name}."),
    };

    private Lx BuildName(Name n)
    {
        switch (_scope.Find(n.Identifier))
        {
            case InputSymbol input:
                var column = input.Type switch
                {
                    RuleType.Boolean => nameof(InputFrame.Flags),
                    RuleType.Text => nameof(InputFrame.Texts),
                    _ => nameof(InputFrame.Numbers),
                };
                return Lx.ArrayIndex(Lx.ArrayIndex(Lx.Property(_frame, column), Lx.Constant(input.Slot)), _row);
            case ParameterSymbol p:
                return Lx.Convert(Lx.ArrayIndex(Lx.Property(_parameters, nameof(ParameterValues.Scalars)), Lx.Constant(p.Slot)), typeof(decimal?));
            default:
                throw new InvalidOperationException($"'{n.Identifier}' was not checked.");
        }
    }

    private MethodCallExpression BuildLookup(Lookup l)
    {
        var p = (ParameterSymbol)_scope.Find(l.Table)!;
        return p.Shape == ParameterShape.Keyed
            ? Lx.Call(Op(nameof(RuleOperations.Lookup), typeof(KeyedTable), typeof(string)), Lx.ArrayIndex(Lx.Property(_parameters, nameof(ParameterValues.Keyed)), Lx.Constant(p.Slot)), Build(l.Key))
            : Lx.Call(Op(nameof(RuleOperations.Lookup), typeof(BracketTable), typeof(decimal?)), Lx.ArrayIndex(Lx.Property(_parameters, nameof(ParameterValues.Brackets)), Lx.Constant(p.Slot)), Build(l.Key));
    }

    private Lx BuildBinary(Binary b)
    {
        var left = Build(b.Left);
        var right = Build(b.Right);
        var operandType = _types.TypeOf(b.Left);
        switch (b.Operator)
        {
            case "and" or "or":
                // Short-circuit only on a known deciding value; otherwise combine three-valued.
                var t = Lx.Variable(typeof(bool?), "t");
                var decided = Lx.Constant(b.Operator == "and" ? (bool?)false : true, typeof(bool?));
                var combine = Lx.Call(Op(b.Operator == "and" ? nameof(RuleOperations.And) : nameof(RuleOperations.Or), typeof(bool?), typeof(bool?)), t, right);
                return Lx.Block(typeof(bool?), [t], Lx.Assign(t, left), Lx.Condition(Lx.Equal(t, decided), decided, combine));
            case "==" or "!=" when operandType == RuleType.Text:
                return Lx.Call(Op(b.Operator == "==" ? nameof(RuleOperations.TextEquals) : nameof(RuleOperations.TextDiffers), typeof(string), typeof(string)), left, right);
            case "==" or "!=" when operandType == RuleType.Boolean:
                var same = Lx.Call(Op(nameof(RuleOperations.FlagEquals), typeof(bool?), typeof(bool?)), left, right);
                return b.Operator == "==" ? same : Lx.Call(Op(nameof(RuleOperations.Not), typeof(bool?)), same);
            case "/":
                return Lx.Call(Op(nameof(RuleOperations.Divide), typeof(decimal?), typeof(decimal?)), left, right);
            case "+":
                return Lx.Add(left, right);
            case "-":
                return Lx.Subtract(left, right);
            case "*":
                return Lx.Multiply(left, right);
            default:
                return b.Operator switch
                {
                    "<" => Lx.LessThan(left, right, liftToNull: true, method: null),
                    "<=" => Lx.LessThanOrEqual(left, right, liftToNull: true, method: null),
                    ">" => Lx.GreaterThan(left, right, liftToNull: true, method: null),
                    ">=" => Lx.GreaterThanOrEqual(left, right, liftToNull: true, method: null),
                    "==" => Lx.Equal(left, right, liftToNull: true, method: null),
                    "!=" => Lx.NotEqual(left, right, liftToNull: true, method: null),
                    _ => throw new InvalidOperationException($"Unknown operator {b.Operator}."),
                };
        }
    }

    private BlockExpression BuildConditional(Conditional c)
    {
        var type = ClrType(_types.TypeOf(c));
        var condition = Lx.Variable(typeof(bool?), "c");
        var then = Lx.Convert(Build(c.Then), type);
        var otherwise = Lx.Convert(Build(c.Else), type);
        var unknown = Lx.Call(Op(nameof(RuleOperations.Choose), typeof(bool?), type, type), condition, then, otherwise);
        return Lx.Block(type, [condition],
            Lx.Assign(condition, Build(c.Condition)),
            Lx.Condition(Lx.Equal(condition, Lx.Constant(true, typeof(bool?))), then,
                Lx.Condition(Lx.Equal(condition, Lx.Constant(false, typeof(bool?))), otherwise, unknown)));
    }

    private Lx BuildCall(Call c)
    {
        if (c.Function == "round")
        {
            var decimals = c.Arguments.Count == 2 ? (int)((NumberLiteral)c.Arguments[1]).Value : 0;
            return Lx.Call(Op(nameof(RuleOperations.Round), typeof(decimal?), typeof(int)), Build(c.Arguments[0]), Lx.Constant(decimals));
        }

        var method = Op(c.Function == "min" ? nameof(RuleOperations.Min) : nameof(RuleOperations.Max), typeof(decimal?), typeof(decimal?));
        var result = Build(c.Arguments[0]);
        for (var i = 1; i < c.Arguments.Count; i++)
        {
            result = Lx.Call(method, result, Build(c.Arguments[i]));
        }

        return result;
    }
}

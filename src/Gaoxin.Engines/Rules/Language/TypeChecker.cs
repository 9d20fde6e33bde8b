using System.Runtime.CompilerServices;

namespace Gaoxin.Engines.Rules.Language;

/// <summary>
/// Gives every node of an expression its type or refuses it: money × percent is money, money + date is an error.
/// A bare number (<c>5_000_000</c>) takes the type of the money or percent it meets, so thresholds read naturally.
/// </summary>
public sealed class TypeChecker
{
    private readonly RuleScope _scope;
    private readonly ConditionalWeakTable<Expr, object> _types = [];

    public TypeChecker(RuleScope scope) => _scope = scope;

    /// <summary>The type of a node checked earlier.</summary>
    public RuleType TypeOf(Expr expr) => _types.TryGetValue(expr, out var t) ? (RuleType)t : throw new InvalidOperationException("The node was not checked.");

    /// <summary>Checks <paramref name="expr"/> and that it has type <paramref name="expected"/>.</summary>
    public void Expect(Expr expr, RuleType expected, string what)
    {
        var actual = Check(expr);
        if (actual != expected && !(expected != RuleType.Boolean && IsBare(expr) && IsNumberish(expected)))
        {
            throw new TypeCheckException($"{what} must be {RuleTypes.Name(expected)}, but this is {RuleTypes.Name(actual)}", expr.At);
        }
    }

    public RuleType Check(Expr expr)
    {
        var type = Infer(expr);
        _types.AddOrUpdate(expr, type);
        return type;
    }

    /// <summary>Built only from plain numbers (<c>100</c>, <c>if c then 100 else 200</c>), so it may stand for money or a percent.</summary>
    private static bool IsBare(Expr e) => e switch
    {
        NumberLiteral n => n.Bare,
        Unary { Operator: "-" } u => IsBare(u.Operand),
        Conditional c => IsBare(c.Then) && IsBare(c.Else),
        Binary { Operator: "+" or "-" or "*" or "/" } b => IsBare(b.Left) && IsBare(b.Right),
        Call { Function: "min" or "max" } c => c.Arguments.All(IsBare),
        Call { Function: "round" } c => IsBare(c.Arguments[0]),
        _ => false,
    };

    private static bool IsNumberish(RuleType t) => t is RuleType.Money or RuleType.Number or RuleType.Percent;

    private RuleType Infer(Expr expr) => expr switch
    {
        NumberLiteral n => n.Type,
        TextLiteral => RuleType.Text,
        BooleanLiteral => RuleType.Boolean,
        DateLiteral => RuleType.Date,
        Name n => NameType(n),
        Lookup l => LookupType(l),
        Unary u => UnaryType(u),
        Binary b => BinaryType(b),
        Conditional c => ConditionalType(c),
        Call c => CallType(c),
        Membership m => MembershipType(m),
        _ => throw new TypeCheckException("unknown kind of expression", expr.At),
    };

    private RuleType NameType(Name n) => _scope.Find(n.Identifier) switch
    {
        null => throw new TypeCheckException($"unknown name '{n.Identifier}': not a declared input or parameter", n.At),
        ParameterSymbol { Shape: not ParameterShape.Scalar } p => throw new TypeCheckException($"'{p.Name}' is a table; read it as {p.Name}[key]", n.At),
        var s => s.Type,
    };

    private RuleType LookupType(Lookup l)
    {
        if (_scope.Find(l.Table) is not ParameterSymbol { Shape: not ParameterShape.Scalar } p)
        {
            throw new TypeCheckException($"'{l.Table}' is not a table parameter, so it cannot be read with [ ]", l.At);
        }

        var key = Check(l.Key);
        var ok = p.Shape == ParameterShape.Keyed ? key == RuleType.Text : key == p.KeyType || (IsBare(l.Key) && IsNumberish(p.KeyType));
        return ok ? p.Type : throw new TypeCheckException($"'{l.Table}' is looked up by {RuleTypes.Name(p.KeyType)}, not by {RuleTypes.Name(key)}", l.Key.At);
    }

    private RuleType UnaryType(Unary u)
    {
        var t = Check(u.Operand);
        return u.Operator == "not"
            ? t == RuleType.Boolean ? t : throw new TypeCheckException($"'not' needs a boolean, not {RuleTypes.Name(t)}", u.At)
            : IsNumberish(t) ? t : throw new TypeCheckException($"'-' needs a number, money or percent, not {RuleTypes.Name(t)}", u.At);
    }

    private RuleType BinaryType(Binary b)
    {
        var l = Check(b.Left);
        var r = Check(b.Right);
        if (b.Operator is "and" or "or")
        {
            return l == RuleType.Boolean && r == RuleType.Boolean
                ? RuleType.Boolean
                : throw new TypeCheckException($"'{b.Operator}' joins two conditions, not {RuleTypes.Name(l)} and {RuleTypes.Name(r)}", b.At);
        }

        // A bare number adopts the type of the other side for +, -, comparisons.
        if (b.Operator is "+" or "-" or "<" or "<=" or ">" or ">=" or "==" or "!=")
        {
            if (IsBare(b.Left) && IsNumberish(r))
            {
                l = r;
            }
            else if (IsBare(b.Right) && IsNumberish(l))
            {
                r = l;
            }
        }

        var result = (b.Operator, l, r) switch
        {
            ("+" or "-", var x, var y) when x == y && IsNumberish(x) => x,
            ("+" or "-", RuleType.Date, RuleType.Number) => RuleType.Date,
            ("-", RuleType.Date, RuleType.Date) => RuleType.Number,
            ("*", RuleType.Money, RuleType.Number or RuleType.Percent) or ("*", RuleType.Number or RuleType.Percent, RuleType.Money) => RuleType.Money,
            ("*", RuleType.Number, RuleType.Number) => RuleType.Number,
            ("*", RuleType.Number, RuleType.Percent) or ("*", RuleType.Percent, RuleType.Number) => RuleType.Number,
            ("*", RuleType.Percent, RuleType.Percent) => RuleType.Percent,
            ("/", RuleType.Money, RuleType.Number or RuleType.Percent) => RuleType.Money,
            ("/", RuleType.Money, RuleType.Money) or ("/", RuleType.Percent, RuleType.Percent) => RuleType.Number,
            ("/", RuleType.Number, RuleType.Number or RuleType.Percent) => RuleType.Number,
            ("/", RuleType.Percent, RuleType.Number) => RuleType.Percent,
            ("<" or "<=" or ">" or ">=", var x, var y) when x == y && (IsNumberish(x) || x == RuleType.Date) => RuleType.Boolean,
            ("==" or "!=", var x, var y) when x == y => RuleType.Boolean,
            _ => (RuleType?)null,
        };

        if (result is null)
        {
            throw new TypeCheckException($"'{Show(b.Operator)}' cannot combine {RuleTypes.Name(l)} and {RuleTypes.Name(r)}", b.At);
        }

        if (b.Operator is "==" or "!=" && l == RuleType.Text)
        {
            CheckOption(b.Left, b.Right);
            CheckOption(b.Right, b.Left);
        }

        return result.Value;
    }

    private void CheckOption(Expr side, Expr other)
    {
        if (side is Name n && _scope.Find(n.Identifier) is InputSymbol { Options: { } options } && other is TextLiteral t && !options.Contains(t.Value))
        {
            throw new TypeCheckException($"'{t.Value}' is not a value of {n.Identifier} (one of: {string.Join(", ", options)})", t.At);
        }
    }

    private static string Show(string op) => op switch { "*" => "×", "/" => "÷", _ => op };

    private RuleType ConditionalType(Conditional c)
    {
        Expect(c.Condition, RuleType.Boolean, "the condition after 'if'");
        var a = Check(c.Then);
        var b = Check(c.Else);
        if (a == b)
        {
            return a;
        }

        return IsBare(c.Then) && IsNumberish(b) ? b
            : IsBare(c.Else) && IsNumberish(a) ? a
            : throw new TypeCheckException($"both branches of 'if' must have one type, not {RuleTypes.Name(a)} and {RuleTypes.Name(b)}", c.Else.At);
    }

    private RuleType CallType(Call c)
    {
        switch (c.Function)
        {
            case "min" or "max":
                if (c.Arguments.Count < 2)
                {
                    throw new TypeCheckException($"{c.Function} needs at least two values", c.At);
                }

                var types = c.Arguments.Select(Check).ToList();
                var typed = c.Arguments.Zip(types).Where(p => !IsBare(p.First)).Select(p => p.Second).Distinct().ToList();
                if (typed.Count > 1 || !types.All(IsNumberish))
                {
                    throw new TypeCheckException($"{c.Function} compares values of one type, not {string.Join(" and ", types.Distinct().Select(RuleTypes.Name))}", c.At);
                }

                return typed.Count == 1 ? typed[0] : RuleType.Number;
            case "round":
                if (c.Arguments.Count is < 1 or > 2)
                {
                    throw new TypeCheckException("round takes a value and optionally the number of decimals: round(x) or round(x, 2)", c.At);
                }

                var t = Check(c.Arguments[0]);
                if (!IsNumberish(t))
                {
                    throw new TypeCheckException($"round needs a number, money or percent, not {RuleTypes.Name(t)}", c.Arguments[0].At);
                }

                if (c.Arguments.Count == 2 && c.Arguments[1] is not NumberLiteral { Bare: true, Value: >= 0 and <= 10 } d)
                {
                    throw new TypeCheckException("the decimals of round must be a whole number from 0 to 10", c.Arguments[1].At);
                }

                return t;
            default:
                throw new TypeCheckException($"unknown function '{c.Function}' (known: min, max, round)", c.At);
        }
    }

    private RuleType MembershipType(Membership m)
    {
        var t = Check(m.Value);
        if (t != RuleType.Text)
        {
            throw new TypeCheckException($"'in' needs text on its left, not {RuleTypes.Name(t)}", m.At);
        }

        foreach (var option in m.Options)
        {
            CheckOption(m.Value, new TextLiteral(m.At, option));
        }

        return RuleType.Boolean;
    }
}

/// <summary>An expression whose types do not fit; <see cref="Offset"/> is the place in the expression text.</summary>
public sealed class TypeCheckException : Exception
{
    public TypeCheckException()
    {
    }

    public TypeCheckException(string message)
        : base(message)
    {
    }

    public TypeCheckException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public TypeCheckException(string message, int offset)
        : base(message)
    {
        Offset = offset;
    }

    public int Offset { get; }
}

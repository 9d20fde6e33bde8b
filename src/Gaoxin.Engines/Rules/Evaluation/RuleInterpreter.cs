using Gaoxin.Engines.Rules.Language;

namespace Gaoxin.Engines.Rules.Evaluation;

/// <summary>
/// Walks an expression for the trace (the compiled delegates are the fast path; this one may box). Gives the value of
/// any sub-expression and the missing inputs that left a result unknown.
/// </summary>
internal sealed class RuleInterpreter(RuleScope scope, TypeChecker types, InputFrame frame, int row, ParameterValues parameters)
{
    public object? Eval(Expr e) => e switch
    {
        NumberLiteral n => n.Value,
        TextLiteral t => t.Value,
        BooleanLiteral b => b.Value,
        DateLiteral d => (decimal)d.Value.DayNumber,
        Name n => scope.Find(n.Identifier) switch
        {
            InputSymbol { Type: RuleType.Boolean } i => frame.Flags[i.Slot][row],
            InputSymbol { Type: RuleType.Text } i => frame.Texts[i.Slot][row],
            InputSymbol i => frame.Numbers[i.Slot][row],
            ParameterSymbol p => parameters.Scalars[p.Slot],
            _ => null,
        },
        Lookup l => scope.Find(l.Table) is ParameterSymbol { Shape: ParameterShape.Keyed } k
            ? RuleOperations.Lookup(parameters.Keyed[k.Slot], (string?)Eval(l.Key))
            : RuleOperations.Lookup(parameters.Brackets[((ParameterSymbol)scope.Find(l.Table)!).Slot], (decimal?)Eval(l.Key)),
        Unary { Operator: "not" } u => RuleOperations.Not((bool?)Eval(u.Operand)),
        Unary u => -(decimal?)Eval(u.Operand),
        Binary b => Binary(b),
        Conditional c => (bool?)Eval(c.Condition) switch
        {
            true => Eval(c.Then),
            false => Eval(c.Else),
            _ => Equals(Eval(c.Then), Eval(c.Else)) ? Eval(c.Then) : null,
        },
        Call { Function: "round" } c => RuleOperations.Round((decimal?)Eval(c.Arguments[0]), c.Arguments.Count == 2 ? (int)((NumberLiteral)c.Arguments[1]).Value : 0),
        Call c => c.Arguments.Skip(1).Aggregate((decimal?)Eval(c.Arguments[0]), (acc, a) => c.Function == "min" ? RuleOperations.Min(acc, (decimal?)Eval(a)) : RuleOperations.Max(acc, (decimal?)Eval(a))),
        Membership m => RuleOperations.In((string?)Eval(m.Value), [.. m.Options]),
        _ => null,
    };

    private object? Binary(Binary b)
    {
        var l = Eval(b.Left);
        var r = Eval(b.Right);
        var t = types.TypeOf(b.Left);
        return b.Operator switch
        {
            "and" => RuleOperations.And((bool?)l, (bool?)r),
            "or" => RuleOperations.Or((bool?)l, (bool?)r),
            "==" when t == RuleType.Text => RuleOperations.TextEquals((string?)l, (string?)r),
            "!=" when t == RuleType.Text => RuleOperations.TextDiffers((string?)l, (string?)r),
            "==" when t == RuleType.Boolean => RuleOperations.FlagEquals((bool?)l, (bool?)r),
            "!=" when t == RuleType.Boolean => RuleOperations.Not(RuleOperations.FlagEquals((bool?)l, (bool?)r)),
            _ when l is null || r is null => null,
            "+" => (decimal)l + (decimal)r,
            "-" => (decimal)l - (decimal)r,
            "*" => (decimal)l * (decimal)r,
            "/" => RuleOperations.Divide((decimal)l, (decimal)r),
            "<" => (decimal)l < (decimal)r,
            "<=" => (decimal)l <= (decimal)r,
            ">" => (decimal)l > (decimal)r,
            ">=" => (decimal)l >= (decimal)r,
            "==" => (decimal)l == (decimal)r,
            "!=" => (decimal)l != (decimal)r,
            _ => null,
        };
    }

    /// <summary>The missing inputs under <paramref name="e"/> that leave it unknown (descending only into unknown parts).</summary>
    public IEnumerable<string> Missing(Expr e)
    {
        if (Eval(e) is not null)
        {
            return [];
        }

        return e switch
        {
            Name n when scope.Find(n.Identifier) is InputSymbol => [n.Identifier],
            Lookup l => Missing(l.Key),
            Unary u => Missing(u.Operand),
            Binary b => Missing(b.Left).Concat(Missing(b.Right)),
            Conditional c => Eval(c.Condition) is null ? Missing(c.Condition).Concat(Missing(c.Then)).Concat(Missing(c.Else)) : Missing((bool)Eval(c.Condition)! ? c.Then : c.Else),
            Call c => c.Arguments.SelectMany(Missing),
            Membership m => Missing(m.Value),
            _ => [],
        };
    }
}

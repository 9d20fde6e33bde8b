using System.Globalization;
using Gaoxin.Engines.Rules.Language;
using Gaoxin.Engines.Rules.Policies;

namespace Gaoxin.Engines.Rules.Evaluation;

/// <summary>
/// Writes a formula with the enterprise's values in place of names, for the explanation:
/// <c>outward_supply * rate</c> becomes "外销配套额 6000万元 × 2%".
/// </summary>
internal sealed class FormulaRenderer(Policy policy, RuleInterpreter values, CultureInfo culture)
{
    private readonly bool _zh = AmountText.IsChinese(culture);

    public string Render(Expr e) => e switch
    {
        NumberLiteral n => AmountText.Value(n.Type, n.Value, culture),
        TextLiteral t => t.Value,
        BooleanLiteral b => AmountText.Value(RuleType.Boolean, b.Value, culture),
        DateLiteral d => d.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        Name n when policy.Inputs.FirstOrDefault(i => i.Name == n.Identifier) is { } input
            => $"{input.Label.For(culture)} {AmountText.Value(input.Type, values.Eval(n), culture)}",
        Name n => AmountText.Value(policy.Types.TypeOf(n), values.Eval(n), culture),
        Lookup l => $"{Label(l.Table)}[{Render(l.Key)}] {AmountText.Value(policy.Types.TypeOf(l), values.Eval(l), culture)}",
        Unary { Operator: "not" } u => (_zh ? "非 " : "not ") + Wrap(u.Operand, 9),
        Unary u => "-" + Wrap(u.Operand, 9),
        Binary b => $"{Wrap(b.Left, Precedence(b))} {Symbol(b.Operator)} {Wrap(b.Right, Precedence(b) + 1)}",
        Conditional c => _zh ? $"若 {Render(c.Condition)} 则 {Render(c.Then)} 否则 {Render(c.Else)}" : $"if {Render(c.Condition)} then {Render(c.Then)} else {Render(c.Else)}",
        Call c => $"{c.Function}({string.Join(", ", c.Arguments.Select(Render))})",
        Membership m => _zh ? $"{Render(m.Value)} 属于 [{string.Join("、", m.Options)}]" : $"{Render(m.Value)} in [{string.Join(", ", m.Options)}]",
        _ => "?",
    };

    private string Label(string parameter) => policy.Parameters.FirstOrDefault(p => p.Name == parameter)?.Label.For(culture) ?? parameter;

    private string Wrap(Expr e, int parent) => e is Binary b && Precedence(b) < parent ? $"({Render(e)})" : Render(e);

    private static int Precedence(Binary b) => b.Operator switch
    {
        "or" => 1,
        "and" => 2,
        "+" or "-" => 5,
        "*" or "/" => 6,
        _ => 4,
    };

    private string Symbol(string op) => op switch
    {
        "*" => "×",
        "/" => "÷",
        ">=" => "≥",
        "<=" => "≤",
        "!=" => "≠",
        "==" => "=",
        "and" => _zh ? "且" : "and",
        "or" => _zh ? "或" : "or",
        _ => op,
    };
}

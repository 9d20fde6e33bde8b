namespace Gaoxin.Engines.Rules.Language;

/// <summary>
/// The run-time operations compiled formulas call. Null means "not known" (a missing input), and logic is
/// three-valued: <c>false and unknown</c> is false, <c>true or unknown</c> is true, so a missing input that cannot
/// change the answer does not stop a decision.
/// </summary>
public static class RuleOperations
{
    public static bool? And(bool? a, bool? b) => a == false || b == false ? false : a == true && b == true ? true : null;

    public static bool? Or(bool? a, bool? b) => a == true || b == true ? true : a == false && b == false ? false : null;

    public static bool? Not(bool? a) => a.HasValue ? !a.Value : null;

    /// <summary>The branch taken; when the condition is unknown, the common value if both branches agree.</summary>
    public static decimal? Choose(bool? condition, decimal? a, decimal? b) => condition switch
    {
        true => a,
        false => b,
        _ => a.HasValue && b.HasValue && a.Value == b.Value ? a : null,
    };

    public static bool? Choose(bool? condition, bool? a, bool? b) => condition switch
    {
        true => a,
        false => b,
        _ => a.HasValue && a == b ? a : null,
    };

    public static string? Choose(bool? condition, string? a, string? b) => condition switch
    {
        true => a,
        false => b,
        _ => a is not null && a == b ? a : null,
    };

    public static decimal? Min(decimal? a, decimal? b) => a.HasValue && b.HasValue ? Math.Min(a.Value, b.Value) : null;

    public static decimal? Max(decimal? a, decimal? b) => a.HasValue && b.HasValue ? Math.Max(a.Value, b.Value) : null;

    /// <summary>四舍五入: halves round away from zero, as Chinese finance rounds.</summary>
    public static decimal? Round(decimal? a, int decimals) => a.HasValue ? Math.Round(a.Value, decimals, MidpointRounding.AwayFromZero) : null;

    public static decimal? Divide(decimal? a, decimal? b)
        => a.HasValue && b.HasValue ? b.Value == 0m ? throw new DivideByZeroException("A rule divided by zero.") : a.Value / b.Value : null;

    public static decimal DivideKnown(decimal a, decimal b) => b == 0m ? throw new DivideByZeroException("A rule divided by zero.") : a / b;

    public static bool? TextEquals(string? a, string? b) => a is null || b is null ? null : string.Equals(a, b, StringComparison.Ordinal);

    public static bool? TextDiffers(string? a, string? b) => a is null || b is null ? null : !string.Equals(a, b, StringComparison.Ordinal);

    public static bool? FlagEquals(bool? a, bool? b) => a.HasValue && b.HasValue ? a.Value == b.Value : null;

    public static bool? In(string? value, string[] options) => value is null ? null : Array.IndexOf(options, value) >= 0;

    public static decimal? Lookup(KeyedTable? table, string? key)
        => key is null ? null : (table ?? throw new InvalidOperationException("A table parameter has no value on this date.")).Get(key);

    public static decimal? Lookup(BracketTable? table, decimal? key)
        => key is null ? null : (table ?? throw new InvalidOperationException("A bracket parameter has no value on this date.")).Get(key.Value);
}

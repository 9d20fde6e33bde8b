namespace Gaoxin.Engines.Rules.Language;

/// <summary>
/// The types a rule expression can have. Money is decimal yuan; a percent is stored as its fraction (2% is 0.02);
/// a date is computed as its day number. Enumerations are text restricted to declared values.
/// </summary>
public enum RuleType
{
    Money,
    Number,
    Percent,
    Boolean,
    Text,
    Date,
}

/// <summary>How a rule type reads in an error message.</summary>
public static class RuleTypes
{
    public static string Name(RuleType type) => type switch
    {
        RuleType.Money => "money",
        RuleType.Number => "number",
        RuleType.Percent => "percent",
        RuleType.Boolean => "boolean",
        RuleType.Text => "text",
        RuleType.Date => "date",
        _ => type.ToString(),
    };

    /// <summary>Types that compute as decimals at run time (and so share a column in a batch).</summary>
    public static bool IsNumeric(RuleType type) => type is RuleType.Money or RuleType.Number or RuleType.Percent or RuleType.Date;
}

using System.Globalization;
using Gaoxin.Engines.Rules.Language;

namespace Gaoxin.Engines.Rules.Evaluation;

/// <summary>
/// Writes values in explanations as officials read them: 6000万元, 1.2亿元, 2% in Chinese; 60 m yuan, 2% in English.
/// Unlike tables, sentences carry no thousands separators in Chinese (the policy texts write 6000万元).
/// </summary>
public static class AmountText
{
    public static string Money(decimal yuan, CultureInfo culture)
    {
        var abs = Math.Abs(yuan);
        if (IsChinese(culture))
        {
            return abs >= 100_000_000m ? Plain(yuan / 100_000_000m) + "亿元"
                : abs >= 10_000m ? Plain(yuan / 10_000m) + "万元"
                : Plain(yuan) + "元";
        }

        return abs >= 1_000_000_000m ? Plain(yuan / 1_000_000_000m) + " bn yuan"
            : abs >= 1_000_000m ? Plain(yuan / 1_000_000m) + " m yuan"
            : yuan.ToString("#,0.##", CultureInfo.InvariantCulture) + " yuan";
    }

    public static string Value(RuleType type, object? value, CultureInfo culture) => (type, value) switch
    {
        (_, null) => IsChinese(culture) ? "（缺）" : "(missing)",
        (RuleType.Money, decimal m) => Money(m, culture),
        (RuleType.Percent, decimal p) => Plain(p * 100m) + "%",
        (RuleType.Date, decimal d) => DateOnly.FromDayNumber((int)d).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        (RuleType.Boolean, bool b) => IsChinese(culture) ? (b ? "是" : "否") : (b ? "yes" : "no"),
        (_, decimal n) => Plain(n),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "",
    };

    public static bool IsChinese(CultureInfo culture) => culture.Name.StartsWith("zh", StringComparison.OrdinalIgnoreCase);

    private static string Plain(decimal value) => Math.Round(value, 4, MidpointRounding.AwayFromZero).ToString("0.####", CultureInfo.InvariantCulture);
}

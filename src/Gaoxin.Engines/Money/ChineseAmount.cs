using System.Globalization;

namespace Gaoxin.Engines.Money;

/// <summary>
/// Formats yuan amounts the way officials read them: 万元 below one 亿, 亿元 from one 亿 up
/// (e.g. 40.6亿元, 1,250万元). In English the same magnitudes read as million and billion yuan.
/// </summary>
public static class ChineseAmount
{
    private const decimal Wan = 10_000m;
    private const decimal Yi = 100_000_000m;

    public static string Format(decimal yuan, CultureInfo culture, int decimals = 2)
    {
        var chinese = culture.Name.StartsWith("zh", StringComparison.OrdinalIgnoreCase);
        var abs = Math.Abs(yuan);
        if (chinese)
        {
            return abs >= Yi
                ? Trim(yuan / Yi, decimals, culture) + "亿元"
                : abs >= Wan ? Trim(yuan / Wan, decimals, culture) + "万元" : Trim(yuan, decimals, culture) + "元";
        }

        const decimal million = 1_000_000m;
        const decimal billion = 1_000_000_000m;
        return abs >= billion
            ? Trim(yuan / billion, decimals, culture) + " bn yuan"
            : abs >= million ? Trim(yuan / million, decimals, culture) + " m yuan" : Trim(yuan, decimals, culture) + " yuan";
    }

    private static string Trim(decimal value, int decimals, CultureInfo culture)
        => Math.Round(value, decimals, MidpointRounding.AwayFromZero).ToString("#,0.##########", culture);
}

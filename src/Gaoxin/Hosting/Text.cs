using System.Globalization;
using System.Resources;

namespace Gaoxin.Hosting;

/// <summary>
/// Messages for people in the language of the request or circuit (zh-CN or en): the same resx strings the pages use,
/// for code that has no localizer at hand (handlers, errors, API problems).
/// </summary>
public static class Text
{
    private static readonly ResourceManager Strings = new("Gaoxin.Resources.SharedResource", typeof(Text).Assembly);

    /// <summary>The string in a given language, e.g. to read a label typed in either language.</summary>
    public static string In(CultureInfo culture, string key) => Strings.GetString(key, culture) ?? key;

    /// <summary>The enum value whose name, English label or Chinese label (resource <c>{prefix}.{Name}</c>) is <paramref name="text"/>.</summary>
    public static bool TryParseLabel<T>(string prefix, string text, out T value) where T : struct, Enum
    {
        var t = text.Trim();
        foreach (var candidate in Enum.GetValues<T>())
        {
            var key = prefix + "." + candidate;
            if (string.Equals(t, candidate.ToString(), StringComparison.OrdinalIgnoreCase) || string.Equals(t, In(CultureInfo.InvariantCulture, key), StringComparison.OrdinalIgnoreCase)
                || t == In(CultureInfo.GetCultureInfo("zh-CN"), key))
            {
                value = candidate;
                return true;
            }
        }

        value = default;
        return false;
    }

    public static string Get(string key, params object?[] args)
    {
        var format = Strings.GetString(key, CultureInfo.CurrentUICulture) ?? key;
        return args.Length == 0 ? format : string.Format(CultureInfo.CurrentCulture, format, args);
    }
}

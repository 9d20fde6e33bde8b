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

    public static string Get(string key, params object?[] args)
    {
        var format = Strings.GetString(key, CultureInfo.CurrentUICulture) ?? key;
        return args.Length == 0 ? format : string.Format(CultureInfo.CurrentCulture, format, args);
    }
}

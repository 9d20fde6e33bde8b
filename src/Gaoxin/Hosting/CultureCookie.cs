using Microsoft.AspNetCore.Localization;

namespace Gaoxin.Hosting;

/// <summary>The language switch: remembered in a cookie that overrides the browser's language.</summary>
public static class CultureCookie
{
    public const string Name = "gaoxin.culture";

    public static void Map(IEndpointRouteBuilder app) => app.MapGet("/culture", (string name, string? returnUrl, HttpContext context) =>
    {
        var culture = GaoxinApp.Cultures.FirstOrDefault(c => string.Equals(c.Name, name, StringComparison.OrdinalIgnoreCase));
        if (culture is null)
        {
            return Results.Problem(statusCode: 400, title: Text.Get("Title.UnknownLanguage"), detail: Text.Get("Err.UnknownLanguage", name));
        }

        context.Response.Cookies.Append(Name, CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)),
            new CookieOptions { MaxAge = TimeSpan.FromDays(365), IsEssential = true, HttpOnly = false, SameSite = SameSiteMode.Lax });
        return Results.LocalRedirect(SafeReturn(returnUrl));
    }).AllowAnonymous().ExcludeFromDescription();

    public static string SafeReturn(string? returnUrl)
        => !string.IsNullOrEmpty(returnUrl) && returnUrl.StartsWith('/') && !returnUrl.StartsWith("//", StringComparison.Ordinal) && !returnUrl.StartsWith("/\\", StringComparison.Ordinal)
            ? returnUrl
            : "/";
}

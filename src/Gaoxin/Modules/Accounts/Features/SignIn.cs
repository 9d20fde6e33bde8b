using System.Security.Claims;
using Gaoxin.Data;
using Gaoxin.Hosting;
using Gaoxin.Modules.Accounts.Domain;
using Gaoxin.Modules.Zones.Features;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace Gaoxin.Modules.Accounts.Features;

/// <summary>Cookie sign-in for the pages: the login form posts here; the zone switcher re-issues the cookie.</summary>
public static class SignIn
{
    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapPost("/account/login", async ([FromForm] string? userName, [FromForm] string? password, [FromForm] string? returnUrl,
            UserManager<User> users, SignInManager<User> signIn) =>
        {
            var back = CultureCookie.SafeReturn(returnUrl);
            if (string.IsNullOrWhiteSpace(userName) || string.IsNullOrEmpty(password))
            {
                return Failed("missing", userName, back);
            }

            var user = await users.FindByNameAsync(userName.Trim());
            if (user is null)
            {
                return Failed("wrong", userName, back);
            }

            if (UpdateUser.IsDisabled(user.LockoutEnd))
            {
                return Failed("disabled", userName, back);
            }

            var result = await signIn.PasswordSignInAsync(user, password, isPersistent: true, lockoutOnFailure: true);
            if (result.IsLockedOut)
            {
                return Failed("locked", userName, back);
            }

            if (result.IsNotAllowed)
            {
                return Failed(user.IsDemo ? "demo-off" : "not-allowed", userName, back);
            }

            return result.Succeeded ? Results.LocalRedirect(back) : Failed("wrong", userName, back);
        }).AllowAnonymous().ExcludeFromDescription();

        app.MapPost("/account/logout", async (SignInManager<User> signIn) =>
        {
            await signIn.SignOutAsync();
            return Results.LocalRedirect("/login");
        }).ExcludeFromDescription();

        app.MapGet("/account/zone", async (string code, string? returnUrl, ClaimsPrincipal principal, GaoxinDb db,
            UserManager<User> users, SignInManager<User> signIn, CancellationToken ct) =>
        {
            var zone = await db.FindVisibleAsync(code, ct);
            var user = await users.GetUserAsync(principal);
            if (zone is null || user is null)
            {
                return Results.Problem(statusCode: 404, title: Text.Get("Title.NotFound"), detail: Text.Get("Err.ZoneNotVisible", code));
            }

            await signIn.SignInWithClaimsAsync(user, isPersistent: true, [new Claim(GaoxinClaims.CurrentZone, zone.Id.ToString())]);
            return Results.LocalRedirect(CultureCookie.SafeReturn(returnUrl));
        }).ExcludeFromDescription();
    }

    private static IResult Failed(string error, string? userName, string back)
        => Results.LocalRedirect($"/login?error={error}&user={Uri.EscapeDataString(userName ?? string.Empty)}&returnUrl={Uri.EscapeDataString(back)}");
}

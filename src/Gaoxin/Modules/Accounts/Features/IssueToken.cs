using System.ComponentModel.DataAnnotations;
using Gaoxin.Hosting.Auth;
using Gaoxin.Modules.Accounts.Domain;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;

namespace Gaoxin.Modules.Accounts.Features;

/// <summary><c>POST /api/v1/auth/token</c>: user name and password in, a bearer token out. Failures count toward lockout.</summary>
public static class IssueToken
{
    public sealed record Request([property: Required] string UserName, [property: Required] string Password);

    public sealed record Response(string AccessToken, DateTimeOffset ExpiresAt);

    public static void Map(RouteGroupBuilder api) => api
        .MapPost("/auth/token", async Task<Results<Ok<Response>, ProblemHttpResult>> (Request request, UserManager<User> users, SignInManager<User> signIn, TokenService tokens, TimeProvider clock) =>
        {
            var user = await users.FindByNameAsync(request.UserName.Trim());
            if (user is null)
            {
                return WrongCredentials();
            }

            if (UpdateUser.IsDisabled(user.LockoutEnd))
            {
                return TypedResults.Problem(statusCode: 403, title: Text.Get("Title.AccountDisabled"), detail: Text.Get("Err.AccountDisabled"));
            }

            var result = await signIn.CheckPasswordSignInAsync(user, request.Password, lockoutOnFailure: true);
            if (result.IsLockedOut)
            {
                return Locked(user, clock);
            }

            if (result.IsNotAllowed)
            {
                return TypedResults.Problem(statusCode: 403, title: Text.Get("Title.SignInNotAllowed"),
                    detail: Text.Get(user.IsDemo ? "Err.DemoOff" : "Err.NotAllowed"));
            }

            if (!result.Succeeded)
            {
                return WrongCredentials();
            }

            var principal = await signIn.CreateUserPrincipalAsync(user);
            var token = tokens.Issue(principal);
            return TypedResults.Ok(new Response(token.AccessToken, token.ExpiresAt));
        })
        .AllowAnonymous()
        .WithTags("Auth")
        .WithName("IssueToken")
        .WithSummary("Exchanges a user name and password for a bearer token");

    internal static ProblemHttpResult WrongCredentials() => TypedResults.Problem(statusCode: 401, title: Text.Get("Title.SignInFailed"),
        detail: Text.Get("Err.WrongCredentials"));

    internal static ProblemHttpResult Locked(User user, TimeProvider clock)
    {
        var minutes = user.LockoutEnd is { } end ? Math.Max(1, (int)Math.Ceiling((end - clock.GetUtcNow()).TotalMinutes)) : 15;
        return TypedResults.Problem(statusCode: StatusCodes.Status423Locked, title: Text.Get("Title.AccountLocked"),
            detail: Text.Get("Err.AccountLocked", minutes));
    }
}

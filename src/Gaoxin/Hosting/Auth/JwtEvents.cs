using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Mvc;
using Microsoft.IdentityModel.Tokens;

namespace Gaoxin.Hosting.Auth;

/// <summary>Answers refused tokens with a problem that says why (missing, expired, invalid).</summary>
public static class JwtEvents
{
    public static JwtBearerEvents Create() => new()
    {
        OnChallenge = async context =>
        {
            context.HandleResponse();
            var header = context.Request.Headers.Authorization.ToString();
            var detail = context.AuthenticateFailure switch
            {
                _ when string.IsNullOrEmpty(header) => Text.Get("Err.TokenMissing"),
                _ when !header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) => Text.Get("Err.TokenScheme"),
                SecurityTokenExpiredException or SecurityTokenInvalidLifetimeException => Text.Get("Err.TokenExpired"),
                _ => Text.Get("Err.TokenInvalid"),
            };
            context.Response.StatusCode = StatusCodes.Status401Unauthorized;
            context.Response.Headers.WWWAuthenticate = "Bearer";
            var problems = context.HttpContext.RequestServices.GetRequiredService<IProblemDetailsService>();
            await problems.WriteAsync(new ProblemDetailsContext
            {
                HttpContext = context.HttpContext,
                ProblemDetails = new ProblemDetails { Status = 401, Title = Text.Get("Title.NotSignedIn"), Detail = detail },
            });
        },
        OnForbidden = async context =>
        {
            context.Response.StatusCode = StatusCodes.Status403Forbidden;
            var problems = context.HttpContext.RequestServices.GetRequiredService<IProblemDetailsService>();
            await problems.WriteAsync(new ProblemDetailsContext
            {
                HttpContext = context.HttpContext,
                ProblemDetails = new ProblemDetails { Status = 403, Title = Text.Get("Title.NotAllowed"), Detail = Text.Get("Err.RoleMayNot") },
            });
        },
    };
}

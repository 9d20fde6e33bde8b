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
                _ when string.IsNullOrEmpty(header) => "This call needs an access token: send 'Authorization: Bearer <token>' with a token from POST /api/v1/auth/token.",
                _ when !header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) => "The Authorization header must read 'Bearer <token>'.",
                SecurityTokenExpiredException or SecurityTokenInvalidLifetimeException => "The access token has expired. Get a new one from POST /api/v1/auth/token.",
                _ => "The access token is not valid (forged, damaged or issued by another server). Get a new one from POST /api/v1/auth/token.",
            };
            context.Response.StatusCode = StatusCodes.Status401Unauthorized;
            context.Response.Headers.WWWAuthenticate = "Bearer";
            var problems = context.HttpContext.RequestServices.GetRequiredService<IProblemDetailsService>();
            await problems.WriteAsync(new ProblemDetailsContext
            {
                HttpContext = context.HttpContext,
                ProblemDetails = new ProblemDetails { Status = 401, Title = "Not signed in", Detail = detail },
            });
        },
        OnForbidden = async context =>
        {
            context.Response.StatusCode = StatusCodes.Status403Forbidden;
            var problems = context.HttpContext.RequestServices.GetRequiredService<IProblemDetailsService>();
            await problems.WriteAsync(new ProblemDetailsContext
            {
                HttpContext = context.HttpContext,
                ProblemDetails = new ProblemDetails { Status = 403, Title = "Not allowed", Detail = "Your role may not do this." },
            });
        },
    };
}

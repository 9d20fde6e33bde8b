using Gaoxin.Modules.Accounts.Domain;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;

namespace Gaoxin.Hosting;

/// <summary>Named authorisation policies. Zone isolation is separate: it is enforced by <see cref="ZoneScope"/> in the data layer.</summary>
public static class Policies
{
    public const string Api = "api";
    public const string ApiPlatformAdmin = "api:platform-admin";
    public const string ApiZoneAdmin = "api:zone-admin";
    public const string ApiAuditReader = "api:audit";
    public const string PlatformAdmin = "platform-admin";
    public const string ZoneAdmin = "zone-admin";
    public const string AuditReader = "audit";

    public static readonly string[] ZoneAdmins = [Roles.PlatformAdmin, Roles.ZoneAdmin];
    public static readonly string[] AuditReaders = [Roles.PlatformAdmin, Roles.ZoneAdmin, Roles.Supervisor, Roles.Leader];

    public static void Add(AuthorizationBuilder auth)
    {
        // Pages sign in with the cookie, API clients with a bearer token: either identifies the caller.
        auth.SetFallbackPolicy(new AuthorizationPolicyBuilder(IdentityConstants.ApplicationScheme, JwtBearerDefaults.AuthenticationScheme).RequireAuthenticatedUser().Build());
        auth.AddPolicy(Api, p => p.AddAuthenticationSchemes(JwtBearerDefaults.AuthenticationScheme).RequireAuthenticatedUser());
        auth.AddPolicy(ApiPlatformAdmin, p => p.AddAuthenticationSchemes(JwtBearerDefaults.AuthenticationScheme).RequireRole(Roles.PlatformAdmin));
        auth.AddPolicy(ApiZoneAdmin, p => p.AddAuthenticationSchemes(JwtBearerDefaults.AuthenticationScheme).RequireRole(ZoneAdmins));
        auth.AddPolicy(ApiAuditReader, p => p.AddAuthenticationSchemes(JwtBearerDefaults.AuthenticationScheme).RequireRole(AuditReaders));
        auth.AddPolicy(PlatformAdmin, p => p.RequireRole(Roles.PlatformAdmin));
        auth.AddPolicy(ZoneAdmin, p => p.RequireRole(ZoneAdmins));
        auth.AddPolicy(AuditReader, p => p.RequireRole(AuditReaders));
    }
}

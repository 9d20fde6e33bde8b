using Gaoxin.Modules.Accounts.Domain;
using Microsoft.AspNetCore.Authentication.JwtBearer;

namespace Gaoxin.Modules.Talent;

/// <summary>
/// Who reaches the talent routes at all. Within them the handlers cut each answer to the caller's view
/// (<see cref="Features.TalentAccess"/>): personal data for admins and talent staff only.
/// </summary>
public static class TalentPolicies
{
    public const string ApiTalentReader = "api:talent:read";
    public const string ApiTalentNeeds = "api:talent:needs";
    public const string TalentReader = "talent:read";
    public const string TalentNeeds = "talent:needs";

    /// <summary>The pool is for the committee: admins, leaders, staff and supervisors (not project officers, not enterprises).</summary>
    public static readonly string[] TalentReaders = [Roles.PlatformAdmin, Roles.ZoneAdmin, Roles.Leader, Roles.Staff, Roles.Supervisor];

    /// <summary>Needs and their matches: the committee and enterprise accounts (their own needs only, checked per record).</summary>
    public static readonly string[] NeedUsers = [.. TalentReaders, Roles.Enterprise];

    public static void Add(IServiceCollection services) => services.AddAuthorizationBuilder()
        .AddPolicy(ApiTalentReader, p => p.AddAuthenticationSchemes(JwtBearerDefaults.AuthenticationScheme).RequireRole(TalentReaders))
        .AddPolicy(ApiTalentNeeds, p => p.AddAuthenticationSchemes(JwtBearerDefaults.AuthenticationScheme).RequireRole(NeedUsers))
        .AddPolicy(TalentReader, p => p.RequireRole(TalentReaders))
        .AddPolicy(TalentNeeds, p => p.RequireRole(NeedUsers));
}

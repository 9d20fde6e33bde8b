using System.Security.Claims;
using Gaoxin.Modules.Accounts.Domain;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Gaoxin.Hosting.Auth;

/// <summary>Adds the zone claims (home zone, supervised zones) that <see cref="ZoneScope"/> reads.</summary>
public sealed class GaoxinClaimsFactory(UserManager<User> users, RoleManager<Role> roles, IOptions<IdentityOptions> options, Data.GaoxinDb db)
    : UserClaimsPrincipalFactory<User, Role>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(User user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(GaoxinClaims.DisplayName, string.IsNullOrEmpty(user.DisplayName) ? user.UserName ?? string.Empty : user.DisplayName));
        if (user.ZoneId is { } zone)
        {
            identity.AddClaim(new Claim(GaoxinClaims.HomeZone, zone.ToString()));
        }

        if (user.DepartmentId is { } department)
        {
            identity.AddClaim(new Claim(GaoxinClaims.Department, department.ToString()));
        }

        var supervised = await db.SupervisedZones.Where(s => s.UserId == user.Id).Select(s => s.ZoneId).ToListAsync();
        foreach (var z in supervised)
        {
            identity.AddClaim(new Claim(GaoxinClaims.SupervisedZone, z.ToString()));
        }

        return identity;
    }
}

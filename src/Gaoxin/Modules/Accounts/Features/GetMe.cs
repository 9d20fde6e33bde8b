using System.Security.Claims;
using Gaoxin.Data;
using Gaoxin.Modules.Accounts.Domain;
using Gaoxin.Modules.Zones.Features;

namespace Gaoxin.Modules.Accounts.Features;

public static class GetMe
{
    public sealed record Response(Guid Id, string UserName, string DisplayName, IReadOnlyList<string> Roles, IReadOnlyList<ZoneDto> Zones);

    public static void Map(RouteGroupBuilder api) => api
        .MapGet("/me", async (ClaimsPrincipal user, GaoxinDb db, CancellationToken ct) => TypedResults.Ok(new Response(
            db.Scope.UserId ?? Guid.Empty,
            user.Identity?.Name ?? string.Empty,
            user.FindFirstValue(GaoxinClaims.DisplayName) ?? string.Empty,
            user.FindAll(ClaimTypes.Role).Select(c => c.Value).ToList(),
            await ListZones.Handle(db, ct))))
        .WithTags("Auth")
        .WithName("GetMe")
        .WithSummary("Who the token belongs to, with roles and visible zones");
}

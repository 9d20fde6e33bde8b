using Gaoxin.Data;
using Gaoxin.Hosting;
using Gaoxin.Hosting.Api;
using Gaoxin.Modules.Accounts.Domain;
using Gaoxin.Modules.Zones.Features;
using Microsoft.EntityFrameworkCore;

namespace Gaoxin.Modules.Accounts.Features;

/// <summary>Accounts the caller administers: search, filter by zone and role, sort and page.</summary>
public static class ListUsers
{
    public sealed record Query(string? Search = null, string? Zone = null, string? Role = null, string? Sort = null, bool Descending = false, int Page = 1, int PageSize = 50);

    public static async Task<Paged<UserDto>> Handle(Query query, GaoxinDb db, CancellationToken ct)
    {
        var users = db.Visible();
        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            var s = query.Search.Trim().ToUpperInvariant();
            users = users.Where(u => u.NormalizedUserName!.Contains(s) || u.DisplayName.Contains(query.Search.Trim()));
        }

        if (!string.IsNullOrWhiteSpace(query.Zone))
        {
            var zone = await db.FindVisibleAsync(query.Zone, ct);
            var zoneId = zone?.Id ?? Guid.Empty;
            users = users.Where(u => u.ZoneId == zoneId);
        }

        if (!string.IsNullOrWhiteSpace(query.Role))
        {
            var role = query.Role.Trim().ToUpperInvariant();
            users = users.Where(u => db.UserRoles.Any(ur => ur.UserId == u.Id && db.Roles.Any(r => r.Id == ur.RoleId && r.NormalizedName == role)));
        }

        users = (query.Sort?.ToLowerInvariant(), query.Descending) switch
        {
            ("displayname", false) => users.OrderBy(u => u.DisplayName),
            ("displayname", true) => users.OrderByDescending(u => u.DisplayName),
            ("createdat", false) => users.OrderBy(u => u.CreatedAt),
            ("createdat", true) => users.OrderByDescending(u => u.CreatedAt),
            (_, true) => users.OrderByDescending(u => u.UserName),
            _ => users.OrderBy(u => u.UserName),
        };
        var total = await users.CountAsync(ct);
        var size = Paging.Clamp(query.PageSize);
        var page = Math.Max(1, query.Page);
        var items = await users.Skip((page - 1) * size).Take(size).ToDtosAsync(db, ct);
        return new Paged<UserDto>(items, total, page, size);
    }

    public static void Map(RouteGroupBuilder users) => users
        .MapGet("/", async ([AsParameters] Query query, GaoxinDb db, CancellationToken ct) => TypedResults.Ok(await Handle(query, db, ct)))
        .RequireAuthorization(Policies.ApiZoneAdmin)
        .WithName("ListUsers")
        .WithSummary("Lists the accounts the caller administers (zone admins: their zone; platform admins: all)");
}

using Gaoxin.Data;
using Gaoxin.Modules.Accounts.Domain;
using Microsoft.EntityFrameworkCore;

namespace Gaoxin.Modules.Accounts.Features;

public sealed record UserDto(Guid Id, string UserName, string DisplayName, IReadOnlyList<string> Roles, string? Zone, string? Department,
    IReadOnlyList<string> SupervisedZones, DateTimeOffset? LockedUntil, bool IsDemo, DateTimeOffset CreatedAt, Guid? DepartmentId)
{
    public bool Enabled => !UpdateUser.IsDisabled(LockedUntil);
}

/// <summary>
/// Accounts are not zone-owned rows (a platform admin has no zone), so they are scoped here, explicitly:
/// a zone admin sees the accounts of their zone, a platform admin sees all.
/// </summary>
public static class UserQueries
{
    public static IQueryable<User> Visible(this GaoxinDb db)
    {
        if (db.Scope.SeesAllZones)
        {
            return db.Users;
        }

        var zones = db.Scope.VisibleZoneIds;
        return db.Users.Where(u => u.ZoneId != null && zones.Contains(u.ZoneId.Value));
    }

    public static async Task<List<UserDto>> ToDtosAsync(this IQueryable<User> users, GaoxinDb db, CancellationToken ct)
    {
        var rows = await users.AsNoTracking()
            .Select(u => new
            {
                u.Id, u.UserName, u.DisplayName, u.ZoneId, u.DepartmentId, u.LockoutEnd, u.IsDemo, u.CreatedAt,
                Roles = db.UserRoles.Where(r => r.UserId == u.Id).Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name!).ToList(),
                Supervised = u.SupervisedZones.Select(s => s.ZoneId).ToList(),
            })
            .ToListAsync(ct);
        var zones = await db.Zones.IgnoreQueryFilters().AsNoTracking().ToDictionaryAsync(z => z.Id, z => z.Code, ct);
        var departmentIds = rows.Where(r => r.DepartmentId != null).Select(r => r.DepartmentId!.Value).Distinct().ToList();
        var departments = await db.Departments.IgnoreQueryFilters().AsNoTracking().Where(d => departmentIds.Contains(d.Id)).ToDictionaryAsync(d => d.Id, d => d.Name, ct);
        return rows.Select(r => new UserDto(r.Id, r.UserName ?? string.Empty, r.DisplayName, r.Roles,
                r.ZoneId is { } z && zones.TryGetValue(z, out var code) ? code : null,
                r.DepartmentId is { } d && departments.TryGetValue(d, out var name) ? name : null,
                r.Supervised.Select(s => zones.GetValueOrDefault(s) ?? string.Empty).Order().ToList(),
                r.LockoutEnd, r.IsDemo, r.CreatedAt, r.DepartmentId))
            .ToList();
    }
}

using System.ComponentModel.DataAnnotations;
using Gaoxin.Data;
using Gaoxin.Hosting;
using Gaoxin.Hosting.Api;
using Gaoxin.Modules.Accounts.Domain;
using Gaoxin.Modules.Zones.Features;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Gaoxin.Modules.Accounts.Features;

/// <summary>
/// An administrator changes an account's name, role, department or supervised zones, or disables it.
/// An account stays in its zone; nobody can disable themselves or take away their own role.
/// </summary>
public static class UpdateUser
{
    public sealed record Request(
        [property: StringLength(100)] string? DisplayName,
        [property: Required] string Role,
        Guid? DepartmentId = null,
        IReadOnlyList<string>? SupervisedZones = null,
        bool Enabled = true);

    /// <summary>Disabled accounts are locked out until a date no one will live to see (one every database stores exactly).</summary>
    public static readonly DateTimeOffset Disabled = new(9999, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static bool IsDisabled(DateTimeOffset? lockoutEnd) => lockoutEnd >= Disabled;

    public static async Task<User?> Handle(Guid id, Request request, GaoxinDb db, UserManager<User> users, CancellationToken ct)
    {
        RequestValidation.Ensure(request);
        var scope = db.Scope;
        var user = await db.Visible().Include(u => u.SupervisedZones).FirstOrDefaultAsync(u => u.Id == id, ct);
        if (user is null || !ResetPassword.CanAdminister(db, user))
        {
            return null;
        }

        var role = AddUser.ParseRole(request.Role);
        var current = await users.GetRolesAsync(user);
        if (user.Id == scope.UserId && (!request.Enabled || !current.Contains(role)))
        {
            throw new DomainException(Text.Get("Err.NotYourself"));
        }

        if (Roles.IsZoneBound(role) != (user.ZoneId is not null))
        {
            throw new DomainException(Text.Get(user.ZoneId is null ? "Err.NoZoneAccountRole" : "Err.ZoneAccountRole", AddUser.RoleName(role)));
        }

        if (!Roles.IsZoneBound(role) && !scope.SeesAllZones)
        {
            throw new DomainException(Text.Get("Err.OnlyPlatformAdminMakes", AddUser.RoleName(role)), StatusCodes.Status403Forbidden);
        }

        if (user.ZoneId is { } zoneId)
        {
            if (request.DepartmentId is { } departmentId && !await db.Departments.AnyAsync(d => d.Id == departmentId && d.ZoneId == zoneId, ct))
            {
                throw new DomainException(Text.Get("Err.DepartmentNotInZone"));
            }

            if (request.DepartmentId is null && Roles.NeedsDepartment(role))
            {
                throw new DomainException(Text.Get("Err.StaffNeedsDepartment"));
            }

            user.DepartmentId = request.DepartmentId;
        }

        if (role == Roles.Supervisor)
        {
            var zones = await AddUser.SupervisedZoneIdsAsync(request.SupervisedZones, db, ct);
            user.SupervisedZones.RemoveAll(s => !zones.Contains(s.ZoneId));
            foreach (var z in zones.Where(z => user.SupervisedZones.All(s => s.ZoneId != z)))
            {
                user.SupervisedZones.Add(new SupervisedZone { UserId = user.Id, ZoneId = z });
            }
        }

        if (!string.IsNullOrWhiteSpace(request.DisplayName))
        {
            user.DisplayName = request.DisplayName.Trim();
        }

        user.LockoutEnabled = true;
        user.LockoutEnd = request.Enabled ? (IsDisabled(user.LockoutEnd) ? null : user.LockoutEnd) : Disabled;

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        AddUser.Check(await users.UpdateAsync(user));
        if (!current.SequenceEqual([role]))
        {
            AddUser.Check(await users.RemoveFromRolesAsync(user, current));
            AddUser.Check(await users.AddToRoleAsync(user, role));
        }

        // A changed role or a disabled account must not keep working through an old cookie.
        AddUser.Check(await users.UpdateSecurityStampAsync(user));
        await tx.CommitAsync(ct);
        return user;
    }

    public static void Map(RouteGroupBuilder users) => users
        .MapPut("/{id:guid}", async Task<Results<Ok<UserDto>, ProblemHttpResult>> (Guid id, Request request, GaoxinDb db, UserManager<User> userManager, CancellationToken ct) =>
        {
            var user = await Handle(id, request, db, userManager, ct);
            return user is null ? ApiResults.NotFound("account") : TypedResults.Ok((await db.Users.Where(u => u.Id == user.Id).ToDtosAsync(db, ct)).Single());
        })
        .RequireAuthorization(Policies.ApiZoneAdmin)
        .WithName("UpdateUser")
        .WithSummary("Changes an account's name, role, department or supervised zones, or disables it");
}

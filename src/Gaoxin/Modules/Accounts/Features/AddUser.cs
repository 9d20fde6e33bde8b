using System.ComponentModel.DataAnnotations;
using Gaoxin.Data;
using Gaoxin.Hosting;
using Gaoxin.Modules.Accounts.Domain;
using Gaoxin.Modules.Zones.Features;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Gaoxin.Modules.Accounts.Features;

/// <summary>Adds an account with one role. Used by the admin page, the API, the CLI and the demo seed.</summary>
public static class AddUser
{
    public sealed record Request(
        [property: Required, StringLength(64, MinimumLength = 2)] string UserName,
        [property: StringLength(100)] string? DisplayName,
        [property: Required] string Password,
        [property: Required] string Role,
        string? Zone = null,
        Guid? DepartmentId = null,
        IReadOnlyList<string>? SupervisedZones = null,
        bool IsDemo = false);

    public static async Task<User> Handle(Request request, GaoxinDb db, UserManager<User> users, TimeProvider clock, CancellationToken ct)
    {
        RequestValidation.Ensure(request);
        var scope = db.Scope;
        var role = ParseRole(request.Role);
        if (!Roles.IsZoneBound(role) && !scope.SeesAllZones)
        {
            throw new DomainException(Text.Get("Err.OnlyPlatformAdminAdds", RoleName(role)), StatusCodes.Status403Forbidden);
        }

        var user = new User
        {
            UserName = request.UserName.Trim(),
            DisplayName = string.IsNullOrWhiteSpace(request.DisplayName) ? request.UserName.Trim() : request.DisplayName.Trim(),
            IsDemo = request.IsDemo,
            CreatedAt = clock.GetUtcNow(),
        };

        if (Roles.IsZoneBound(role))
        {
            if (string.IsNullOrWhiteSpace(request.Zone))
            {
                throw new DomainException(Text.Get("Err.RoleNeedsZone", RoleName(role)));
            }

            var zone = await db.FindVisibleAsync(request.Zone, ct) ?? throw new DomainException(Text.Get("Err.ZoneNotVisible", request.Zone), StatusCodes.Status404NotFound);
            if (!scope.CanWrite(zone.Id))
            {
                throw new DomainException(Text.Get("Err.CannotAddHere"), StatusCodes.Status403Forbidden);
            }

            user.ZoneId = zone.Id;
            if (request.DepartmentId is { } departmentId)
            {
                if (!await db.Departments.AnyAsync(d => d.Id == departmentId && d.ZoneId == zone.Id, ct))
                {
                    throw new DomainException(Text.Get("Err.DepartmentNotInZone"));
                }

                user.DepartmentId = departmentId;
            }
            else if (Roles.NeedsDepartment(role))
            {
                throw new DomainException(Text.Get("Err.StaffNeedsDepartment"));
            }
        }
        else if (!string.IsNullOrWhiteSpace(request.Zone))
        {
            throw new DomainException(Text.Get("Err.RoleHasNoZone", RoleName(role)));
        }

        if (role == Roles.Supervisor)
        {
            foreach (var zoneId in await SupervisedZoneIdsAsync(request.SupervisedZones, db, ct))
            {
                user.SupervisedZones.Add(new SupervisedZone { UserId = user.Id, ZoneId = zoneId });
            }
        }

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        Check(await users.CreateAsync(user, request.Password));
        Check(await users.AddToRoleAsync(user, role));
        await tx.CommitAsync(ct);
        return user;
    }

    internal static string ParseRole(string? text)
        => Roles.All.FirstOrDefault(r => string.Equals(r, text?.Trim(), StringComparison.OrdinalIgnoreCase))
            ?? throw new DomainException(Text.Get("Err.UnknownRole", text, string.Join(", ", Roles.All)));

    /// <summary>The zones a supervisor reads: at least one, each one the caller can see.</summary>
    internal static async Task<List<Guid>> SupervisedZoneIdsAsync(IReadOnlyList<string>? codes, GaoxinDb db, CancellationToken ct)
    {
        if (codes is not { Count: > 0 })
        {
            throw new DomainException(Text.Get("Err.SupervisorNeedsZones"));
        }

        var zones = new List<Guid>();
        foreach (var code in codes.Distinct(StringComparer.OrdinalIgnoreCase))
        {
            zones.Add((await db.FindVisibleAsync(code, ct) ?? throw new DomainException(Text.Get("Err.NoSuchZone", code), StatusCodes.Status404NotFound)).Id);
        }

        return zones;
    }

    /// <summary>The role as people call it, in the current language.</summary>
    internal static string RoleName(string role) => Text.Get("Role." + role);

    internal static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            var status = result.Errors.Any(e => e.Code is "DuplicateUserName") ? StatusCodes.Status409Conflict : StatusCodes.Status400BadRequest;
            throw new DomainException(string.Join(" ", result.Errors.Select(e => e.Description)), status);
        }
    }

    public static void Map(RouteGroupBuilder users) => users
        .MapPost("/", async Task<Created<UserDto>> (Request request, GaoxinDb db, UserManager<User> userManager, TimeProvider clock, CancellationToken ct) =>
        {
            var user = await Handle(request with { IsDemo = false }, db, userManager, clock, ct);
            var dto = (await db.Users.Where(u => u.Id == user.Id).ToDtosAsync(db, ct)).Single();
            return TypedResults.Created($"/api/v1/users/{user.Id}", dto);
        })
        .RequireAuthorization(Policies.ApiZoneAdmin)
        .WithName("AddUser")
        .WithSummary("Adds an account (zone admins: in their zone; platform admins: anywhere)");
}

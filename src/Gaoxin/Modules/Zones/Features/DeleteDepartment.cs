using Gaoxin.Data;
using Gaoxin.Hosting;
using Gaoxin.Hosting.Api;
using Gaoxin.Modules.Zones.Domain;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Gaoxin.Modules.Zones.Features;

/// <summary>Marks a department deleted; refused while staff still belong to it.</summary>
public static class DeleteDepartment
{
    public static async Task<bool> Handle(Zone zone, Guid id, GaoxinDb db, TimeProvider clock, CancellationToken ct)
    {
        var department = await db.Departments.FirstOrDefaultAsync(d => d.Id == id && d.ZoneId == zone.Id, ct);
        if (department is null)
        {
            return false;
        }

        if (!db.Scope.CanWrite(zone.Id))
        {
            throw new DomainException(Text.Get("Err.ReadOnlyZone"), StatusCodes.Status403Forbidden);
        }

        var staff = await db.Users.CountAsync(u => u.DepartmentId == id, ct);
        if (staff > 0)
        {
            throw new DomainException(Text.Get("Err.DepartmentHasStaff", staff, department.Name), StatusCodes.Status409Conflict);
        }

        department.Delete(clock.GetUtcNow());
        await db.SaveChangesAsync(ct);
        return true;
    }

    public static void Map(RouteGroupBuilder zones) => zones
        .MapDelete("/{zone}/departments/{id:guid}", async Task<Results<NoContent, ProblemHttpResult>> (string zone, Guid id, GaoxinDb db, TimeProvider clock, CancellationToken ct) =>
        {
            if (await db.FindVisibleAsync(zone, ct) is not { } z)
            {
                return ApiResults.ZoneNotFound(zone);
            }

            return await Handle(z, id, db, clock, ct) ? TypedResults.NoContent() : ApiResults.NotFound("department");
        })
        .RequireAuthorization(Policies.ApiZoneAdmin)
        .WithName("DeleteDepartment")
        .WithSummary("Deletes an empty department (zone admins)");
}

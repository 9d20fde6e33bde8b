using System.ComponentModel.DataAnnotations;
using Gaoxin.Data;
using Gaoxin.Hosting;
using Gaoxin.Hosting.Api;
using Gaoxin.Modules.Zones.Domain;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Gaoxin.Modules.Zones.Features;

public static class RenameDepartment
{
    public sealed record Request([property: Required, StringLength(100, MinimumLength = 2)] string Name, long Version);

    public static async Task<Department?> Handle(Zone zone, Guid id, Request request, GaoxinDb db, CancellationToken ct)
    {
        RequestValidation.Ensure(request);
        var department = await db.Departments.FirstOrDefaultAsync(d => d.Id == id && d.ZoneId == zone.Id, ct);
        if (department is null)
        {
            return null;
        }

        if (!db.Scope.CanWrite(zone.Id))
        {
            throw new DomainException(Text.Get("Err.ReadOnlyZone"), StatusCodes.Status403Forbidden);
        }

        db.Entry(department).Property(d => d.Version).OriginalValue = request.Version;
        department.Rename(request.Name);
        await db.SaveChangesAsync(ct);
        return department;
    }

    public static void Map(RouteGroupBuilder zones) => zones
        .MapPut("/{zone}/departments/{id:guid}", async Task<Results<Ok<DepartmentDto>, ProblemHttpResult>> (string zone, Guid id, Request request, GaoxinDb db, CancellationToken ct) =>
        {
            if (await db.FindVisibleAsync(zone, ct) is not { } z)
            {
                return ApiResults.ZoneNotFound(zone);
            }

            return await Handle(z, id, request, db, ct) is { } d
                ? TypedResults.Ok(new DepartmentDto(d.Id, d.Name, 0, d.Version))
                : ApiResults.NotFound("department");
        })
        .RequireAuthorization(Policies.ApiZoneAdmin)
        .WithName("RenameDepartment")
        .WithSummary("Renames a department (zone admins)");
}

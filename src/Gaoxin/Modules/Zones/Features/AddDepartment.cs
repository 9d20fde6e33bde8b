using System.ComponentModel.DataAnnotations;
using Gaoxin.Data;
using Gaoxin.Hosting;
using Gaoxin.Hosting.Api;
using Gaoxin.Modules.Zones.Domain;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Gaoxin.Modules.Zones.Features;

public static class AddDepartment
{
    public sealed record Request([property: Required, StringLength(100, MinimumLength = 2)] string Name);

    public static async Task<Department> Handle(Zone zone, Request request, GaoxinDb db, CancellationToken ct)
    {
        RequestValidation.Ensure(request);
        if (!db.Scope.CanWrite(zone.Id))
        {
            throw new DomainException(Text.Get("Err.ReadOnlyZone"), StatusCodes.Status403Forbidden);
        }

        var name = request.Name.Trim();
        if (await db.Departments.AnyAsync(d => d.ZoneId == zone.Id && d.Name == name, ct))
        {
            throw new DomainException(Text.Get("Err.DepartmentExists", name), StatusCodes.Status409Conflict);
        }

        var department = new Department(zone.Id, name);
        db.Departments.Add(department);
        await db.SaveChangesAsync(ct);
        return department;
    }

    public static void Map(RouteGroupBuilder zones) => zones
        .MapPost("/{zone}/departments", async Task<Results<Created<DepartmentDto>, ProblemHttpResult>> (string zone, Request request, GaoxinDb db, CancellationToken ct) =>
        {
            if (await db.FindVisibleAsync(zone, ct) is not { } z)
            {
                return ApiResults.ZoneNotFound(zone);
            }

            var d = await Handle(z, request, db, ct);
            return TypedResults.Created($"/api/v1/zones/{z.Code}/departments/{d.Id}", new DepartmentDto(d.Id, d.Name, 0, d.Version));
        })
        .RequireAuthorization(Policies.ApiZoneAdmin)
        .WithName("AddDepartment")
        .WithSummary("Adds a department to a zone (zone admins)");
}

using Gaoxin.Data;
using Gaoxin.Hosting.Api;
using Gaoxin.Modules.Zones.Domain;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Gaoxin.Modules.Zones.Features;

public sealed record DepartmentDto(Guid Id, string Name, int Staff, long Version);

public static class ListDepartments
{
    public static async Task<List<DepartmentDto>> Handle(Zone zone, GaoxinDb db, CancellationToken ct)
        => await db.Departments.AsNoTracking()
            .Where(d => d.ZoneId == zone.Id)
            .OrderBy(d => d.Name)
            .Select(d => new DepartmentDto(d.Id, d.Name, db.Users.Count(u => u.DepartmentId == d.Id), d.Version))
            .ToListAsync(ct);

    public static void Map(RouteGroupBuilder zones) => zones
        .MapGet("/{zone}/departments", async Task<Results<Ok<List<DepartmentDto>>, ProblemHttpResult>> (string zone, GaoxinDb db, CancellationToken ct)
            => await db.FindVisibleAsync(zone, ct) is { } z ? TypedResults.Ok(await Handle(z, db, ct)) : ApiResults.ZoneNotFound(zone))
        .WithName("ListDepartments")
        .WithSummary("The departments of a zone");
}

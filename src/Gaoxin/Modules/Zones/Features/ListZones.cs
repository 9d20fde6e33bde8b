using Gaoxin.Data;
using Microsoft.EntityFrameworkCore;

namespace Gaoxin.Modules.Zones.Features;

/// <summary>The zones the caller may see.</summary>
public static class ListZones
{
    public static async Task<List<ZoneDto>> Handle(GaoxinDb db, CancellationToken ct)
        => (await db.Zones.AsNoTracking().OrderBy(z => z.Code).ToListAsync(ct)).Select(ZoneDto.From).ToList();

    public static void Map(RouteGroupBuilder zones) => zones
        .MapGet("/", async (GaoxinDb db, CancellationToken ct) => TypedResults.Ok(await Handle(db, ct)))
        .WithName("ListZones")
        .WithSummary("Lists the zones the caller may see");
}

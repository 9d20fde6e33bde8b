using Gaoxin.Data;
using Gaoxin.Hosting.Api;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Gaoxin.Modules.Zones.Features;

public static class GetZone
{
    public static void Map(RouteGroupBuilder zones) => zones
        .MapGet("/{zone}", async Task<Results<Ok<ZoneDto>, ProblemHttpResult>> (string zone, GaoxinDb db, CancellationToken ct)
            => await db.FindVisibleAsync(zone, ct) is { } z ? TypedResults.Ok(ZoneDto.From(z)) : ApiResults.ZoneNotFound(zone))
        .WithName("GetZone")
        .WithSummary("One zone, if the caller may see it");
}

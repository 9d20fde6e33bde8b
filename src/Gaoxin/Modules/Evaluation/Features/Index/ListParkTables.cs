using Gaoxin.Data;
using Gaoxin.Hosting.Api;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Gaoxin.Modules.Evaluation.Features.Index;

public static class ListParkTables
{
    public static async Task<List<ParkTableDto>> Handle(Guid zoneId, GaoxinDb db, CancellationToken ct)
        => (await db.ParkIndexTables.AsNoTracking().Where(t => t.ZoneId == zoneId).OrderByDescending(t => t.Year).ThenByDescending(t => t.ImportedAt).ToListAsync(ct))
            .Select(ParkTableDto.From).ToList();

    public static void Map(RouteGroupBuilder zone) => zone
        .MapGet("/evaluation/indices", async Task<Ok<List<ParkTableDto>>> (ZoneRoute zone, GaoxinDb db, CancellationToken ct) => TypedResults.Ok(await Handle(zone.Id, db, ct)))
        .RequireAuthorization(Policies.ApiEvaluationReader)
        .WithName("ListParkTables")
        .WithSummary("The zone's imported park indicator tables, newest year first");
}

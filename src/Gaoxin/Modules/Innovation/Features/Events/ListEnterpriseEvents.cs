using Gaoxin.Data;
using Gaoxin.Hosting.Api;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Gaoxin.Modules.Innovation.Features.Events;

/// <summary>An enterprise's listing and financing events, newest first (an enterprise account: its own file only).</summary>
public static class ListEnterpriseEvents
{
    public static async Task<List<EnterpriseEventDto>> Handle(Guid zoneId, Guid enterpriseId, GaoxinDb db, CancellationToken ct)
    {
        await EnterpriseAccess.FindAsync(db, zoneId, enterpriseId, ct, track: false);
        var events = await db.EnterpriseEvents.AsNoTracking().Where(e => e.ZoneId == zoneId && e.EnterpriseId == enterpriseId)
            .OrderByDescending(e => e.Date).ThenByDescending(e => e.Id).ToListAsync(ct);
        return events.Select(EnterpriseEventDto.From).ToList();
    }

    public static void Map(RouteGroupBuilder zone) => zone
        .MapGet("/enterprises/{id:guid}/events", async Task<Ok<List<EnterpriseEventDto>>> (ZoneRoute zone, Guid id, GaoxinDb db, CancellationToken ct)
            => TypedResults.Ok(await Handle(zone.Id, id, db, ct)))
        .RequireAuthorization(Policies.ApiEnterpriseFile)
        .WithName("ListEnterpriseEvents")
        .WithSummary("An enterprise's listing (上市/挂牌) and financing (融资) events, newest first");
}

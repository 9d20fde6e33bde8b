using Gaoxin.Data;
using Gaoxin.Hosting.Api;
using Gaoxin.Modules.Innovation.Domain;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Gaoxin.Modules.Innovation.Features.Events;

/// <summary>
/// Records a listing (board, stock code) or a financing (round, amount in yuan or none when undisclosed, investors) in
/// an enterprise's file, with who recorded it and when. Staff of the zone, or the enterprise's own account.
/// </summary>
public static class RecordEnterpriseEvent
{
    public static async Task<EnterpriseEvent> Handle(Guid zoneId, Guid enterpriseId, EnterpriseEventFields request, GaoxinDb db, BusinessDay day, TimeProvider clock, CancellationToken ct)
    {
        var enterprise = await EnterpriseAccess.FindAsync(db, zoneId, enterpriseId, ct, track: false);
        EventAccess.RequireWriter(db, zoneId);
        var e = new EnterpriseEvent(zoneId, enterprise.Id, db.Scope.UserName ?? "?", clock.GetUtcNow());
        request.ApplyTo(e, day.Today);
        db.EnterpriseEvents.Add(e);
        await db.SaveChangesAsync(ct);
        return e;
    }

    public static void Map(RouteGroupBuilder zone) => zone
        .MapPost("/enterprises/{id:guid}/events", async Task<Created<EnterpriseEventDto>> (ZoneRoute zone, Guid id, EnterpriseEventFields request, GaoxinDb db, BusinessDay day, TimeProvider clock, CancellationToken ct) =>
        {
            var e = await Handle(zone.Id, id, request, db, day, clock, ct);
            return TypedResults.Created($"/api/v1/zones/{zone.Zone.Code}/enterprise-events/{e.Id}", EnterpriseEventDto.From(e));
        })
        .RequireAuthorization(Policies.ApiEnterpriseFile)
        .WithName("RecordEnterpriseEvent")
        .WithSummary("Records a listing (kind Listing: date, board, stockCode) or a financing (kind Financing: date, round, amount in yuan or null, investors); 400 naming each wrong field");
}

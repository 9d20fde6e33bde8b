using Gaoxin.Data;
using Gaoxin.Hosting.Api;
using Gaoxin.Modules.Innovation.Domain;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Gaoxin.Modules.Innovation.Features.Events;

/// <summary>Corrects a listing or financing event; send the version you read (409 if someone changed it since, nothing saved).</summary>
public static class CorrectEnterpriseEvent
{
    public static async Task<EnterpriseEvent> Handle(Guid zoneId, Guid id, EnterpriseEventFields request, GaoxinDb db, BusinessDay day, CancellationToken ct)
    {
        var e = await EventAccess.FindAsync(db, zoneId, id, ct);
        EventAccess.RequireWriter(db, zoneId);
        e.RequireVersion(request.Version);
        request.ApplyTo(e, day.Today);
        await db.SaveChangesAsync(ct);
        return e;
    }

    public static void Map(RouteGroupBuilder zone) => zone
        .MapPut("/enterprise-events/{id:guid}", async Task<Ok<EnterpriseEventDto>> (ZoneRoute zone, Guid id, EnterpriseEventFields request, GaoxinDb db, BusinessDay day, CancellationToken ct)
            => TypedResults.Ok(EnterpriseEventDto.From(await Handle(zone.Id, id, request, db, day, ct))))
        .RequireAuthorization(Policies.ApiEnterpriseFile)
        .WithName("CorrectEnterpriseEvent")
        .WithSummary("Corrects a listing or financing event (version-checked: 409 on a stale version)");
}

using Gaoxin.Data;
using Gaoxin.Hosting.Api;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Gaoxin.Modules.Innovation.Features.Events;

/// <summary>
/// Removes a listing or financing event from the file (marked deleted, kept in the audit log). With <c>?version=</c>
/// the removal is refused (409) when someone changed the event since it was read.
/// </summary>
public static class DeleteEnterpriseEvent
{
    public static async Task Handle(Guid zoneId, Guid id, long? version, GaoxinDb db, TimeProvider clock, CancellationToken ct)
    {
        var e = await EventAccess.FindAsync(db, zoneId, id, ct);
        EventAccess.RequireWriter(db, zoneId);
        if (version is { } seen)
        {
            e.RequireVersion(seen);
        }

        e.Delete(clock.GetUtcNow());
        await db.SaveChangesAsync(ct);
    }

    public static void Map(RouteGroupBuilder zone) => zone
        .MapDelete("/enterprise-events/{id:guid}", async Task<NoContent> (ZoneRoute zone, Guid id, long? version, GaoxinDb db, TimeProvider clock, CancellationToken ct) =>
        {
            await Handle(zone.Id, id, version, db, clock, ct);
            return TypedResults.NoContent();
        })
        .RequireAuthorization(Policies.ApiEnterpriseFile)
        .WithName("DeleteEnterpriseEvent")
        .WithSummary("Deletes a listing or financing event (optionally version-checked with ?version=)");
}

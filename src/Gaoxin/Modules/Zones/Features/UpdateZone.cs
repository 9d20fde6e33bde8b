using System.ComponentModel.DataAnnotations;
using Gaoxin.Data;
using Gaoxin.Hosting;
using Gaoxin.Hosting.Api;
using Gaoxin.Modules.Zones.Domain;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Gaoxin.Modules.Zones.Features;

/// <summary>A zone admin (of that zone) or a platform admin edits the zone's particulars.</summary>
public static class UpdateZone
{
    public sealed record Request(
        [property: Required, StringLength(100, MinimumLength = 2)] string Name,
        [property: StringLength(200)] string? NameEn,
        [property: Required, StringLength(50)] string Province,
        [property: Required, StringLength(50)] string City,
        ZoneLevel Level,
        DateOnly EstablishedOn,
        long Version);

    public static async Task<Zone?> Handle(string code, Request request, GaoxinDb db, TimeProvider clock, CancellationToken ct)
    {
        RequestValidation.Ensure(request);
        var zone = await db.FindVisibleAsync(code, ct);
        if (zone is null)
        {
            return null;
        }

        if (!db.Scope.CanWrite(zone.Id))
        {
            throw new DomainException(Text.Get("Err.ReadOnlyZone"), StatusCodes.Status403Forbidden);
        }

        CreateZone.ValidateDate(request.EstablishedOn, clock);
        db.Entry(zone).Property(z => z.Version).OriginalValue = request.Version;
        zone.Update(request.Name, request.NameEn ?? string.Empty, request.Province, request.City, request.Level, request.EstablishedOn);
        await db.SaveChangesAsync(ct);
        return zone;
    }

    public static void Map(RouteGroupBuilder zones) => zones
        .MapPut("/{zone}", async Task<Results<Ok<ZoneDto>, ProblemHttpResult>> (string zone, Request request, GaoxinDb db, TimeProvider clock, CancellationToken ct)
            => await Handle(zone, request, db, clock, ct) is { } z ? TypedResults.Ok(ZoneDto.From(z)) : ApiResults.ZoneNotFound(zone))
        .RequireAuthorization(Policies.ApiZoneAdmin)
        .WithName("UpdateZone")
        .WithSummary("Edits a zone's particulars; send the version you read (409 if someone changed it since)");
}

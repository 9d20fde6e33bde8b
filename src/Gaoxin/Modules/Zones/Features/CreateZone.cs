using System.ComponentModel.DataAnnotations;
using Gaoxin.Data;
using Gaoxin.Hosting;
using Gaoxin.Hosting.Api;
using Gaoxin.Modules.Zones.Domain;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Gaoxin.Modules.Zones.Features;

/// <summary>A platform admin adds a zone.</summary>
public static class CreateZone
{
    public sealed record Request(
        [property: Required, RegularExpression("^[a-z][a-z0-9-]{1,31}$", ErrorMessage = "Code: 2–32 lower-case letters, digits or '-', starting with a letter (e.g. chengde).")] string Code,
        [property: Required, StringLength(100, MinimumLength = 2)] string Name,
        [property: StringLength(200)] string? NameEn,
        [property: Required, StringLength(50)] string Province,
        [property: Required, StringLength(50)] string City,
        ZoneLevel Level,
        DateOnly EstablishedOn);

    public static async Task<Zone> Handle(Request request, GaoxinDb db, TimeProvider clock, CancellationToken ct)
    {
        RequestValidation.Ensure(request);
        ValidateDate(request.EstablishedOn, clock);
        var code = Zone.NormaliseCode(request.Code);
        if (await db.Zones.IgnoreQueryFilters().AnyAsync(z => z.Code == code, ct))
        {
            throw new DomainException(Text.Get("Err.ZoneCodeTaken", code), StatusCodes.Status409Conflict);
        }

        var zone = new Zone(code, request.Name, request.NameEn ?? string.Empty, request.Province, request.City, request.Level, request.EstablishedOn);
        db.Zones.Add(zone);
        await db.SaveChangesAsync(ct);
        return zone;
    }

    internal static void ValidateDate(DateOnly established, TimeProvider clock)
    {
        var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        if (established > today || established.Year < 1980)
        {
            throw new DomainException(Text.Get("Err.EstablishedRange", established.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)));
        }
    }

    public static void Map(RouteGroupBuilder zones) => zones
        .MapPost("/", async Task<Created<ZoneDto>> (Request request, GaoxinDb db, TimeProvider clock, CancellationToken ct) =>
        {
            var zone = await Handle(request, db, clock, ct);
            return TypedResults.Created($"/api/v1/zones/{zone.Code}", ZoneDto.From(zone));
        })
        .RequireAuthorization(Policies.ApiPlatformAdmin)
        .WithName("CreateZone")
        .WithSummary("Adds a zone (platform admins)");
}

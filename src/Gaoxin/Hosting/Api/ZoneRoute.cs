using Gaoxin.Data;
using Gaoxin.Modules.Zones.Domain;
using Gaoxin.Modules.Zones.Features;

namespace Gaoxin.Hosting.Api;

/// <summary>
/// The <c>{zone}</c> of a route, resolved to a zone the caller may see. A handler that takes a <see cref="ZoneRoute"/>
/// never runs for a zone the caller cannot see: binding answers 404 with the zone named (authorisation runs before).
/// </summary>
public sealed record ZoneRoute(Zone Zone)
{
    public Guid Id => Zone.Id;

    public static async ValueTask<ZoneRoute?> BindAsync(HttpContext context)
    {
        var code = context.GetRouteValue("zone") as string ?? context.Request.Query["zone"].FirstOrDefault() ?? string.Empty;
        var db = context.RequestServices.GetRequiredService<GaoxinDb>();
        return await db.FindVisibleAsync(code, context.RequestAborted) is { } zone
            ? new ZoneRoute(zone)
            : throw new DomainException(Text.Get("Err.ZoneNotVisible", code), StatusCodes.Status404NotFound);
    }

    /// <summary>Refuses a write into a zone the caller may only read (a supervisor's view).</summary>
    public void RequireWritable(GaoxinDb db)
    {
        if (!db.Scope.CanWrite(Zone.Id))
        {
            throw new DomainException(Text.Get("Err.ReadOnlyZone"), StatusCodes.Status403Forbidden);
        }
    }
}

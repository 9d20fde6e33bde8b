using Gaoxin.Data;
using Gaoxin.Modules.Zones.Domain;
using Microsoft.EntityFrameworkCore;

namespace Gaoxin.Modules.Zones.Features;

public sealed record ZoneDto(string Code, string Name, string NameEn, string Province, string City, ZoneLevel Level, DateOnly EstablishedOn, long Version)
{
    public static ZoneDto From(Zone z) => new(z.Code, z.Name, z.NameEn, z.Province, z.City, z.Level, z.EstablishedOn, z.Version);
}

/// <summary>The public surface other modules use to find a zone: only zones the caller may see are found.</summary>
public static class ZoneQueries
{
    public static Task<Zone?> FindVisibleAsync(this GaoxinDb db, string code, CancellationToken ct = default)
    {
        var normalised = Zone.NormaliseCode(code);
        return db.Zones.FirstOrDefaultAsync(z => z.Code == normalised, ct);
    }
}

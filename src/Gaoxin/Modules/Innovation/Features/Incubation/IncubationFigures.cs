using Gaoxin.Data;
using Microsoft.EntityFrameworkCore;

namespace Gaoxin.Modules.Innovation.Features.Incubation;

/// <summary>The incubation block of the innovation summary: carriers, their floor area, enterprises in incubation and graduates on a day.</summary>
public static class IncubationFigures
{
    /// <summary>Carriers and their total area (m²); enterprises in incubation on the day; graduates cumulative and in the year; carriers recognised nationally.</summary>
    public sealed record Block(int Carriers, decimal AreaSquareMeters, int Enterprises, int Graduates, int GraduatesInYear, int NationalCarriers);

    public static async Task<Block> ForAsync(Guid zoneId, DateOnly asOf, GaoxinDb db, CancellationToken ct)
    {
        var carriers = await db.Carriers.AsNoTracking().Where(c => c.ZoneId == zoneId).Select(c => new { c.AreaSquareMeters, c.Level }).ToListAsync(ct);
        var incubatees = await db.Incubatees.AsNoTracking().Where(i => i.ZoneId == zoneId && i.MovedInOn <= asOf).ToListAsync(ct);
        return new Block(carriers.Count, carriers.Sum(c => c.AreaSquareMeters), incubatees.Count(i => i.InIncubationOn(asOf)),
            incubatees.Count(i => i.GraduatedOn <= asOf), incubatees.Count(i => i.GraduatedOn <= asOf && i.GraduatedOn.Value.Year == asOf.Year),
            carriers.Count(c => c.Level == Domain.CarrierLevel.National));
    }
}

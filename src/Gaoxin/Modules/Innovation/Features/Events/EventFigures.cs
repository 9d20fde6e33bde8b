using Gaoxin.Data;
using Gaoxin.Modules.Innovation.Domain;
using Microsoft.EntityFrameworkCore;

namespace Gaoxin.Modules.Innovation.Features.Events;

/// <summary>What the enterprise file and the innovation summary say about listing and financing events.</summary>
public static class EventFigures
{
    /// <summary>An enterprise's events in short: how many, and its latest listing (null when it has not listed).</summary>
    public sealed record EnterpriseBrief(int Count, EnterpriseEventDto? LatestListing);

    /// <summary>
    /// The zone's block of the innovation summary: enterprises listed by the day (any board), listings and financing
    /// events in the day's year, and the disclosed amount of those financings (yuan).
    /// </summary>
    public sealed record Block(int ListedEnterprises, int ListingsInYear, int FinancingsInYear, decimal FinancingAmountInYear);

    public static async Task<EnterpriseBrief> BriefAsync(Guid zoneId, Guid enterpriseId, GaoxinDb db, CancellationToken ct)
    {
        var count = await db.EnterpriseEvents.CountAsync(e => e.ZoneId == zoneId && e.EnterpriseId == enterpriseId, ct);
        var listing = await db.EnterpriseEvents.AsNoTracking().Where(e => e.ZoneId == zoneId && e.EnterpriseId == enterpriseId && e.Kind == EnterpriseEventKind.Listing)
            .OrderByDescending(e => e.Date).ThenByDescending(e => e.Id).FirstOrDefaultAsync(ct);
        return new EnterpriseBrief(count, listing is null ? null : EnterpriseEventDto.From(listing));
    }

    public static async Task<Block> ForAsync(Guid zoneId, DateOnly asOf, GaoxinDb db, CancellationToken ct)
    {
        var from = new DateOnly(asOf.Year, 1, 1);
        var events = await db.EnterpriseEvents.AsNoTracking().Where(e => e.ZoneId == zoneId && e.Date <= asOf)
            .Select(e => new { e.EnterpriseId, e.Kind, e.Date, e.AmountFen }).ToListAsync(ct);
        var listings = events.Where(e => e.Kind == EnterpriseEventKind.Listing).ToList();
        var financings = events.Where(e => e.Kind == EnterpriseEventKind.Financing && e.Date >= from).ToList();
        return new Block(listings.Select(e => e.EnterpriseId).Distinct().Count(), listings.Count(e => e.Date >= from), financings.Count,
            Engines.Money.Fen.ToYuan(financings.Sum(e => e.AmountFen ?? 0)));
    }
}

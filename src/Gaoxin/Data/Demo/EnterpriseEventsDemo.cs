using Gaoxin.Engines.Qualifications;
using Gaoxin.Modules.Innovation.Domain;
using Gaoxin.Modules.Zones.Domain;
using Microsoft.EntityFrameworkCore;

namespace Gaoxin.Data.Demo;

/// <summary>
/// A few listing and financing events in the demo files (invented, marked sample, stock codes that read as samples):
/// Chengde's Little Giant listed on 新三板 and its demo-account enterprise raised an A round; a Xianyang SRDI firm
/// listed on 科创板 after a B round. Idempotent: a zone with events is left alone.
/// </summary>
public static class EnterpriseEventsDemo
{
    private const long Wan = 1_000_000; // fen per 万元

    public static async Task SeedAsync(GaoxinDb db, Zone zone, DateTimeOffset at, CancellationToken ct)
    {
        if (zone.Code is not ("chengde" or "xianyang") || await db.EnterpriseEvents.IgnoreQueryFilters().AnyAsync(e => e.ZoneId == zone.Id, ct))
        {
            return;
        }

        var enterprises = db.Enterprises.IgnoreQueryFilters().Where(e => e.ZoneId == zone.Id);
        Task<Guid?> Holder(QualificationKind kind) => enterprises
            .Where(e => db.Qualifications.IgnoreQueryFilters().Any(q => q.EnterpriseId == e.Id && q.Kind == kind))
            .OrderBy(e => e.Name).Select(e => (Guid?)e.Id).FirstOrDefaultAsync(ct);

        if (zone.Code == "chengde")
        {
            if (await enterprises.Where(e => e.Name == InnovationDemo.ChengdeAccountEnterprise).Select(e => (Guid?)e.Id).FirstOrDefaultAsync(ct) is { } account)
            {
                Financing(db, zone.Id, account, at, new DateOnly(2020, 9, 8), FinancingRound.PreA, null, "示例天使投资人");
                Financing(db, zone.Id, account, at, new DateOnly(2021, 6, 18), FinancingRound.SeriesA, 3_000 * Wan, "承德示例产业投资基金、示例创投合伙企业");
            }

            if (await Holder(QualificationKind.LittleGiant) is { } giant)
            {
                Listing(db, zone.Id, giant, at, new DateOnly(2021, 11, 15), ListingBoard.Neeq, "示例-873001");
                Financing(db, zone.Id, giant, at, new DateOnly(2022, 4, 20), FinancingRound.Strategic, 12_000 * Wan, "示例省级产业引导基金");
            }
        }
        else if (await Holder(QualificationKind.Srdi) is { } srdi)
        {
            Financing(db, zone.Id, srdi, at, new DateOnly(2020, 12, 1), FinancingRound.SeriesB, 8_500 * Wan, "示例科技创投基金");
            Listing(db, zone.Id, srdi, at, new DateOnly(2022, 6, 28), ListingBoard.Star, "示例-688001");
        }

        await db.SaveChangesAsync(ct);
    }

    private static void Listing(GaoxinDb db, Guid zoneId, Guid enterpriseId, DateTimeOffset at, DateOnly date, ListingBoard board, string code)
    {
        var e = new EnterpriseEvent(zoneId, enterpriseId, "system", at) { IsSampleData = true };
        e.SetListing(date, board, code, "示例数据");
        db.EnterpriseEvents.Add(e);
    }

    private static void Financing(GaoxinDb db, Guid zoneId, Guid enterpriseId, DateTimeOffset at, DateOnly date, FinancingRound round, long? amountFen, string investors)
    {
        var e = new EnterpriseEvent(zoneId, enterpriseId, "system", at) { IsSampleData = true };
        e.SetFinancing(date, round, amountFen, investors, "示例数据");
        db.EnterpriseEvents.Add(e);
    }
}

using System.Globalization;
using Gaoxin.Data;
using Gaoxin.Engines.Qualifications;
using Gaoxin.Modules.Innovation.Domain;
using Microsoft.EntityFrameworkCore;

namespace Gaoxin.Modules.Incentives.Features.Grants;

/// <summary>
/// What the zone already holds about its enterprises, as policy inputs by name (the enterprise file, 一企一档): the
/// industry (auto-parts and vehicle makers named as the Liudong rules expect), the year's reported figures, and
/// qualifications in force. An input the file does not hold stays missing — never zero.
/// </summary>
public static class EnterpriseInputs
{
    public sealed record Holder(Guid EnterpriseId, string Name, string CreditCode, Dictionary<string, string?> Inputs);

    /// <summary>One enterprise's inputs (an enterprise account's calculator starts from them), or null when it is not in the zone.</summary>
    public static async Task<Holder?> ForEnterpriseAsync(GaoxinDb db, Guid zoneId, Guid enterpriseId, int year, CancellationToken ct)
        => (await ForZoneAsync(db, zoneId, year, ct, enterpriseId)).FirstOrDefault();

    public static async Task<List<Holder>> ForZoneAsync(GaoxinDb db, Guid zoneId, int year, CancellationToken ct, Guid? only = null)
    {
        var enterprises = await db.Enterprises.AsNoTracking().Where(e => e.ZoneId == zoneId && (only == null || e.Id == only)).OrderBy(e => e.Name).ToListAsync(ct);
        var figures = await db.EnterpriseYears.AsNoTracking().Where(y => y.ZoneId == zoneId && y.Year == year && (only == null || y.EnterpriseId == only)).ToDictionaryAsync(y => y.EnterpriseId, ct);
        var day = new DateOnly(year, 12, 31);
        var qualified = await db.Qualifications.AsNoTracking().Where(q => q.ZoneId == zoneId && q.GrantedOn <= day && q.ExpiresOn >= new DateOnly(year, 1, 1) && (only == null || q.EnterpriseId == only))
            .Select(q => new { q.EnterpriseId, q.Kind, q.GrantedOn }).ToListAsync(ct);
        return enterprises.Select(e =>
        {
            var inputs = new Dictionary<string, string?>(StringComparer.Ordinal)
            {
                ["industry"] = e.AutoIndustry switch
                {
                    AutoIndustryRole.AutoParts => "汽车零部件",
                    AutoIndustryRole.VehicleMaker => "汽车",
                    _ => e.Industry.Length > 0 ? e.Industry : null,
                },
                ["tech_enterprise"] = qualified.Any(q => q.EnterpriseId == e.Id && q.Kind is QualificationKind.TechSme or QualificationKind.Hnte) ? "true" : "false",
            };
            if (figures.TryGetValue(e.Id, out var f))
            {
                inputs["outward_supply"] = (f.OutwardSupplyFen / 100m).ToString(CultureInfo.InvariantCulture);
                inputs["rd_intensity"] = f.RevenueFen > 0 ? (100m * f.RdExpenseFen / f.RevenueFen).ToString("0.####", CultureInfo.InvariantCulture) + "%" : null;
            }

            return new Holder(e.Id, e.Name, e.CreditCode, inputs);
        }).ToList();
    }
}

using System.Globalization;
using Gaoxin.Data;
using Gaoxin.Engines.Qualifications;
using Gaoxin.Hosting.Api;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Gaoxin.Modules.Innovation.Features;

public sealed record CriterionDto(string Code, CriterionStatus Status, string Text, string En, string Zh);

public sealed record PreCheckDto(QualificationKind Kind, string Document, DateOnly EffectiveFrom, int Year, bool Eligible, bool Held, int? Score, int Met, int NotMet,
    string? Note, IReadOnlyList<CriterionDto> Criteria);

/// <summary>
/// The tiered-cultivation pre-check of one enterprise: every qualification's criteria against its figures of a year
/// (default: last year), assessed at that year's end, with what is met, what is not and by how much.
/// </summary>
public static class PreCheck
{
    public static async Task<IReadOnlyList<PreCheckDto>> Handle(Guid zoneId, Guid id, int? year, GaoxinDb db, DateOnly today, CancellationToken ct)
    {
        var enterprise = await EnterpriseAccess.FindAsync(db, zoneId, id, ct, track: false);
        var y = year ?? today.Year - 1;
        EnterpriseAccess.RequireYear(y);
        var asOf = new DateOnly(y, 12, 31);
        var years = await db.EnterpriseYears.AsNoTracking().Where(f => f.EnterpriseId == id && f.Year <= y && f.Year >= y - 2).ToListAsync(ct);
        var held = await db.Qualifications.AsNoTracking().Where(q => q.EnterpriseId == id && q.GrantedOn <= asOf && q.ExpiresOn >= asOf).Select(q => q.Kind).ToListAsync(ct);
        var facts = new EnterpriseFacts(enterprise.RegisteredOn, enterprise.NicheSince, years.Select(f => f.ToFacts()).ToList(), held);
        return QualificationCriteria.CheckAll(facts, y, asOf).Select(r => ToDto(r, held.Contains(r.Kind))).ToList();
    }

    public static PreCheckDto ToDto(PreCheckResult r, bool held)
    {
        var zh = CultureInfo.CurrentUICulture.Name.StartsWith("zh", StringComparison.Ordinal);
        return new PreCheckDto(r.Kind, r.Document, r.EffectiveFrom, r.Year, r.Eligible, held, r.Score, r.MetCount, r.NotMetCount, zh ? r.NoteZh : r.NoteEn,
            r.Criteria.Select(c => new CriterionDto(c.Code, c.Status, zh ? c.Zh : c.En, c.En, c.Zh)).ToList());
    }

    public static void Map(RouteGroupBuilder zone) => zone
        .MapGet("/enterprises/{id:guid}/precheck", async Task<Ok<IReadOnlyList<PreCheckDto>>> (ZoneRoute zone, Guid id, int? year, GaoxinDb db, BusinessDay day, CancellationToken ct)
            => TypedResults.Ok(await Handle(zone.Id, id, year, db, day.Today, ct)))
        .RequireAuthorization(Policies.ApiEnterpriseFile)
        .WithName("PreCheckEnterprise")
        .WithSummary("Pre-check against each qualification's official criteria (document, per-criterion verdict and gap in words)");
}

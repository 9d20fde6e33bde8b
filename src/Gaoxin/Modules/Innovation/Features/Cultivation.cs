using Gaoxin.Data;
using Gaoxin.Engines.Qualifications;
using Gaoxin.Hosting.Api;
using Gaoxin.Modules.Innovation.Domain;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Gaoxin.Modules.Innovation.Features;

/// <summary>
/// Tiered cultivation (梯度培育): per target qualification, the year's target and progress (grants in the year) and the
/// pool of candidates (enterprises without it, best pre-check first: all criteria met, then most met).
/// </summary>
public static class Cultivation
{
    public sealed record Candidate(Guid Id, string Name, bool Ready, int Met, int NotMet, int Unknown, string? FirstGap);

    public sealed record Pool(QualificationKind Kind, int? Target, int Granted, decimal? Progress, int Held, IReadOnlyList<Candidate> Candidates);

    public sealed record Overview(int Year, int FiguresYear, IReadOnlyList<Pool> Pools);

    public sealed record TargetsRequest(IReadOnlyList<TargetItem> Targets);

    public sealed record TargetItem(QualificationKind Kind, int Count);

    public static async Task<Overview> Handle(Guid zoneId, int year, GaoxinDb db, int poolSize, CancellationToken ct)
    {
        EnterpriseAccess.RequireStaff(db);
        EnterpriseAccess.RequireYear(year);
        var figuresYear = year - 1;
        var asOf = new DateOnly(year, 12, 31);
        var enterprises = await db.Enterprises.AsNoTracking().Where(e => e.ZoneId == zoneId).Select(e => new { e.Id, e.Name, e.RegisteredOn, e.NicheSince }).ToListAsync(ct);
        var figures = (await db.EnterpriseYears.AsNoTracking().Where(y => y.ZoneId == zoneId && y.Year >= figuresYear - 2 && y.Year <= figuresYear).ToListAsync(ct))
            .ToLookup(y => y.EnterpriseId);
        var qualifications = await db.Qualifications.AsNoTracking().Where(q => q.ZoneId == zoneId).ToListAsync(ct);
        var targets = await db.CultivationTargets.AsNoTracking().Where(t => t.ZoneId == zoneId && t.Year == year).ToDictionaryAsync(t => t.Kind, t => t.Count, ct);
        var zh = System.Globalization.CultureInfo.CurrentUICulture.Name.StartsWith("zh", StringComparison.Ordinal);
        var pools = new List<Pool>();
        foreach (var kind in Enum.GetValues<QualificationKind>())
        {
            var ofKind = qualifications.Where(q => q.Kind == kind).ToList();
            var granted = ofKind.Where(q => q.GrantedOn.Year == year).Select(q => q.EnterpriseId).Distinct().Count();
            var holders = ofKind.Where(q => q.InForceOn(asOf) || q.GrantedOn.Year == year).Select(q => q.EnterpriseId).ToHashSet();
            var candidates = new List<Candidate>();
            foreach (var e in enterprises.Where(e => !holders.Contains(e.Id)))
            {
                var held = qualifications.Where(q => q.EnterpriseId == e.Id && q.InForceOn(asOf)).Select(q => q.Kind).ToList();
                var facts = new EnterpriseFacts(e.RegisteredOn, e.NicheSince, figures[e.Id].Select(f => f.ToFacts()).ToList(), held);
                if (facts.Years.All(f => f.Year != figuresYear))
                {
                    continue; // without the year's figures there is nothing to pre-check
                }

                var r = QualificationCriteria.Check(kind, facts, figuresYear, asOf);
                var gap = r.Criteria.FirstOrDefault(c => c.Status == CriterionStatus.NotMet);
                candidates.Add(new Candidate(e.Id, e.Name, r.Eligible, r.MetCount, r.NotMetCount, r.Criteria.Count - r.MetCount - r.NotMetCount, gap is null ? null : zh ? gap.Zh : gap.En));
            }

            var ordered = candidates.OrderByDescending(c => c.Ready).ThenBy(c => c.NotMet).ThenByDescending(c => c.Met).ThenBy(c => c.Name, StringComparer.Ordinal).Take(poolSize).ToList();
            int? target = targets.TryGetValue(kind, out var t) ? t : null;
            pools.Add(new Pool(kind, target, granted, target is > 0 ? Math.Round(granted * 100m / target.Value, 1) : null, ofKind.Where(q => q.InForceOn(asOf)).Select(q => q.EnterpriseId).Distinct().Count(), ordered));
        }

        return new Overview(year, figuresYear, pools);
    }

    public static async Task SetTargetsAsync(Guid zoneId, int year, TargetsRequest request, GaoxinDb db, CancellationToken ct)
    {
        EnterpriseAccess.RequireStaff(db);
        if (!db.Scope.CanWrite(zoneId))
        {
            throw new DomainException(Text.Get("Err.ReadOnlyZone"), StatusCodes.Status403Forbidden);
        }

        if (year is < 2000 or > 2100)
        {
            throw FieldsException.One("year", Text.Get("Ent.Err.Year", 2000, 2100));
        }

        if ((request.Targets ?? []).FirstOrDefault(t => t.Count is < 0 or > 100_000) is { } bad)
        {
            throw FieldsException.One("targets", Text.Get("Ent.Err.TargetRange", bad.Count));
        }

        if ((request.Targets ?? []).GroupBy(t => t.Kind).FirstOrDefault(g => g.Count() > 1) is { } twice)
        {
            throw FieldsException.One("targets", Text.Get("Ent.Err.TargetTwice", twice.Key));
        }

        var existing = await db.CultivationTargets.Where(t => t.ZoneId == zoneId && t.Year == year).ToListAsync(ct);
        foreach (var item in request.Targets ?? [])
        {
            if (existing.FirstOrDefault(t => t.Kind == item.Kind) is { } current)
            {
                current.Count = item.Count;
            }
            else
            {
                db.CultivationTargets.Add(new CultivationTarget(zoneId, year, item.Kind, item.Count));
            }
        }

        await db.SaveChangesAsync(ct);
    }

    public static void Map(RouteGroupBuilder zone)
    {
        zone.MapGet("/cultivation", async Task<Ok<Overview>> (ZoneRoute zone, int? year, int? poolSize, GaoxinDb db, BusinessDay day, CancellationToken ct)
                => TypedResults.Ok(await Handle(zone.Id, year ?? day.Today.Year, db, Math.Clamp(poolSize ?? 20, 1, 500), ct)))
            .RequireAuthorization(Policies.ApiInnovationReader)
            .WithName("CultivationOverview")
            .WithSummary("Per qualification: the year's target, grants so far, and the candidate pool by pre-check");

        zone.MapPut("/cultivation/targets/{year:int}", async Task<NoContent> (ZoneRoute zone, int year, TargetsRequest request, GaoxinDb db, CancellationToken ct) =>
            {
                await SetTargetsAsync(zone.Id, year, request, db, ct);
                return TypedResults.NoContent();
            })
            .RequireAuthorization(Policies.ApiInnovationEditor)
            .WithName("SetCultivationTargets")
            .WithSummary("Sets the year's targets of new qualifications (e.g. +20 HNTE, +50 tech-based SMEs, 2 Little Giants)");
    }
}

using Gaoxin.Data;
using Gaoxin.Engines.Qualifications;
using Gaoxin.Hosting.Api;
using Gaoxin.Modules.Chains.Domain;
using Gaoxin.Modules.Projects.Domain;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Gaoxin.Modules.Chains.Features;

/// <summary>Reads a zone's chains, one chain with its links in upstream-to-downstream order, and one link's records.</summary>
public static class GetChains
{
    public sealed record LinkEnterprise(Guid PlacementId, Guid EnterpriseId, string Name, PlacementRole Role, int? Year, decimal Output, decimal Tax, bool Hnte, bool Srdi, string Note);

    public sealed record LinkProject(Guid PlacementId, Guid ProjectId, string Code, string Name, ProjectStage Stage, decimal PlannedTotalInvestment, PlacementRole Role, int OpenProblems);

    public sealed record LinkDetail(LinkFigures Link, string Chain, string ChainCode, IReadOnlyList<LinkEnterprise> Enterprises, IReadOnlyList<LinkProject> Projects);

    public static async Task<List<ChainView>> ListAsync(GaoxinDb db, Guid zoneId, int? year, DateOnly today, CancellationToken ct)
    {
        var chains = await db.Chains.AsNoTracking().Where(c => c.ZoneId == zoneId).OrderBy(c => c.Kind).ThenBy(c => c.Code).ToListAsync(ct);
        return await ChainFigures.LoadManyAsync(db, chains, year, today, ct);
    }

    public static async Task<ChainView> GetAsync(GaoxinDb db, Guid zoneId, string code, int? year, DateOnly today, CancellationToken ct)
        => await ChainFigures.LoadAsync(db, await ChainAccess.FindAsync(db, zoneId, code, ct, track: false), year, today, ct);

    public static async Task<LinkDetail> LinkAsync(GaoxinDb db, Guid zoneId, Guid linkId, int? year, DateOnly today, CancellationToken ct)
    {
        var link = await db.ChainLinks.AsNoTracking().FirstOrDefaultAsync(l => l.Id == linkId && l.ZoneId == zoneId, ct)
            ?? throw new DomainException(Text.Get("Err.NoSuchRecord", Text.Get("Chain.Thing.Link")), StatusCodes.Status404NotFound);
        var chain = await db.Chains.AsNoTracking().FirstAsync(c => c.Id == link.ChainId, ct);
        var view = await ChainFigures.LoadAsync(db, chain, year, today, ct);
        // The link's own records and its sub-links' (its figures include theirs); a firm on two of them is listed once.
        var within = ChainFigures.SubLinks(await db.ChainLinks.AsNoTracking().Where(l => l.ChainId == link.ChainId).ToListAsync(ct))[linkId];
        var placements = (await db.ChainPlacements.AsNoTracking().Where(p => within.Contains(p.LinkId)).ToListAsync(ct))
            .OrderBy(p => p.LinkId == linkId ? 0 : 1).DistinctBy(p => (p.EnterpriseId, p.ProjectId)).ToList();
        var firmIds = placements.Where(p => p.EnterpriseId != null).Select(p => p.EnterpriseId!.Value).ToList();
        var names = await db.Enterprises.AsNoTracking().Where(e => firmIds.Contains(e.Id)).ToDictionaryAsync(e => e.Id, e => e.Name, ct);
        var years = (await db.EnterpriseYears.AsNoTracking().Where(y => firmIds.Contains(y.EnterpriseId) && (year == null || y.Year == year)).ToListAsync(ct))
            .GroupBy(y => y.EnterpriseId).ToDictionary(g => g.Key, g => g.MaxBy(y => y.Year)!);
        var on = year is { } y0 ? new DateOnly(y0, 12, 31) : today;
        var kinds = await db.Qualifications.AsNoTracking().Where(q => firmIds.Contains(q.EnterpriseId) && q.GrantedOn <= on && q.ExpiresOn >= on)
            .Select(q => new { q.EnterpriseId, q.Kind }).ToListAsync(ct);
        var firms = placements.Where(p => p.EnterpriseId is { } id && names.ContainsKey(id)).Select(p =>
            {
                var id = p.EnterpriseId!.Value;
                var y = years.GetValueOrDefault(id);
                return new LinkEnterprise(p.Id, id, names[id], p.Role, y?.Year, (y?.OutputFen ?? 0) / 100m, (y?.TaxFen ?? 0) / 100m,
                    kinds.Any(k => k.EnterpriseId == id && k.Kind == QualificationKind.Hnte),
                    kinds.Any(k => k.EnterpriseId == id && k.Kind is QualificationKind.Srdi or QualificationKind.LittleGiant), p.Note);
            })
            .OrderBy(f => f.Role).ThenByDescending(f => f.Output).ThenBy(f => f.Name, StringComparer.Ordinal).ToList();
        var projectIds = placements.Where(p => p.ProjectId != null).Select(p => p.ProjectId!.Value).ToList();
        var open = await db.Problems.AsNoTracking().Where(p => projectIds.Contains(p.ProjectId) && p.Status != ProblemStatus.Closed)
            .GroupBy(p => p.ProjectId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        var projects = (await db.Projects.AsNoTracking().Where(p => projectIds.Contains(p.Id)).ToListAsync(ct))
            .Select(p => new LinkProject(placements.First(x => x.ProjectId == p.Id).Id, p.Id, p.Code, p.Name, p.Stage, p.PlannedTotalInvestment,
                placements.First(x => x.ProjectId == p.Id).Role, open.GetValueOrDefault(p.Id)))
            .OrderBy(p => p.Stage).ThenBy(p => p.Code, StringComparer.Ordinal).ToList();
        return new LinkDetail(view.Links.Single(l => l.Id == linkId), chain.Name, chain.Code, firms, projects);
    }

    public static void Map(RouteGroupBuilder zone)
    {
        zone.MapGet("/chains", async Task<Ok<List<ChainView>>> (ZoneRoute zone, int? year, GaoxinDb db, BusinessDay day, CancellationToken ct)
                => TypedResults.Ok(await ListAsync(db, zone.Id, year, day.Today, ct)))
            .RequireAuthorization(Policies.ApiProjectReader)
            .WithName("ListChains")
            .WithSummary("The zone's chains, each with its links upstream to downstream and their figures and strength");

        zone.MapGet("/chains/{code}", async Task<Ok<ChainView>> (ZoneRoute zone, string code, int? year, GaoxinDb db, BusinessDay day, CancellationToken ct)
                => TypedResults.Ok(await GetAsync(db, zone.Id, code, year, day.Today, ct)))
            .RequireAuthorization(Policies.ApiProjectReader)
            .WithName("GetChain")
            .WithSummary("A chain with its links upstream to downstream: enterprises, output, tax, HNTE/SRDI, projects by stage, status strong/weak/missing");

        zone.MapGet("/chain-links/{id:guid}", async Task<Ok<LinkDetail>> (ZoneRoute zone, Guid id, int? year, GaoxinDb db, BusinessDay day, CancellationToken ct)
                => TypedResults.Ok(await LinkAsync(db, zone.Id, id, year, day.Today, ct)))
            .RequireAuthorization(Policies.ApiProjectReader)
            .WithName("GetChainLink")
            .WithSummary("One link's enterprises (role, output, tax, qualifications) and projects (stage, investment, open problems)");
    }
}

using Gaoxin.Data;
using Gaoxin.Modules.Chains.Domain;
using Gaoxin.Modules.Projects.Domain;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Gaoxin.Modules.Chains.Features;

/// <summary>
/// Several zones' chains side by side (for supervisors and platform admins; anyone else sees only their own zone). Where one
/// zone's weak or missing link is another zone's strong link of the same name or a shared key product, a pairing is suggested:
/// 研发—产业化 when the strong side is a research link, 整机—零件 when one side assembles and the other makes parts, 补链协作
/// otherwise. Enclave projects shared between the zones shown (飞地, accepted shares) are listed with their split.
/// </summary>
public static class RegionalView
{
    public sealed record ZoneChains(string Zone, string ZoneName, IReadOnlyList<ChainView> Chains);

    public sealed record Pairing(string GapZone, string GapChain, string GapLink, string GapStatus, string StrongZone, string StrongChain, string StrongLink,
        string Kind, string Basis);

    public sealed record SharedProject(string HostZone, string PartnerZone, string ProjectCode, string ProjectName, decimal PlannedTotalInvestment, decimal PartnerPercent);

    public sealed record Regional(IReadOnlyList<ZoneChains> Zones, IReadOnlyList<Pairing> Pairings, IReadOnlyList<SharedProject> SharedProjects);

    public static async Task<Regional> LoadAsync(GaoxinDb db, IReadOnlyList<string>? zoneCodes, int? year, DateOnly today, CancellationToken ct)
    {
        var zones = await db.Zones.AsNoTracking().OrderBy(z => z.Code).ToListAsync(ct);
        if (zoneCodes is { Count: > 0 })
        {
            zones = zones.Where(z => zoneCodes.Contains(z.Code, StringComparer.OrdinalIgnoreCase)).ToList();
        }

        var ids = zones.Select(z => z.Id).ToList();
        var chains = await db.Chains.AsNoTracking().Where(c => ids.Contains(c.ZoneId)).OrderBy(c => c.Kind).ThenBy(c => c.Code).ToListAsync(ct);
        var views = await ChainFigures.LoadManyAsync(db, chains, year, today, ct);
        var zoneOf = chains.ToDictionary(c => c.Id, c => zones.First(z => z.Id == c.ZoneId));
        var perZone = zones.Select(z => new ZoneChains(z.Code, z.Name, views.Where(v => zoneOf[v.Chain.Id].Id == z.Id).ToList())).ToList();

        var all = views.SelectMany(v => v.Links.Select(l => (Zone: zoneOf[v.Chain.Id].Code, Chain: v.Chain.Name, Link: l))).ToList();
        var pairings = new List<Pairing>();
        foreach (var gap in all.Where(a => a.Link.Status != "strong"))
        {
            foreach (var strong in all.Where(a => a.Zone != gap.Zone && a.Link.Status == "strong"))
            {
                if (Basis(gap.Link, strong.Link) is { } basis)
                {
                    pairings.Add(new Pairing(gap.Zone, gap.Chain, gap.Link.Name, gap.Link.Status, strong.Zone, strong.Chain, strong.Link.Name, Kind(gap.Link, strong.Link), basis));
                }
            }
        }

        var shares = await db.ProjectShares.AsNoTracking().IgnoreQueryFilters()
            .Where(s => s.Status == ShareStatus.Accepted && ids.Contains(s.ZoneId) && ids.Contains(s.HostZoneId)).ToListAsync(ct);
        var shareProjects = shares.Select(s => s.ProjectId).ToList();
        var projects = await db.Projects.AsNoTracking().IgnoreQueryFilters().Where(p => shareProjects.Contains(p.Id) && p.DeletedAt == null).ToDictionaryAsync(p => p.Id, ct);
        var shared = shares.Where(s => projects.ContainsKey(s.ProjectId)).Select(s => new SharedProject(zones.First(z => z.Id == s.HostZoneId).Code, zones.First(z => z.Id == s.ZoneId).Code,
            projects[s.ProjectId].Code, projects[s.ProjectId].Name, projects[s.ProjectId].PlannedTotalInvestment, s.PartnerBasisPoints / 100m)).OrderBy(s => s.ProjectCode).ToList();
        return new Regional(perZone, pairings.OrderBy(p => p.GapZone).ThenBy(p => p.GapChain).ThenBy(p => p.GapLink).ThenBy(p => p.StrongZone).ToList(), shared);
    }

    /// <summary>Why two links match: the same name, or a key product both name; null when they do not.</summary>
    public static string? Basis(LinkFigures gap, LinkFigures strong)
    {
        if (string.Equals(gap.Name.Trim(), strong.Name.Trim(), StringComparison.OrdinalIgnoreCase))
        {
            return Text.Get("Chain.Pair.SameName", gap.Name);
        }

        var shared = gap.KeyProducts.Intersect(strong.KeyProducts, StringComparer.OrdinalIgnoreCase).ToList();
        return shared.Count > 0 ? Text.Get("Chain.Pair.SameProduct", string.Join("、", shared)) : null;
    }

    /// <summary>研发—产业化, 整机—零件 or 补链协作, from the two links' kinds.</summary>
    public static string Kind(LinkFigures gap, LinkFigures strong) => (gap.Kind, strong.Kind) switch
    {
        (_, LinkKind.Research) or (LinkKind.Research, _) => "研发—产业化",
        (LinkKind.Assembly, LinkKind.Component) or (LinkKind.Component, LinkKind.Assembly) or (LinkKind.Assembly, LinkKind.Assembly) or (LinkKind.Component, LinkKind.Component) => "整机—零件",
        _ => "补链协作",
    };

    public static void Map(RouteGroupBuilder api) => api
        .MapGet("/chains/regional", async Task<Ok<Regional>> (string? zones, int? year, GaoxinDb db, BusinessDay day, CancellationToken ct)
            => TypedResults.Ok(await LoadAsync(db, zones?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries), year, day.Today, ct)))
        .RequireAuthorization(Policies.ApiProjectReader)
        .WithTags("Chains")
        .WithName("RegionalChains")
        .WithSummary("Chains of the zones you may see side by side, pairings of one zone's gaps with another's strengths, enclave projects between them");
}

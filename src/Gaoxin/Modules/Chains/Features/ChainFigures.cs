using Gaoxin.Data;
using Gaoxin.Engines.Qualifications;
using Gaoxin.Modules.Chains.Domain;
using Gaoxin.Modules.Projects.Domain;
using Microsoft.EntityFrameworkCore;

namespace Gaoxin.Modules.Chains.Features;

/// <summary>A stage's projects on a link: how many and their planned total investment (yuan).</summary>
public sealed record StageInvestment(ProjectStage Stage, int Count, decimal Investment);

/// <summary>A link with the figures rolled up from the records placed on it, and its strength by the chain's rules.</summary>
public sealed record LinkFigures(
    Guid Id,
    string Code,
    string Name,
    LinkKind Kind,
    string? Parent,
    IReadOnlyList<string> Upstream,
    IReadOnlyList<string> KeyProducts,
    int Order,
    int EnterpriseCount,
    int LeaderCount,
    decimal Output,
    decimal Tax,
    decimal OutputSharePercent,
    int HnteCount,
    int SrdiCount,
    int ProjectCount,
    decimal ProjectInvestment,
    IReadOnlyList<StageInvestment> ProjectsByStage,
    string Status,
    string StatusReason,
    int OpenTargets);

public sealed record ChainSummary(
    Guid Id,
    string Code,
    string Name,
    ChainKind Kind,
    string ChiefName,
    Guid? ChiefUserId,
    IReadOnlyList<string> MemberUnits,
    string Description,
    bool WeakWithoutLeader,
    decimal? WeakBelowSharePercent,
    int? Year,
    int LinkCount,
    int EnterpriseCount,
    int ProjectCount,
    decimal Output,
    int StrongLinks,
    int WeakLinks,
    int MissingLinks,
    long Version);

public sealed record ChainView(ChainSummary Chain, IReadOnlyList<LinkFigures> Links);

/// <summary>
/// Rolls a chain's figures up per link (a link with sub-links includes theirs) from the records behind them: enterprises placed there (count, output and tax of the
/// chosen year or each one's latest year, HNTE and SRDI qualifications in force), projects placed there (count and planned
/// investment by stage), and judges each link: missing without an enterprise, weak without a chain-leader firm (if the chain
/// says so) or below the chain's output share, strong otherwise.
/// </summary>
public static class ChainFigures
{
    private static readonly QualificationKind[] Srdi = [QualificationKind.Srdi, QualificationKind.LittleGiant];

    public static async Task<ChainView> LoadAsync(GaoxinDb db, Chain chain, int? year, DateOnly today, CancellationToken ct)
        => (await LoadManyAsync(db, [chain], year, today, ct))[0];

    public static async Task<List<ChainView>> LoadManyAsync(GaoxinDb db, IReadOnlyList<Chain> chains, int? year, DateOnly today, CancellationToken ct)
    {
        var ids = chains.Select(c => c.Id).ToList();
        var links = await db.ChainLinks.AsNoTracking().Where(l => ids.Contains(l.ChainId)).ToListAsync(ct);
        var placements = await db.ChainPlacements.AsNoTracking().Where(p => ids.Contains(p.ChainId)).ToListAsync(ct);
        var enterpriseIds = placements.Where(p => p.EnterpriseId != null).Select(p => p.EnterpriseId!.Value).Distinct().ToList();
        var projectIds = placements.Where(p => p.ProjectId != null).Select(p => p.ProjectId!.Value).Distinct().ToList();
        var years = await db.EnterpriseYears.AsNoTracking().Where(y => enterpriseIds.Contains(y.EnterpriseId) && (year == null || y.Year == year))
            .Select(y => new { y.EnterpriseId, y.Year, y.OutputFen, y.TaxFen }).ToListAsync(ct);
        var figures = years.GroupBy(y => y.EnterpriseId).ToDictionary(g => g.Key, g => g.MaxBy(y => y.Year)!);
        var on = year is { } y0 ? new DateOnly(y0, 12, 31) : today;
        var qualified = await db.Qualifications.AsNoTracking()
            .Where(q => enterpriseIds.Contains(q.EnterpriseId) && q.GrantedOn <= on && q.ExpiresOn >= on && (q.Kind == QualificationKind.Hnte || Srdi.Contains(q.Kind)))
            .Select(q => new { q.EnterpriseId, q.Kind }).ToListAsync(ct);
        var hnte = qualified.Where(q => q.Kind == QualificationKind.Hnte).Select(q => q.EnterpriseId).ToHashSet();
        var srdi = qualified.Where(q => q.Kind != QualificationKind.Hnte).Select(q => q.EnterpriseId).ToHashSet();
        var projects = await db.Projects.AsNoTracking().Where(p => projectIds.Contains(p.Id))
            .Select(p => new { p.Id, p.Stage, p.PlannedTotalInvestmentFen }).ToDictionaryAsync(p => p.Id, ct);
        var targets = await db.InvestmentTargets.AsNoTracking().Where(t => ids.Contains(t.ChainId) && t.Status != TargetStatus.Closed)
            .GroupBy(t => t.LinkId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);

        var views = new List<ChainView>();
        foreach (var chain in chains)
        {
            var own = links.Where(l => l.ChainId == chain.Id).OrderBy(l => l.Order).ToList();
            var codes = own.ToDictionary(l => l.Id, l => l.Code);
            var within = SubLinks(own);
            var ownOutput = own.Sum(l => placements.Where(p => p.LinkId == l.Id && p.EnterpriseId != null).Select(p => p.EnterpriseId!.Value).Distinct()
                .Sum(f => figures.TryGetValue(f, out var v) ? v.OutputFen : 0));
            var rows = own.Select(l =>
            {
                var here = placements.Where(p => within[l.Id].Contains(p.LinkId)).ToList();
                var firms = here.Where(p => p.EnterpriseId != null).Select(p => p.EnterpriseId!.Value).Distinct().ToList();
                var works = here.Where(p => p.ProjectId != null && projects.ContainsKey(p.ProjectId.Value)).Select(p => projects[p.ProjectId!.Value]).DistinctBy(p => p.Id).ToList();
                return new
                {
                    Link = l,
                    Firms = firms.Count,
                    Leaders = here.Where(p => p.EnterpriseId != null && p.Role == PlacementRole.Leader).Select(p => p.EnterpriseId).Distinct().Count(),
                    Output = firms.Sum(f => figures.TryGetValue(f, out var v) ? v.OutputFen : 0),
                    Tax = firms.Sum(f => figures.TryGetValue(f, out var v) ? v.TaxFen : 0),
                    Hnte = firms.Count(hnte.Contains),
                    Srdi = firms.Count(srdi.Contains),
                    Works = works,
                };
            }).ToList();
            var total = ownOutput; // each link's own firms once: a parent's roll-up does not count its sub-links twice
            var result = rows.Select(r =>
            {
                var share = total == 0 ? 0m : Math.Round(r.Output * 100m / total, 2);
                var (status, reason) = Judge(chain, r.Firms, r.Leaders, share, total);
                return new LinkFigures(r.Link.Id, r.Link.Code, r.Link.Name, r.Link.Kind, r.Link.ParentId is { } p && codes.TryGetValue(p, out var pc) ? pc : null,
                    r.Link.UpstreamCodes.ToList(), r.Link.KeyProductList.ToList(), r.Link.Order, r.Firms, r.Leaders, r.Output / 100m, r.Tax / 100m, share,
                    r.Hnte, r.Srdi, r.Works.Count, r.Works.Sum(w => w.PlannedTotalInvestmentFen) / 100m,
                    r.Works.GroupBy(w => w.Stage).OrderBy(g => g.Key).Select(g => new StageInvestment(g.Key, g.Count(), g.Sum(w => w.PlannedTotalInvestmentFen) / 100m)).ToList(),
                    status, reason, targets.GetValueOrDefault(r.Link.Id));
            }).ToList();
            var summary = new ChainSummary(chain.Id, chain.Code, chain.Name, chain.Kind, chain.ChiefName, chain.ChiefUserId, chain.MemberUnitList.ToList(), chain.Description,
                chain.WeakWithoutLeader, chain.WeakBelowSharePercent, year, result.Count,
                placements.Where(p => p.ChainId == chain.Id && p.EnterpriseId != null).Select(p => p.EnterpriseId).Distinct().Count(),
                placements.Where(p => p.ChainId == chain.Id && p.ProjectId != null && projects.ContainsKey(p.ProjectId.Value)).Select(p => p.ProjectId).Distinct().Count(),
                ownOutput / 100m, result.Count(r => r.Status == "strong"), result.Count(r => r.Status == "weak"), result.Count(r => r.Status == "missing"), chain.Version);
            views.Add(new ChainView(summary, result));
        }

        return views;
    }

    /// <summary>Each link with the links under it (sub-links, at any depth): a parent's figures include its sub-links' records.</summary>
    public static Dictionary<Guid, HashSet<Guid>> SubLinks(IReadOnlyList<ChainLink> links)
    {
        var children = links.Where(l => l.ParentId != null).ToLookup(l => l.ParentId!.Value, l => l.Id);
        var result = new Dictionary<Guid, HashSet<Guid>>();
        foreach (var link in links)
        {
            var set = new HashSet<Guid> { link.Id };
            var queue = new Queue<Guid>([link.Id]);
            while (queue.Count > 0)
            {
                foreach (var child in children[queue.Dequeue()])
                {
                    if (set.Add(child))
                    {
                        queue.Enqueue(child);
                    }
                }
            }

            result[link.Id] = set;
        }

        return result;
    }

    /// <summary>The chain's rules applied to one link: missing, then weak (no leader firm, then share), else strong.</summary>
    public static (string Status, string Reason) Judge(Chain chain, int enterprises, int leaders, decimal sharePercent, long chainOutputFen)
    {
        if (enterprises == 0)
        {
            return ("missing", Text.Get("Chain.Why.NoEnterprise"));
        }

        if (chain.WeakWithoutLeader && leaders == 0)
        {
            return ("weak", Text.Get("Chain.Why.NoLeader"));
        }

        if (chain.WeakBelowSharePercent is { } min && chainOutputFen > 0 && sharePercent < min)
        {
            return ("weak", Text.Get("Chain.Why.LowShare", sharePercent, min));
        }

        return ("strong", Text.Get("Chain.Why.Strong"));
    }

    public static LinkStatus ToStatus(string status) => status switch { "missing" => LinkStatus.Missing, "weak" => LinkStatus.Weak, _ => LinkStatus.Strong };
}

using Gaoxin.Data;
using Gaoxin.Modules.Projects.Domain;
using Microsoft.EntityFrameworkCore;

namespace Gaoxin.Modules.Projects.Features.Enclave;

/// <summary>
/// Which part of each enclave project a zone counts: the host keeps the rest of an accepted split, the partner
/// its agreed part; every other project counts whole for its own zone. Counts of projects stay whole in both zones — the
/// project is one of each zone's projects — while amounts (investment, plans, completed) are split (ADR 0011).
/// </summary>
public sealed class ZoneParts
{
    private readonly Dictionary<Guid, (int PartnerBasisPoints, bool AsHost)> _splits;

    private ZoneParts(Dictionary<Guid, (int, bool)> splits, List<Guid> sharedIn)
    {
        _splits = splits;
        SharedIn = sharedIn;
    }

    /// <summary>Projects of other zones this zone counts as a partner.</summary>
    public IReadOnlyList<Guid> SharedIn { get; }

    /// <summary>Projects whose amounts this zone splits (as host or partner).</summary>
    public IReadOnlyCollection<Guid> Split => _splits.Keys;

    public long Of(Guid projectId, long fen)
    {
        if (!_splits.TryGetValue(projectId, out var s))
        {
            return fen;
        }

        var (host, partner) = ProjectShare.Split(fen, s.PartnerBasisPoints);
        return s.AsHost ? host : partner;
    }

    /// <summary>
    /// The splits a zone counts: those accepted now. An agreement splits the project's figures for every period (the
    /// figures of earlier years too); an ended or declined one splits nothing, so the host counts the whole again.
    /// </summary>
    public static async Task<ZoneParts> ForAsync(GaoxinDb db, Guid zoneId, CancellationToken ct)
    {
        var hosted = await db.SharesHostedBy(zoneId).AsNoTracking().Where(s => s.Status == ShareStatus.Accepted).ToListAsync(ct);
        var partnered = await db.ProjectShares.AsNoTracking().Where(s => s.ZoneId == zoneId && s.Status == ShareStatus.Accepted).ToListAsync(ct);
        var splits = new Dictionary<Guid, (int, bool)>();
        foreach (var s in hosted)
        {
            splits[s.ProjectId] = (s.PartnerBasisPoints, true);
        }

        var sharedIn = new List<Guid>();
        foreach (var s in partnered)
        {
            splits[s.ProjectId] = (s.PartnerBasisPoints, false);
            sharedIn.Add(s.ProjectId);
        }

        return new ZoneParts(splits, sharedIn);
    }

    /// <summary>
    /// The statistical (入库) amounts of the year up to a month that this zone counts, per month: its own reports with the
    /// partners' parts taken out, plus its parts of projects shared with it. Split per project and month.
    /// </summary>
    public async Task<Dictionary<int, long>> CompletedByMonthAsync(GaoxinDb db, Guid zoneId, int year, int lastMonth, CancellationToken ct)
    {
        var own = await db.MonthlyReports.AsNoTracking().Where(r => r.ZoneId == zoneId && r.Year == year && r.Month <= lastMonth && r.StatisticalFen != null)
            .GroupBy(r => r.Month).Select(g => new { Month = g.Key, Fen = g.Sum(r => r.StatisticalFen ?? 0) }).ToDictionaryAsync(x => x.Month, x => x.Fen, ct);
        if (_splits.Count == 0)
        {
            return own;
        }

        var ids = _splits.Keys.ToList();
        var shared = await db.MonthlyReports.IgnoreQueryFilters([QueryFilters.Zone]).AsNoTracking()
            .Where(r => ids.Contains(r.ProjectId) && r.Year == year && r.Month <= lastMonth && r.StatisticalFen != null)
            .Select(r => new { r.ProjectId, r.ZoneId, r.Month, Fen = r.StatisticalFen ?? 0 }).ToListAsync(ct);
        foreach (var r in shared)
        {
            var mine = Of(r.ProjectId, r.Fen);
            // Own reports are already in the sum whole: keep only this zone's part. Partner reports add this zone's part.
            var delta = r.ZoneId == zoneId ? mine - r.Fen : mine;
            own[r.Month] = own.GetValueOrDefault(r.Month) + delta;
        }

        return own;
    }
}

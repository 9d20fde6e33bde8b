using Gaoxin.Data;
using Gaoxin.Modules.Projects.Domain;
using Microsoft.EntityFrameworkCore;

namespace Gaoxin.Modules.Projects.Features.Enclave;

/// <summary>An enclave project's split as both zones see it; percentages to two decimals.</summary>
public sealed record ShareDto(
    Guid Id, Guid ProjectId, string ProjectCode, string ProjectName, string HostZone, string HostZoneName, string PartnerZone, string PartnerZoneName,
    decimal PartnerPercent, decimal HostPercent, string Agreement, ShareStatus Status, DateOnly ProposedOn, DateOnly? AnsweredOn, DateOnly? AcceptedOn,
    DateOnly? EndedOn, string? PartnerLiaison, string? PartnerNote, long Version);

public static class ShareQueries
{
    public static decimal Percent(int basisPoints) => basisPoints / 100m;

    /// <summary>Percent with at most two decimals, strictly between 0 and 100, as basis points; refused otherwise.</summary>
    public static int BasisPoints(decimal percent)
    {
        var bp = percent * 100m;
        if (bp != decimal.Truncate(bp) || bp <= 0 || bp >= ProjectShare.Whole)
        {
            throw new DomainException(Text.Get("Err.ShareRatio"));
        }

        return (int)bp;
    }

    /// <summary>
    /// Shares as DTOs. Reads across the two zones on purpose (ignoring only the zone filter): callers pass shares they
    /// reached through a zone the caller may see, as host or as partner.
    /// </summary>
    public static async Task<List<ShareDto>> ToDtosAsync(this GaoxinDb db, IReadOnlyCollection<ProjectShare> shares, CancellationToken ct)
    {
        var zoneIds = shares.SelectMany(s => new[] { s.ZoneId, s.HostZoneId }).Distinct().ToList();
        var zones = await db.Zones.IgnoreQueryFilters([QueryFilters.Zone]).Where(z => zoneIds.Contains(z.Id)).ToDictionaryAsync(z => z.Id, z => (z.Code, z.Name), ct);
        var projectIds = shares.Select(s => s.ProjectId).Distinct().ToList();
        var projects = await db.Projects.IgnoreQueryFilters([QueryFilters.Zone]).Where(p => projectIds.Contains(p.Id))
            .ToDictionaryAsync(p => p.Id, p => (p.Code, p.Name), ct);
        return shares.Where(s => projects.ContainsKey(s.ProjectId)).Select(s => new ShareDto(s.Id, s.ProjectId, projects[s.ProjectId].Code, projects[s.ProjectId].Name,
            zones[s.HostZoneId].Code, zones[s.HostZoneId].Name, zones[s.ZoneId].Code, zones[s.ZoneId].Name, Percent(s.PartnerBasisPoints), Percent(s.HostBasisPoints),
            s.Agreement, s.Status, s.ProposedOn, s.AnsweredOn, s.AcceptedOn, s.EndedOn, s.PartnerLiaison, s.PartnerNote, s.Version)).ToList();
    }

    /// <summary>The shares of a host zone's projects (rows that live in the partners' zones).</summary>
    public static IQueryable<ProjectShare> SharesHostedBy(this GaoxinDb db, Guid hostZoneId)
        => db.ProjectShares.IgnoreQueryFilters([QueryFilters.Zone]).Where(s => s.HostZoneId == hostZoneId);
}

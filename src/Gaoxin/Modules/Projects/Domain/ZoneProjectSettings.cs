using Gaoxin.Data;

namespace Gaoxin.Modules.Projects.Domain;

/// <summary>
/// A zone's settings for the projects platform: the traffic-light rule (DOMAIN.md §2 defaults) and the weights of the
/// monthly unit ranking. Every change bumps <see cref="RuleRevision"/>, so stored lights say which rule judged them.
/// </summary>
public sealed class ZoneProjectSettings : IZoneOwned, IVersioned
{
    private ZoneProjectSettings()
    {
    }

    public ZoneProjectSettings(Guid zoneId) => ZoneId = zoneId;

    public Guid ZoneId { get; private set; }
    public decimal YellowBandPoints { get; set; } = 30m;
    public int StartOverdueMonths { get; set; } = 3;
    public int RuleRevision { get; set; }

    /// <summary>Ranking weights (percent, summing to 100): completion vs plan, starts, problems closed on time.</summary>
    public int RankCompletionWeight { get; set; } = 60;
    public int RankStartsWeight { get; set; } = 20;
    public int RankProblemsWeight { get; set; } = 20;
    public long Version { get; set; }

    public LightRule LightRule => RuleRevision == 0 && YellowBandPoints == 30m && StartOverdueMonths == 3
        ? LightRule.Default
        : new LightRule(YellowBandPoints, StartOverdueMonths, $"zone-r{RuleRevision}");
}

/// <summary>A published monthly ranking of responsible units (按月排队), kept as published for history.</summary>
public sealed class PublishedRanking : IZoneOwned
{
    private PublishedRanking()
    {
        RowsJson = PublishedBy = string.Empty;
    }

    public PublishedRanking(Guid zoneId, int year, int month, string rowsJson, string publishedBy, DateTimeOffset at)
    {
        Id = Guid.CreateVersion7();
        ZoneId = zoneId;
        Year = year;
        Month = month;
        RowsJson = rowsJson;
        PublishedBy = publishedBy;
        PublishedAt = at;
    }

    public Guid Id { get; private set; }
    public Guid ZoneId { get; private set; }
    public int Year { get; private set; }
    public int Month { get; private set; }
    public string RowsJson { get; private set; }
    public string PublishedBy { get; private set; }
    public DateTimeOffset PublishedAt { get; private set; }
}

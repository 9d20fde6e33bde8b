using Gaoxin.Data;

namespace Gaoxin.Modules.Projects.Domain;

/// <summary>
/// A zone's targets for a year (年度目标): fixed-asset investment plan and stretch with their growth rates, projects of
/// at least 1000万 (count, total, planned for the year), key-project counts and signings. Plan and growth are stored as
/// entered, never derived from each other (DOMAIN.md §1: the page's two bases differ by 0.24亿).
/// </summary>
public sealed class AnnualTarget : IZoneOwned, IVersioned
{
    private AnnualTarget()
    {
    }

    public AnnualTarget(Guid zoneId, int year)
    {
        Id = Guid.CreateVersion7();
        ZoneId = zoneId;
        Year = year;
    }

    public Guid Id { get; private set; }
    public Guid ZoneId { get; private set; }
    public int Year { get; private set; }
    public long? FaiPlanFen { get; set; }
    public decimal? FaiPlanGrowthPercent { get; set; }
    public long? FaiStretchFen { get; set; }
    public decimal? FaiStretchGrowthPercent { get; set; }
    public int? BigProjectCount { get; set; }
    public long? BigProjectTotalFen { get; set; }
    public long? BigProjectPlannedFen { get; set; }
    public int? CityKeyCount { get; set; }
    public int? ProvincialKeyCount { get; set; }
    public int? SigningCount { get; set; }
    public long? SigningAmountFen { get; set; }
    public long Version { get; set; }
}

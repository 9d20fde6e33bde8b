using Gaoxin.Data;

namespace Gaoxin.Modules.Projects.Domain;

/// <summary>
/// A project's investment for one month (月度投资): the officer's reported amount (形象进度), and once the project is in
/// the statistical register the statistical amount (入统), kept apart as DOMAIN.md §2 asks ("先入库，后有数").
/// </summary>
public sealed class MonthlyReport : IZoneOwned, IVersioned
{
    private MonthlyReport()
    {
    }

    public MonthlyReport(Guid zoneId, Guid projectId, int year, int month, long reportedFen, long? statisticalFen, string? notes, string? reportedBy, DateTimeOffset reportedAt)
    {
        Id = Guid.CreateVersion7();
        ZoneId = zoneId;
        ProjectId = projectId;
        Year = year;
        Month = month;
        ReportedFen = reportedFen;
        StatisticalFen = statisticalFen;
        Notes = notes;
        ReportedBy = reportedBy;
        ReportedAt = reportedAt;
    }

    public Guid Id { get; private set; }
    public Guid ZoneId { get; private set; }
    public Guid ProjectId { get; private set; }
    public int Year { get; private set; }
    public int Month { get; private set; }
    public long ReportedFen { get; set; }
    public long? StatisticalFen { get; set; }
    public string? Notes { get; set; }
    public string? ReportedBy { get; private set; }
    public DateTimeOffset ReportedAt { get; private set; }

    /// <summary>The light as of this month; null when the project has no plan for the year.</summary>
    public LightColor? Light { get; private set; }
    public string? LightRuleVersion { get; private set; }
    public string? LightReason { get; private set; }
    public long Version { get; set; }

    public void SetLight(LightColor? light, string ruleVersion, string reason)
    {
        Light = light;
        LightRuleVersion = ruleVersion;
        LightReason = reason;
    }
}

public enum LightColor
{
    Green = 0,
    Yellow = 1,
    Red = 2,
}

/// <summary>
/// The traffic-light rule (红黄绿灯), DOMAIN.md §2 defaults: green when the year-to-date completion reaches the
/// time-elapsed target (序时进度 = annual plan × months elapsed / 12); yellow when short by up to
/// <see cref="YellowBandPoints"/> percentage points; red beyond, or when the planned start month has passed without a
/// start for <see cref="StartOverdueMonths"/> months. Every light records the rule version and why.
/// </summary>
public sealed record LightRule(decimal YellowBandPoints = 30m, int StartOverdueMonths = 3, string Version = "default-2022")
{
    public static readonly LightRule Default = new();

    public (LightColor? Color, string Reason) Judge(long ytdFen, long annualPlanFen, int month) => Judge(ytdFen, annualPlanFen, 0, month, null, true);

    /// <summary>Judges a project as of the end of <paramref name="year"/>-<paramref name="month"/>.</summary>
    public (LightColor? Color, string Reason) Judge(long ytdFen, long annualPlanFen, int year, int month, DateOnly? plannedStart, bool started)
    {
        if (!started && plannedStart is { } ps && year > 0 && (year * 12 + month) - (ps.Year * 12 + ps.Month) >= StartOverdueMonths)
        {
            return (LightColor.Red, Hosting.Text.Get("Light.StartOverdue", ps.ToString("yyyy-MM"), StartOverdueMonths));
        }

        if (annualPlanFen <= 0)
        {
            return (null, Hosting.Text.Get("Light.NoPlan"));
        }

        var completion = 100m * ytdFen / annualPlanFen;
        var elapsed = 100m * month / 12m;
        var shortfall = elapsed - completion;
        var args = new object[] { Math.Round(completion, 1), Math.Round(elapsed, 1), Math.Round(Math.Max(0, shortfall), 1), YellowBandPoints };
        return shortfall <= 0 ? (LightColor.Green, Hosting.Text.Get("Light.Green", args))
            : shortfall <= YellowBandPoints ? (LightColor.Yellow, Hosting.Text.Get("Light.Yellow", args))
            : (LightColor.Red, Hosting.Text.Get("Light.Red", args));
    }
}

using Gaoxin.Data;
using Gaoxin.Hosting.Api;
using Gaoxin.Modules.Projects.Domain;
using Gaoxin.Modules.Zones.Domain;
using Gaoxin.Modules.Zones.Features;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Gaoxin.Modules.Projects.Features;

/// <summary>
/// The war-board figures of a zone for a year, computed from the ledger. "Projects" are the year's projects under
/// implementation of at least 1000万 (Chengde's 109): a plan for the year, signed or later, not suspended or dropped.
/// Key projects are among them; the reserve is the 谋划储备 pool. Money in yuan.
/// </summary>
public static class GetDashboard
{
    public const long ThresholdFen = 10_000_000L * 100; // 1000万元

    public sealed record Figures(int Count, decimal TotalInvestment, decimal AnnualPlannedInvestment);

    public sealed record KeyFigures(Figures City, Figures Provincial);

    public sealed record Reserve(int Count, decimal TotalInvestment);

    public sealed record StageCount(ProjectStage Stage, int Count, decimal TotalInvestment);

    public sealed record TagCount(string Tag, int Count);

    /// <summary>Fixed-asset investment targets as entered (completed amounts come with monthly reporting).</summary>
    public sealed record Fai(decimal? Plan, decimal? PlanGrowthPercent, decimal? Stretch, decimal? StretchGrowthPercent, decimal CompletedYtd);

    /// <summary>Lights of the projects under implementation, each by its latest report of the year.</summary>
    public sealed record Lights(int Green, int Yellow, int Red, int NotReported);

    /// <summary>The year's signings (DOMAIN.md §2 counting) with landings, and the year before for comparison.</summary>
    public sealed record SigningsBlock(int Count, decimal AgreedAmount, int AtLeast100Million, int Landed, decimal LandedAmount, Signings.SigningFigures PreviousYear);

    public sealed record Dashboard(int Year, Figures Projects, KeyFigures KeyProjects, Reserve Reserve, IReadOnlyList<StageCount> Stages,
        IReadOnlyList<TagCount> Programmes, Fai Fai, Lights Lights, SigningsBlock Signings, AnnualTargetDto? Targets);

    private static readonly ProjectStage[] Implementing = [ProjectStage.Signed, ProjectStage.Landed, ProjectStage.Started, ProjectStage.InProduction];

    /// <param name="asOf">A past date to see the figures as they stood then (stages by their dated changes, reports up to that
    /// month, signings up to that day); null for now.</param>
    public static async Task<Dashboard> Handle(Zone zone, int year, GaoxinDb db, CancellationToken ct, DateOnly? asOf = null)
    {
        var lastMonth = asOf is { } a && a.Year == year ? a.Month : 12;
        var cutoff = asOf ?? DateOnly.MaxValue;
        var parts = await Enclave.ZoneParts.ForAsync(db, zone.Id, ct);
        var rows = await LedgerAsync(db.Projects.AsNoTracking().Where(p => p.ZoneId == zone.Id), db, year, lastMonth, ct);
        if (parts.SharedIn.Count > 0)
        {
            // Enclave projects shared with this zone count here too, for this zone's part (read across zones on purpose).
            var ids = parts.SharedIn.ToList();
            rows.AddRange(await LedgerAsync(db.Projects.IgnoreQueryFilters([QueryFilters.Zone]).AsNoTracking().Where(p => ids.Contains(p.Id)), db, year, lastMonth, ct));
        }

        if (asOf is not null)
        {
            // Month-end snapshots: a project's stage on the date is its last dated change on or before it.
            var ids = rows.Select(r => r.Id).ToList();
            var changes = await db.StageChanges.IgnoreQueryFilters([QueryFilters.Zone]).AsNoTracking()
                .Where(c => (c.ZoneId == zone.Id || ids.Contains(c.ProjectId)) && c.On <= cutoff)
                .GroupBy(c => c.ProjectId).Select(g => new { g.Key, Stage = g.OrderByDescending(c => c.On).ThenByDescending(c => c.Id).Select(c => c.To).First() }).ToDictionaryAsync(x => x.Key, x => x.Stage, ct);
            rows = rows.Where(p => changes.ContainsKey(p.Id)).Select(p => p with { Stage = changes[p.Id] }).ToList();
        }

        rows = rows.Select(r => r with { TotalFen = parts.Of(r.Id, r.TotalFen), YearFen = r.YearFen is { } y ? parts.Of(r.Id, y) : null }).ToList();
        var implementing = rows.Where(r => r.YearFen != null && r.Large && Implementing.Contains(r.Stage)).ToList();
        Figures Sum(IEnumerable<(long Total, long Year)> items)
        {
            var list = items.ToList();
            return new Figures(list.Count, list.Sum(i => i.Total) / 100m, list.Sum(i => i.Year) / 100m);
        }

        var all = implementing.Select(r => (r.TotalFen, r.YearFen!.Value));
        var city = implementing.Where(r => r.KeyLevel.HasFlag(KeyLevel.City)).Select(r => (r.TotalFen, r.YearFen!.Value));
        var provincial = implementing.Where(r => r.KeyLevel.HasFlag(KeyLevel.Provincial)).Select(r => (r.TotalFen, r.YearFen!.Value));
        var reserve = rows.Where(r => r.Stage == ProjectStage.Planned).ToList();
        var stages = rows.GroupBy(r => r.Stage).OrderBy(g => g.Key)
            .Select(g => new StageCount(g.Key, g.Count(), g.Sum(r => r.TotalFen) / 100m)).ToList();
        var tags = implementing.SelectMany(r => r.Tags.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .GroupBy(t => t).Select(g => new TagCount(g.Key, g.Count())).OrderByDescending(t => t.Count).ThenBy(t => t.Tag, StringComparer.Ordinal).ToList();
        var target = await AnnualTargets.FindAsync(db, zone, year, ct);
        var targets = target is null ? null : AnnualTargetDto.From(target);
        // 先入库，后有数: completed investment counts the statistical amounts only.
        var completedFen = (await parts.CompletedByMonthAsync(db, zone.Id, year, lastMonth, ct)).Values.Sum();
        var fai = new Fai(targets?.FaiPlan, targets?.FaiPlanGrowthPercent, targets?.FaiStretch, targets?.FaiStretchGrowthPercent, completedFen / 100m);
        var lights = new Lights(
            implementing.Count(r => r.Light == LightColor.Green),
            implementing.Count(r => r.Light == LightColor.Yellow),
            implementing.Count(r => r.Light == LightColor.Red),
            implementing.Count(r => r.Light is null));
        var (signed, previous) = await Signings.SigningFunnel.FiguresAsync(zone.Id, year, db, ct, cutoff);
        return new Dashboard(year, Sum(all), new KeyFigures(Sum(city), Sum(provincial)),
            new Reserve(reserve.Count, reserve.Sum(r => r.TotalFen) / 100m), stages, tags, fai, lights,
            new SigningsBlock(signed.Count, signed.AgreedAmount, signed.AtLeast100Million, signed.Landed, signed.LandedAmount, previous), targets);
    }

    /// <summary>One ledger project as the figures need it; <see cref="Large"/> judges the whole project (≥1000万), not a zone's part.</summary>
    private sealed record LedgerRow(Guid Id, ProjectStage Stage, KeyLevel KeyLevel, string Tags, long TotalFen, bool Large, long? YearFen, LightColor? Light);

    private static Task<List<LedgerRow>> LedgerAsync(IQueryable<Project> projects, GaoxinDb db, int year, int lastMonth, CancellationToken ct) => projects
        .Select(p => new LedgerRow(p.Id, p.Stage, p.KeyLevel, p.Tags, p.PlannedTotalInvestmentFen, p.PlannedTotalInvestmentFen >= ThresholdFen,
            p.YearPlans.Where(y => y.Year == year).Select(y => (long?)y.PlannedFen).FirstOrDefault(),
            db.MonthlyReports.Where(r => r.ProjectId == p.Id && r.Year == year && r.Month <= lastMonth).OrderByDescending(r => r.Month).Select(r => (LightColor?)r.Light).FirstOrDefault()))
        .ToListAsync(ct);

    public static void Map(RouteGroupBuilder zone) => zone
        .MapGet("/dashboard", async Task<Results<Ok<Dashboard>, ProblemHttpResult>> (string zone, int? year, DateOnly? asOf, GaoxinDb db, BusinessDay day, CancellationToken ct) =>
        {
            if (await db.FindVisibleAsync(zone, ct) is not { } z)
            {
                return ApiResults.ZoneNotFound(zone);
            }

            var y = year ?? asOf?.Year ?? day.Today.Year;
            if (y is < 2000 or > 2100)
            {
                return ApiResults.Refused(Text.Get("Err.YearPlanRange", y));
            }

            if (asOf is { } a && (a > day.Today || a.Year != y))
            {
                return ApiResults.Refused(Text.Get("Err.AsOf", y, day.Today.ToString("yyyy-MM-dd")));
            }

            return TypedResults.Ok(await Handle(z, y, db, ct, asOf));
        })
        .RequireAuthorization(Policies.ApiProjectReader)
        .WithName("GetDashboard")
        .WithSummary("The war-board figures of a zone for a year (projects ≥1000万 under implementation, key projects, reserve, stages, programmes); asOf=YYYY-MM-DD for the figures as they stood then");
}

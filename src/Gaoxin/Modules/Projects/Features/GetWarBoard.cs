using Gaoxin.Data;
using Gaoxin.Engines.Money;
using Gaoxin.Hosting.Api;
using Gaoxin.Modules.Projects.Domain;
using Gaoxin.Modules.Projects.Features.Problems;
using Gaoxin.Modules.Projects.Features.Ranking;
using Gaoxin.Modules.Zones.Domain;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Gaoxin.Modules.Projects.Features;

/// <summary>
/// 挂图作战: everything on the zone's war-board for a year as of a month's end — the headline figures against targets,
/// completed investment by month (cumulative) against the time-elapsed plan, investment by chain, the key projects with
/// their lights, the unit ranking and the overdue problems.
/// </summary>
public static class GetWarBoard
{
    public sealed record MonthPoint(int Month, decimal Completed, decimal Cumulative, decimal? PlanToDate);

    public sealed record ChainFigure(string Chain, int Count, decimal TotalInvestment, decimal AnnualPlanned);

    public sealed record KeyProject(Guid Id, string Code, string Name, KeyLevel KeyLevel, decimal TotalInvestment, decimal? AnnualPlanned, decimal YearToDate,
        decimal? PercentOfPlan, LightColor? Light, ProjectStage Stage);

    public sealed record WarBoard(int Year, int Month, GetDashboard.Dashboard Dashboard, IReadOnlyList<MonthPoint> Fai, IReadOnlyList<ChainFigure> Chains,
        IReadOnlyList<KeyProject> KeyProjects, UnitRanking Ranking, IReadOnlyList<ProblemDto> OverdueProblems, int OverdueCount);

    public static async Task<WarBoard> Handle(Zone zone, int year, int month, DateOnly today, GaoxinDb db, CancellationToken ct)
    {
        var monthEnd = new DateOnly(year, month, 1).AddMonths(1).AddDays(-1);
        var asOf = monthEnd < today ? monthEnd : today;
        var dashboard = await GetDashboard.Handle(zone, year, db, ct, asOf);
        // Enclave projects: this zone's part only, as on the dashboard.
        var parts = await Enclave.ZoneParts.ForAsync(db, zone.Id, ct);
        var byMonth = await parts.CompletedByMonthAsync(db, zone.Id, year, month, ct);
        long cumulative = 0;
        var fai = Enumerable.Range(1, month).Select(m =>
        {
            var fen = byMonth.GetValueOrDefault(m);
            cumulative += fen;
            return new MonthPoint(m, Fen.ToYuan(fen), Fen.ToYuan(cumulative), dashboard.Fai.Plan is { } plan ? Math.Round(plan * m / 12m, 2) : null);
        }).ToList();

        var implementing = await db.Projects.AsNoTracking()
            .Where(p => p.ZoneId == zone.Id && p.PlannedTotalInvestmentFen >= GetDashboard.ThresholdFen && p.YearPlans.Any(y => y.Year == year)
                && (p.Stage == ProjectStage.Signed || p.Stage == ProjectStage.Landed || p.Stage == ProjectStage.Started || p.Stage == ProjectStage.InProduction))
            .Select(p => new
            {
                p.Id, p.Code, p.Name, p.KeyLevel, p.Stage, p.PlannedTotalInvestmentFen, Chain = p.Chain != "" ? p.Chain : p.Industry,
                Plan = p.YearPlans.Where(y => y.Year == year).Select(y => (long?)y.PlannedFen).FirstOrDefault(),
                Ytd = db.MonthlyReports.Where(r => r.ProjectId == p.Id && r.Year == year && r.Month <= month).Sum(r => (long?)r.ReportedFen) ?? 0,
                Light = db.MonthlyReports.Where(r => r.ProjectId == p.Id && r.Year == year && r.Month <= month).OrderByDescending(r => r.Month).Select(r => r.Light).FirstOrDefault(),
            })
            .ToListAsync(ct);
        var chains = implementing.GroupBy(p => p.Chain.Length == 0 ? Text.Get("WarBoard.NoChain") : p.Chain)
            .Select(g => new ChainFigure(g.Key, g.Count(), Fen.ToYuan(g.Sum(p => parts.Of(p.Id, p.PlannedTotalInvestmentFen))), Fen.ToYuan(g.Sum(p => parts.Of(p.Id, p.Plan ?? 0)))))
            .OrderByDescending(c => c.TotalInvestment).ToList();
        var key = implementing.Where(p => (p.KeyLevel & (KeyLevel.City | KeyLevel.Provincial)) != 0)
            .OrderByDescending(p => p.KeyLevel.HasFlag(KeyLevel.Provincial)).ThenByDescending(p => p.PlannedTotalInvestmentFen)
            .Select(p => new KeyProject(p.Id, p.Code, p.Name, p.KeyLevel, Fen.ToYuan(p.PlannedTotalInvestmentFen), p.Plan is { } pl ? Fen.ToYuan(pl) : null, Fen.ToYuan(p.Ytd),
                p.Plan is > 0 ? Math.Round(100m * p.Ytd / p.Plan.Value, 1) : null, p.Light, p.Stage))
            .ToList();
        var ranking = await UnitRanking.ComputeAsync(zone.Id, year, month, db, ct);
        var overdue = await ListProblems.Handle(new ListProblems.Query(Overdue: true, Sort: "deadline", PageSize: 10), zone.Id, today, db, ct);
        return new WarBoard(year, month, dashboard, fai, chains, key, ranking, overdue.Items, overdue.Total);
    }

    public static void Map(RouteGroupBuilder zone) => zone
        .MapGet("/warboard", async Task<Ok<WarBoard>> (ZoneRoute zone, int? year, int? month, GaoxinDb db, BusinessDay day, CancellationToken ct) =>
        {
            var today = day.Today;
            var y = year ?? today.Year;
            var m = month ?? (y == today.Year ? today.Month : 12);
            if (y < 2000 || m is < 1 or > 12 || (y, m).CompareTo((today.Year, today.Month)) > 0)
            {
                throw new DomainException(Text.Get("Err.ReportMonth", y, m, today.ToString("yyyy-MM")));
            }

            return TypedResults.Ok(await Handle(zone.Zone, y, m, today, db, ct));
        })
        .RequireAuthorization(Policies.ApiProjectReader)
        .WithName("GetWarBoard")
        .WithSummary("The war-board (挂图作战) of a zone for a year as of a month: figures vs targets, investment by month and chain, key projects, ranking, overdue problems");
}

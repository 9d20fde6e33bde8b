using Microsoft.EntityFrameworkCore;

namespace Gaoxin.Modules.Evaluation.Features.Contest.Sources;

/// <summary>
/// 比建设进度 from the ledger: the year-to-date investment reported by the department's projects against the time-elapsed
/// share of their year plans (序时进度 = plan × month ÷ 12, DOMAIN.md §2), in 万元. None without a plan.
/// </summary>
public sealed class InvestmentSource : IMeasureSource
{
    public string Key => MeasureSources.Investment;

    public async Task<MeasureCell?> MeasureAsync(MeasureQuery q, CancellationToken ct)
    {
        if (q.Unit.DepartmentId is not { } department)
        {
            return null;
        }

        var (db, zoneId, period) = (q.Db, q.ZoneId, q.Period);
        var projects = db.Projects.Where(p => p.ZoneId == zoneId && p.ResponsibleDepartmentId == department).Select(p => p.Id);
        var planFen = await db.ProjectYearPlans.Where(y => y.ZoneId == zoneId && y.Year == period.Year && projects.Contains(y.ProjectId)).SumAsync(y => (long?)y.PlannedFen, ct) ?? 0;
        if (planFen <= 0)
        {
            return null;
        }

        var actualFen = await db.MonthlyReports.Where(r => r.ZoneId == zoneId && r.Year == period.Year && r.Month <= period.Month && projects.Contains(r.ProjectId))
            .SumAsync(r => (long?)r.ReportedFen, ct) ?? 0;
        var count = await projects.CountAsync(ct);
        var actual = Math.Round(actualFen / 1_000_000m, 2);
        var target = Math.Round(planFen * period.Month / 12m / 1_000_000m, 2);
        return target <= 0 ? null : MeasureCell.FromLedger("completion", actual, target, Key, Text.Get("Eval.Source.Investment", count));
    }
}

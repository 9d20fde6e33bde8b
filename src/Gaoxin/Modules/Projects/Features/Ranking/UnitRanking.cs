using Gaoxin.Data;
using Gaoxin.Modules.Projects.Domain;
using Microsoft.EntityFrameworkCore;

namespace Gaoxin.Modules.Projects.Features.Ranking;

/// <summary>One responsible unit's place in a month: its measures, the points each earned, the total and the rank.</summary>
public sealed record UnitRow(Guid DepartmentId, string Department, int Projects, decimal CompletionPercent, int Starts, int ProblemsDue, int ProblemsOnTime,
    decimal ProblemsOnTimePercent, decimal CompletionPoints, decimal StartsPoints, decimal ProblemsPoints, decimal Score, int Rank);

public sealed record UnitRanking(int Year, int Month, int CompletionWeight, int StartsWeight, int ProblemsWeight, IReadOnlyList<UnitRow> Rows)
{
    /// <summary>
    /// 按月排队: ranks the zone's responsible units as of the end of a month by three measures, weighted by the zone's
    /// settings — completion of the time-elapsed investment target (序时进度) of their projects, projects started in
    /// the year, and problems due by the month's end that were resolved by their deadline. Each measure earns its
    /// weight × value ÷ the best unit's value; ties share the better place (1224).
    /// </summary>
    public static async Task<UnitRanking> ComputeAsync(Guid zoneId, int year, int month, GaoxinDb db, CancellationToken ct)
    {
        var settings = await ProjectSettings.ForZoneAsync(zoneId, db, ct);
        var monthEnd = new DateOnly(year, month, 1).AddMonths(1).AddDays(-1);
        var departments = await db.Departments.AsNoTracking().Where(d => d.ZoneId == zoneId).OrderBy(d => d.Name).ToListAsync(ct);
        var projects = await db.Projects.AsNoTracking().Where(p => p.ZoneId == zoneId && p.ResponsibleDepartmentId != null)
            .Select(p => new
            {
                p.Id, Department = p.ResponsibleDepartmentId!.Value,
                Plan = p.YearPlans.Where(y => y.Year == year).Select(y => (long?)y.PlannedFen).FirstOrDefault(),
                Ytd = db.MonthlyReports.Where(r => r.ProjectId == p.Id && r.Year == year && r.Month <= month).Sum(r => (long?)r.ReportedFen),
                Started = p.StageChanges.Any(c => c.To == ProjectStage.Started && c.On.Year == year && c.On <= monthEnd),
            })
            .ToListAsync(ct);
        var problems = await db.Problems.AsNoTracking().Where(p => p.ZoneId == zoneId && p.DepartmentId != null && p.Deadline != null && p.Deadline <= monthEnd && p.Deadline.Value.Year == year)
            .Select(p => new { Department = p.DepartmentId!.Value, p.Deadline, p.ResolvedOn }).ToListAsync(ct);

        var measures = departments.Select(d =>
        {
            var own = projects.Where(p => p.Department == d.Id).ToList();
            var plan = own.Sum(p => p.Plan ?? 0);
            var ytd = own.Where(p => p.Plan is > 0).Sum(p => p.Ytd ?? 0);
            var target = plan * month / 12m;
            var completion = target > 0 ? Math.Min(150m, Math.Round(100m * ytd / target, 1)) : 0m;
            var due = problems.Where(p => p.Department == d.Id).ToList();
            var onTime = due.Count(p => p.ResolvedOn is { } r && r <= p.Deadline && r <= monthEnd);
            var onTimePercent = due.Count == 0 ? 100m : Math.Round(100m * onTime / due.Count, 1);
            return (Department: d, Projects: own.Count, Completion: completion, Starts: own.Count(p => p.Started), Due: due.Count, OnTime: onTime, OnTimePercent: onTimePercent);
        }).Where(m => m.Projects > 0 || m.Due > 0).ToList();

        static decimal Points(decimal value, decimal best, int weight) => best <= 0 ? 0 : Math.Round(weight * value / best, 2);
        var bestCompletion = measures.Select(m => m.Completion).DefaultIfEmpty().Max();
        var bestStarts = measures.Select(m => (decimal)m.Starts).DefaultIfEmpty().Max();
        var bestProblems = measures.Select(m => m.OnTimePercent).DefaultIfEmpty().Max();
        var scored = measures.Select(m =>
        {
            var c = Points(m.Completion, bestCompletion, settings.RankCompletionWeight);
            var s = Points(m.Starts, bestStarts, settings.RankStartsWeight);
            var p = Points(m.OnTimePercent, bestProblems, settings.RankProblemsWeight);
            return (m, c, s, p, Score: c + s + p);
        }).OrderByDescending(x => x.Score).ThenBy(x => x.m.Department.Name, StringComparer.Ordinal).ToList();
        var rows = scored.Select(x => new UnitRow(x.m.Department.Id, x.m.Department.Name, x.m.Projects, x.m.Completion, x.m.Starts, x.m.Due, x.m.OnTime, x.m.OnTimePercent,
            x.c, x.s, x.p, x.Score, 1 + scored.Count(y => y.Score > x.Score))).ToList();
        return new UnitRanking(year, month, settings.RankCompletionWeight, settings.RankStartsWeight, settings.RankProblemsWeight, rows);
    }
}

using Gaoxin.Data;
using Gaoxin.Modules.Projects.Domain;
using Gaoxin.Modules.Projects.Features.Problems;
using Gaoxin.Modules.Projects.Features.Weekly;
using Microsoft.EntityFrameworkCore;

namespace Gaoxin.Modules.Projects.Features.Dispatch;

/// <summary>
/// What a dispatch meeting has before it, generated from the ledger as of the meeting's date: projects on red and
/// yellow lights (by their latest monthly report), open problems (overdue first), and projects that did not report
/// (last month's investment or this week's progress), and late milestones of project schedules (agendas stored before
/// schedules existed have none).
/// </summary>
public sealed record DispatchAgenda(DateOnly AsOf, IReadOnlyList<DispatchAgenda.LightItem> Lights, IReadOnlyList<DispatchAgenda.ProblemItem> Problems,
    IReadOnlyList<DispatchAgenda.SilentItem> NotReported, IReadOnlyList<Schedules.Features.LateMilestoneItem>? LateMilestones = null)
{
    public sealed record LightItem(Guid ProjectId, string Code, string Name, LightColor Light, int Year, int Month, string? Reason, string? Department);

    public sealed record ProblemItem(Guid ProblemId, Guid ProjectId, string Code, string ProjectName, string Title, ProblemStatus Status, string? Department,
        string? Assignee, DateOnly? Deadline, int OverdueWorkingDays, Escalation Escalation);

    public sealed record SilentItem(Guid ProjectId, string Code, string Name, bool MissedMonth, bool MissedWeek, string? Officer, string? Department);

    public static async Task<DispatchAgenda> BuildAsync(Guid zoneId, DateOnly asOf, GaoxinDb db, CancellationToken ct)
    {
        var year = asOf.Year;
        var lastMonth = asOf.AddMonths(-1);
        var departments = await db.Departments.AsNoTracking().Where(d => d.ZoneId == zoneId).ToDictionaryAsync(d => d.Id, d => d.Name, ct);
        var latest = await db.Projects.AsNoTracking()
            .Where(p => p.ZoneId == zoneId && MissingWeeklyReports.UnderWay.Contains(p.Stage))
            .Select(p => new
            {
                p.Id, p.Code, p.Name, p.ResponsibleDepartmentId,
                Report = db.MonthlyReports.Where(r => r.ProjectId == p.Id && r.Year == year && r.Month <= asOf.Month)
                    .OrderByDescending(r => r.Month).Select(r => new { r.Light, r.Month, r.LightReason }).FirstOrDefault(),
                ReportedLastMonth = db.MonthlyReports.Any(r => r.ProjectId == p.Id && r.Year == lastMonth.Year && r.Month == lastMonth.Month),
            })
            .ToListAsync(ct);
        var lights = latest.Where(p => p.Report?.Light is LightColor.Red or LightColor.Yellow)
            .OrderByDescending(p => p.Report!.Light).ThenBy(p => p.Code)
            .Select(p => new LightItem(p.Id, p.Code, p.Name, p.Report!.Light!.Value, year, p.Report.Month, p.Report.LightReason,
                p.ResponsibleDepartmentId is { } d ? departments.GetValueOrDefault(d) : null))
            .ToList();

        var open = await db.Problems.AsNoTracking().Include(p => p.Steps).Where(p => p.ZoneId == zoneId && p.Status != ProblemStatus.Closed).ToListAsync(ct);
        var problems = (await db.ToDtosAsync(open, asOf, ct))
            .OrderByDescending(p => p.OverdueWorkingDays).ThenBy(p => p.Deadline ?? DateOnly.MaxValue).ThenBy(p => p.ProjectCode)
            .Select(p => new ProblemItem(p.Id, p.ProjectId, p.ProjectCode, p.ProjectName, p.Title, p.Status, p.Department, p.Assignee, p.Deadline, p.OverdueWorkingDays, p.Escalation))
            .ToList();

        var weekly = await MissingWeeklyReports.Handle(zoneId, asOf, db, ct);
        var missedWeek = weekly.Missing.ToDictionary(m => m.ProjectId);
        var silent = latest.Where(p => !p.ReportedLastMonth || missedWeek.ContainsKey(p.Id))
            .OrderBy(p => p.Code)
            .Select(p => new SilentItem(p.Id, p.Code, p.Name, !p.ReportedLastMonth, missedWeek.ContainsKey(p.Id), missedWeek.GetValueOrDefault(p.Id)?.Officer,
                p.ResponsibleDepartmentId is { } d ? departments.GetValueOrDefault(d) : null))
            .ToList();
        return new DispatchAgenda(asOf, lights, problems, silent, await Schedules.Features.LateMilestones.ListAsync(zoneId, asOf, db, ct));
    }
}

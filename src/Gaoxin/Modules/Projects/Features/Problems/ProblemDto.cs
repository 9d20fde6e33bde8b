using Gaoxin.Data;
using Gaoxin.Engines.Calendar;
using Gaoxin.Modules.Projects.Domain;
using Microsoft.EntityFrameworkCore;

namespace Gaoxin.Modules.Projects.Features.Problems;

public sealed record ProblemStepDto(ProblemAction Action, string By, DateTimeOffset At, string? Note);

/// <summary>A problem with its project, unit, where it stands and how far it is overdue (督办 level).</summary>
public sealed record ProblemDto(Guid Id, Guid ProjectId, string ProjectCode, string ProjectName, Guid? MeetingId, string Title, string? Detail,
    string RaisedBy, DateOnly RaisedOn, ProblemStatus Status, Guid? DepartmentId, string? Department, string? Assignee, DateOnly? Deadline,
    DateOnly? ResolvedOn, string? Resolution, DateOnly? ClosedOn, bool Overdue, int OverdueWorkingDays, Escalation Escalation, long Version,
    IReadOnlyList<ProblemStepDto> Steps);

/// <summary>
/// 督办: an overdue problem is supervised by the project office from its first overdue working day, and escalated to
/// the zone's leadership once it is more than <see cref="ProblemEscalation.LeadershipAfterWorkingDays"/> working days late.
/// </summary>
public enum Escalation
{
    None = 0,
    Supervised = 1,
    Leadership = 2,
}

public static class ProblemEscalation
{
    public const int LeadershipAfterWorkingDays = 5;

    private static readonly WorkingCalendar Calendar = WorkingCalendar.Prc(MissingYearPolicy.MondayToFriday);

    public static (int WorkingDays, Escalation Level) Of(Problem p, DateOnly today)
    {
        if (!p.IsOverdue(today))
        {
            return (0, Escalation.None);
        }

        var days = Math.Max(1, Calendar.WorkingDayDifference(p.Deadline!.Value, today));
        return (days, days > LeadershipAfterWorkingDays ? Escalation.Leadership : Escalation.Supervised);
    }

    public static async Task<List<ProblemDto>> ToDtosAsync(this GaoxinDb db, IReadOnlyList<Problem> problems, DateOnly today, CancellationToken ct)
    {
        var projectIds = problems.Select(p => p.ProjectId).Distinct().ToList();
        var projects = await db.Projects.AsNoTracking().Where(p => projectIds.Contains(p.Id)).Select(p => new { p.Id, p.Code, p.Name }).ToDictionaryAsync(p => p.Id, ct);
        var departmentIds = problems.Where(p => p.DepartmentId != null).Select(p => p.DepartmentId!.Value).Distinct().ToList();
        var departments = await db.Departments.IgnoreQueryFilters().AsNoTracking().Where(d => departmentIds.Contains(d.Id)).ToDictionaryAsync(d => d.Id, d => d.Name, ct);
        return problems.Select(p =>
        {
            var (days, level) = Of(p, today);
            var project = projects.GetValueOrDefault(p.ProjectId);
            return new ProblemDto(p.Id, p.ProjectId, project?.Code ?? string.Empty, project?.Name ?? string.Empty, p.MeetingId, p.Title, p.Detail, p.RaisedBy,
                p.RaisedOn, p.Status, p.DepartmentId, p.DepartmentId is { } d ? departments.GetValueOrDefault(d) : null, p.Assignee, p.Deadline, p.ResolvedOn,
                p.Resolution, p.ClosedOn, p.IsOverdue(today), days, level, p.Version,
                p.Steps.OrderBy(s => s.At).Select(s => new ProblemStepDto(s.Action, s.By, s.At, s.Note)).ToList());
        }).ToList();
    }
}

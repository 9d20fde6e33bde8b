using Gaoxin.Data;

namespace Gaoxin.Modules.Projects.Domain;

/// <summary>
/// An item of a project's problem list (问题清单). It follows 提出 → 交办 (unit, person, deadline) → 办结 → 复核 → 销号;
/// a check that fails sends it back to 交办. Where it was raised at a dispatch meeting it keeps the meeting; where it
/// was raised in a weekly report it keeps the week. Every step is kept with who and when.
/// </summary>
public sealed class Problem : IZoneOwned, IVersioned
{
    private readonly List<ProblemStep> _steps = [];

    private Problem()
    {
        Title = RaisedBy = string.Empty;
    }

    public Problem(Guid zoneId, Guid projectId, string title, string? detail, string raisedBy, DateOnly raisedOn, DateTimeOffset at, Guid? meetingId = null, Guid? weeklyReportId = null)
    {
        Id = Guid.CreateVersion7();
        ZoneId = zoneId;
        ProjectId = projectId;
        Title = title.Trim();
        Detail = string.IsNullOrWhiteSpace(detail) ? null : detail.Trim();
        RaisedBy = raisedBy;
        RaisedOn = raisedOn;
        MeetingId = meetingId;
        WeeklyReportId = weeklyReportId;
        Status = ProblemStatus.Raised;
        _steps.Add(new ProblemStep(zoneId, Id, ProblemAction.Raise, raisedBy, at, Detail));
    }

    public Guid Id { get; private set; }
    public Guid ZoneId { get; private set; }
    public Guid ProjectId { get; private set; }
    public Guid? MeetingId { get; private set; }
    public Guid? WeeklyReportId { get; private set; }
    public string Title { get; private set; }
    public string? Detail { get; private set; }
    public string RaisedBy { get; private set; }
    public DateOnly RaisedOn { get; private set; }
    public ProblemStatus Status { get; private set; }
    public Guid? DepartmentId { get; private set; }
    public string? Assignee { get; private set; }
    public DateOnly? Deadline { get; private set; }
    public DateOnly? ResolvedOn { get; private set; }
    public string? Resolution { get; private set; }
    public DateOnly? ClosedOn { get; private set; }
    public long Version { get; set; }

    public IReadOnlyList<ProblemStep> Steps => _steps;

    /// <summary>Open and past its deadline on <paramref name="today"/> (督办).</summary>
    public bool IsOverdue(DateOnly today) => Status is ProblemStatus.Raised or ProblemStatus.Assigned && Deadline is { } d && d < today;

    /// <summary>Resolved by the deadline (for rankings: 问题按期办结).</summary>
    public bool ResolvedOnTime => ResolvedOn is { } r && Deadline is { } d && r <= d;

    public void Assign(Guid departmentId, string assignee, DateOnly deadline, string by, DateOnly today, DateTimeOffset at)
    {
        Require(ProblemStatus.Raised, ProblemStatus.Assigned);
        if (deadline < today)
        {
            throw new Hosting.DomainException(Hosting.Text.Get("Err.ProblemDeadline", today.ToString("yyyy-MM-dd")));
        }

        DepartmentId = departmentId;
        Assignee = assignee.Trim();
        Deadline = deadline;
        Status = ProblemStatus.Assigned;
        _steps.Add(new ProblemStep(ZoneId, Id, ProblemAction.Assign, by, at, $"{Assignee} · {deadline:yyyy-MM-dd}"));
    }

    public void Resolve(string resolution, string by, DateOnly today, DateTimeOffset at)
    {
        Require(ProblemStatus.Assigned);
        Resolution = resolution.Trim();
        ResolvedOn = today;
        Status = ProblemStatus.Resolved;
        _steps.Add(new ProblemStep(ZoneId, Id, ProblemAction.Resolve, by, at, Resolution));
    }

    /// <summary>复核: the project office checks the resolution; a failed check sends it back to the unit.</summary>
    public void Check(bool passed, string? note, string by, DateTimeOffset at)
    {
        Require(ProblemStatus.Resolved);
        Status = passed ? ProblemStatus.Checked : ProblemStatus.Assigned;
        if (!passed)
        {
            ResolvedOn = null;
        }

        _steps.Add(new ProblemStep(ZoneId, Id, passed ? ProblemAction.CheckPassed : ProblemAction.CheckFailed, by, at, note?.Trim()));
    }

    public void Close(string by, DateOnly today, DateTimeOffset at)
    {
        Require(ProblemStatus.Checked);
        Status = ProblemStatus.Closed;
        ClosedOn = today;
        _steps.Add(new ProblemStep(ZoneId, Id, ProblemAction.Close, by, at, null));
    }

    private void Require(params ProblemStatus[] allowed)
    {
        if (!allowed.Contains(Status))
        {
            throw new Hosting.DomainException(Hosting.Text.Get("Err.ProblemStep", Hosting.Text.Get("Problem." + Status)), StatusCodes.Status409Conflict);
        }
    }
}

public enum ProblemStatus
{
    Raised = 0,
    Assigned = 1,
    Resolved = 2,
    Checked = 3,
    Closed = 4,
}

public enum ProblemAction
{
    Raise = 0,
    Assign = 1,
    Resolve = 2,
    CheckPassed = 3,
    CheckFailed = 4,
    Close = 5,
}

/// <summary>One step of a problem's life, with who and when.</summary>
public sealed class ProblemStep : IZoneOwned
{
    private ProblemStep()
    {
        By = string.Empty;
    }

    public ProblemStep(Guid zoneId, Guid problemId, ProblemAction action, string by, DateTimeOffset at, string? note)
    {
        Id = Guid.CreateVersion7();
        ZoneId = zoneId;
        ProblemId = problemId;
        Action = action;
        By = by;
        At = at;
        Note = note;
    }

    public Guid Id { get; private set; }
    public Guid ZoneId { get; private set; }
    public Guid ProblemId { get; private set; }
    public ProblemAction Action { get; private set; }
    public string By { get; private set; }
    public DateTimeOffset At { get; private set; }
    public string? Note { get; private set; }
}

/// <summary>
/// An item of a project's task list (任务清单) or responsibility list (责任清单): what, who answers for it, by when.
/// </summary>
public sealed class ProjectDuty : IZoneOwned, IVersioned
{
    private ProjectDuty()
    {
        Text = Owner = string.Empty;
    }

    public ProjectDuty(Guid zoneId, Guid projectId, DutyKind kind, string text, string owner, DateOnly? due)
    {
        Id = Guid.CreateVersion7();
        ZoneId = zoneId;
        ProjectId = projectId;
        Kind = kind;
        Text = text.Trim();
        Owner = owner.Trim();
        Due = due;
    }

    public Guid Id { get; private set; }
    public Guid ZoneId { get; private set; }
    public Guid ProjectId { get; private set; }
    public DutyKind Kind { get; private set; }
    public string Text { get; set; }
    public string Owner { get; set; }
    public DateOnly? Due { get; set; }
    public DateOnly? DoneOn { get; set; }
    public long Version { get; set; }
}

public enum DutyKind
{
    Task = 0,
    Responsibility = 1,
}

using Gaoxin.Engines.Calendar;

namespace Gaoxin.Engines.Scheduling;

/// <summary>
/// One step of a plan. <see cref="Duration"/> is in working days of the activity's calendar; 0 makes it a milestone.
/// </summary>
/// <remarks>
/// Milestones are dated at the end of a working day — a milestone after a task is dated on the task's finish date, as
/// finish dates are inclusive — except one at the very start of the project, which is dated on the start date.
/// Date constraints on a milestone therefore mean "by the end of that day".
/// </remarks>
public sealed record ScheduleActivity(string Id, int Duration)
{
    /// <summary>The activity's own calendar; null uses the plan's.</summary>
    public WorkingCalendar? Calendar { get; init; }

    /// <summary>Start no earlier than this date (the CLI's <c>start</c>), in addition to any <see cref="Constraint"/>.</summary>
    public DateOnly? NoEarlierThan { get; init; }

    public ActivityConstraint? Constraint { get; init; }

    /// <summary>
    /// A manually scheduled activity: it sits on these dates whatever its predecessors say (its successors still follow
    /// it) and its duration is the working days between them. A manual milestone has Duration 0 and Start == Finish.
    /// </summary>
    public ManualDates? Manual { get; init; }

    /// <summary>Progress as of the plan's status date.</summary>
    public ActivityProgress? Progress { get; init; }
}

public enum ConstraintType
{
    /// <summary>SNET: pushes the early start; no effect on late dates.</summary>
    StartNoEarlierThan,

    /// <summary>FNLT: caps the late finish; float goes negative when the early finish is later.</summary>
    FinishNoLaterThan,

    /// <summary>MSO: the early start is the date whatever the predecessors say; the late start is at most the date.</summary>
    MustStartOn,

    /// <summary>MFO: the early finish is the date whatever the predecessors say; the late finish is at most the date.</summary>
    MustFinishOn,
}

public sealed record ActivityConstraint(ConstraintType Type, DateOnly Date);

public sealed record ManualDates(DateOnly Start, DateOnly Finish);

/// <summary>
/// Progress as of the plan's status date. A finished activity has <see cref="ActualFinish"/> (and usually
/// <see cref="ActualStart"/>); one under way has only <see cref="ActualStart"/>, and its remaining work runs from the
/// working day after the status date for <see cref="RemainingDuration"/> working days — by default its duration less
/// the working days from its actual start through the status date, and at least one, as it has not finished.
/// Actual dates override links and constraints (progress override).
/// </summary>
public sealed record ActivityProgress(DateOnly? ActualStart, DateOnly? ActualFinish = null, int? RemainingDuration = null);

public enum LinkType
{
    /// <summary>FS: the successor starts after the predecessor finishes.</summary>
    FinishToStart,

    /// <summary>SS: the successor starts no earlier than the predecessor starts.</summary>
    StartToStart,

    /// <summary>FF: the successor finishes no earlier than the predecessor finishes.</summary>
    FinishToFinish,

    /// <summary>SF: the successor finishes no earlier than the predecessor starts.</summary>
    StartToFinish,
}

/// <summary>
/// A dependency. <see cref="Lag"/> is in working days of the successor's calendar; negative is a lead (overlap).
/// FS with lag 0: the successor starts on the next working day after the predecessor's (inclusive) finish.
/// </summary>
public sealed record ScheduleLink(string From, string To, LinkType Type = LinkType.FinishToStart, int Lag = 0);

/// <summary>
/// What to schedule. Activities without predecessors start on <see cref="Start"/> (or the next working day), and
/// nothing starts earlier unless a must-start/finish-on constraint, manual dates or actual dates put it there.
/// With a <see cref="Deadline"/> the backward pass starts from it, so float is measured against it and is negative
/// where it cannot be met; without one it starts from the project's early finish.
/// </summary>
public sealed record SchedulePlan(
    WorkingCalendar Calendar,
    DateOnly Start,
    IReadOnlyList<ScheduleActivity> Activities,
    IReadOnlyList<ScheduleLink> Links)
{
    public DateOnly? Deadline { get; init; }

    /// <summary>The date progress is reported as of (inclusive). Work not yet done is scheduled after it.</summary>
    public DateOnly? StatusDate { get; init; }
}

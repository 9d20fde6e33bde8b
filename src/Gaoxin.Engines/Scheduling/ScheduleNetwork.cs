using Gaoxin.Engines.Calendar;

namespace Gaoxin.Engines.Scheduling;

/// <summary>
/// A plan compiled for scheduling: activities numbered 0..n−1 in plan order, every date turned into a working-day
/// ordinal of the activity's calendar, and the links in compressed rows by predecessor. Validation happens here, once;
/// <see cref="CriticalPath.Schedule(ScheduleNetwork)"/> then runs on int arrays only. Immutable.
/// </summary>
/// <remarks>
/// Times are boundaries between working days: an activity with early start s and span d occupies the working days with
/// ordinals s … s+d−1, so its start date is day(s) and its inclusive finish date day(s+d−1). Every link becomes
/// "successor's start ≥ predecessor's start (or finish) + offset", the offset folding in the lag and, for FF and SF,
/// the successor's span; the backward pass uses the same arrays the other way round.
/// </remarks>
public sealed class ScheduleNetwork
{
    internal const int NotFixed = int.MinValue;

    // Bounds keep every sum in int range; 100,000 working days is four centuries, far beyond any plan.
    private const int MaxDuration = 100_000;
    private const int MaxLag = 100_000;

    private ScheduleNetwork(SchedulePlan plan, int activityCount, int linkCount)
    {
        Plan = plan;
        ActivityCount = activityCount;
        LinkCount = linkCount;
        Ids = new string[activityCount];
        IndexOf = new Dictionary<string, int>(activityCount, StringComparer.Ordinal);
        CalendarOf = new int[activityCount];
        Span = new int[activityCount];
        EarlyStartFloor = new int[activityCount];
        FixedStart = new int[activityCount];
        LateStartCap = new int[activityCount];
        Complete = new bool[activityCount];
        Status = new ActivityStatus[activityCount];
        FirstLink = new int[activityCount + 1];
        LinkTo = new int[linkCount];
        LinkOffset = new int[linkCount];
        LinkFromFinishMask = new int[linkCount];
    }

    public SchedulePlan Plan { get; }

    public int ActivityCount { get; }

    public int LinkCount { get; }

    /// <summary>Links in compressed rows: activity i's successors are <see cref="SuccessorTargets"/>[SuccessorStarts[i] .. SuccessorStarts[i+1]).</summary>
    public ReadOnlySpan<int> SuccessorStarts => FirstLink;

    /// <summary>The successor (activity number) of each link, grouped by predecessor.</summary>
    public ReadOnlySpan<int> SuccessorTargets => LinkTo;

    internal string[] Ids { get; }

    internal Dictionary<string, int> IndexOf { get; }

    internal WorkingCalendar[] Calendars { get; private set; } = [];

    internal int[] CalendarOf { get; }

    /// <summary>Working days the activity occupies; 0 for a milestone.</summary>
    internal int[] Span { get; }

    /// <summary>The earliest start allowed: project start, status date, start-no-earlier-than.</summary>
    internal int[] EarlyStartFloor { get; }

    /// <summary>The start fixed by MSO/MFO, manual dates or actual dates, or <see cref="NotFixed"/>.</summary>
    internal int[] FixedStart { get; }

    /// <summary>The latest start allowed by FNLT/MSO/MFO, or int.MaxValue.</summary>
    internal int[] LateStartCap { get; }

    internal bool[] Complete { get; }

    internal ActivityStatus[] Status { get; }

    internal int[] FirstLink { get; }

    internal int[] LinkTo { get; }

    /// <summary>Lag, less the successor's span for FF and SF (which bind the successor's finish).</summary>
    internal int[] LinkOffset { get; }

    /// <summary>−1 when the link leaves the predecessor's finish (FS, FF), 0 when its start (SS, SF): base = start + (mask &amp; span).</summary>
    internal int[] LinkFromFinishMask { get; }

    /// <summary>Per calendar: the project start as an early-start boundary.</summary>
    internal int[] ProjectStart { get; private set; } = [];

    /// <summary>Per calendar: the deadline as a finish boundary, or null without a deadline.</summary>
    internal int[]? DeadlineFinish { get; private set; }

    internal bool SingleCalendar => Calendars.Length == 1;

    /// <summary>
    /// What the forward pass reads of each activity, packed into 16 bytes so that visiting an activity at a random
    /// position of the topological order costs one cache line rather than one per array.
    /// </summary>
    internal ForwardNode[] ForwardNodes { get; private set; } = [];

    /// <summary>What the backward pass reads of each activity, likewise 16 bytes.</summary>
    internal BackwardNode[] BackwardNodes { get; private set; } = [];

    /// <summary>Per link: offset × 2, plus 1 when the link leaves the predecessor's finish — one stream instead of two.</summary>
    internal int[] LinkShift { get; private set; } = [];

    /// <summary>Years not loaded that input dates fell in (only when a calendar falls back to Monday–Friday).</summary>
    internal IReadOnlyCollection<int> InputFallbackYears { get; private set; } = [];

    public static ScheduleNetwork Compile(SchedulePlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(plan.Calendar);
        var activities = plan.Activities ?? throw new InvalidScheduleException("The plan has no activity list.");
        var links = plan.Links ?? [];
        var net = new ScheduleNetwork(plan, activities.Count, links.Count);
        var fallback = new SortedSet<int>();

        var calendars = new List<WorkingCalendar> { plan.Calendar };
        for (var i = 0; i < activities.Count; i++)
        {
            var a = activities[i] ?? throw new InvalidScheduleException($"Activity {i + 1} is missing.");
            if (string.IsNullOrWhiteSpace(a.Id))
            {
                throw new InvalidScheduleException($"Activity {i + 1} has no id; every activity needs one so links can name it.");
            }

            if (!net.IndexOf.TryAdd(a.Id, i))
            {
                throw new InvalidScheduleException($"The id '{a.Id}' is used by activities {net.IndexOf[a.Id] + 1} and {i + 1}; each activity needs its own id.");
            }

            net.Ids[i] = a.Id;
            var calendar = a.Calendar ?? plan.Calendar;
            var c = calendars.IndexOf(calendar);
            if (c < 0)
            {
                c = calendars.Count;
                calendars.Add(calendar);
            }

            net.CalendarOf[i] = c;
        }

        net.Calendars = [.. calendars];
        net.ProjectStart = new int[calendars.Count];
        if (plan.Deadline is not null)
        {
            net.DeadlineFinish = new int[calendars.Count];
        }

        for (var c = 0; c < calendars.Count; c++)
        {
            var calendar = calendars[c];
            net.ProjectStart[c] = calendar.OrdinalOf(Checked(calendar, plan.Start, plan.Start, fallback));
            if (plan.Deadline is { } deadline)
            {
                net.DeadlineFinish![c] = calendar.OrdinalOf(Checked(calendar, deadline, plan.Start, fallback) + 1);
            }

            if (plan.StatusDate is { } status)
            {
                Checked(calendar, status, plan.Start, fallback);
            }
        }

        for (var i = 0; i < activities.Count; i++)
        {
            CompileActivity(net, i, activities[i], plan, fallback);
        }

        CompileLinks(net, links);
        net.ForwardNodes = new ForwardNode[net.ActivityCount];
        net.BackwardNodes = new BackwardNode[net.ActivityCount];
        for (var i = 0; i < net.ActivityCount; i++)
        {
            net.ForwardNodes[i] = new ForwardNode(net.FirstLink[i], net.FirstLink[i + 1], net.Span[i], net.FixedStart[i]);
            net.BackwardNodes[i] = new BackwardNode(net.FirstLink[i], net.FirstLink[i + 1], net.Span[i], net.LateStartCap[i]);
        }

        net.LinkShift = new int[net.LinkCount];
        for (var e = 0; e < net.LinkCount; e++)
        {
            net.LinkShift[e] = (net.LinkOffset[e] * 2) | (net.LinkFromFinishMask[e] & 1);
        }

        net.InputFallbackYears = fallback;
        return net;
    }

    private static void CompileActivity(ScheduleNetwork net, int i, ScheduleActivity a, SchedulePlan plan, SortedSet<int> fallback)
    {
        var calendar = net.Calendars[net.CalendarOf[i]];
        var projectStart = net.ProjectStart[net.CalendarOf[i]];
        if (a.Duration < 0)
        {
            throw new InvalidScheduleException($"'{a.Id}' has a negative duration ({a.Duration}); use 0 for a milestone.");
        }

        if (a.Duration > MaxDuration)
        {
            throw new InvalidScheduleException($"'{a.Id}' lasts {a.Duration} working days; the most a step can last is {MaxDuration}.");
        }

        var milestone = a.Duration == 0;
        var span = a.Duration;
        var floor = projectStart;
        var fixedStart = NotFixed;
        var lateCap = int.MaxValue;
        var status = ActivityStatus.NotStarted;

        var dates = new DateMapper(calendar, projectStart, plan.Start, fallback);

        // Manual dates and actual dates fix the start (and span); constraints then see the span in force.
        if (a.Manual is { } manual)
        {
            if (manual.Finish < manual.Start)
            {
                throw new InvalidScheduleException($"The manual dates of '{a.Id}' end ({manual.Finish:yyyy-MM-dd}) before they start ({manual.Start:yyyy-MM-dd}).");
            }

            if (milestone)
            {
                if (manual.Finish != manual.Start)
                {
                    throw new InvalidScheduleException($"'{a.Id}' is a milestone (duration 0), so its manual start and finish must be the same date.");
                }

                fixedStart = dates.MilestoneNoEarlierThan(manual.Start);
            }
            else
            {
                fixedStart = dates.StartOf(manual.Start);
                span = dates.FinishOf(manual.Finish) - fixedStart;
                if (span <= 0)
                {
                    throw new InvalidScheduleException($"The manual dates of '{a.Id}' ({manual.Start:yyyy-MM-dd} to {manual.Finish:yyyy-MM-dd}) contain no working day of calendar '{calendar.Name}'.");
                }
            }
        }

        if (a.Progress is { } progress)
        {
            var (progressStart, progressSpan, progressStatus) = CompileProgress(a, progress, plan.StatusDate, milestone, span, dates);
            if (progressStatus != ActivityStatus.NotStarted)
            {
                (fixedStart, span, status) = (progressStart, progressSpan, progressStatus);
            }
        }

        if (a.NoEarlierThan is { } notBefore)
        {
            floor = Math.Max(floor, milestone ? dates.MilestoneNoEarlierThan(notBefore) : dates.StartOf(notBefore));
        }

        if (plan.StatusDate is { } statusDate && status == ActivityStatus.NotStarted)
        {
            // Work not done by the end of the status date can only happen after it.
            floor = Math.Max(floor, milestone ? dates.MilestoneNoEarlierThan(statusDate.AddDays(1)) : dates.FinishOf(statusDate));
        }

        if (a.Constraint is { } constraint)
        {
            // MSO and MFO move the early dates only of activities not pinned by manual or actual dates; they cap the late dates of all.
            var x = constraint.Date;
            var movable = fixedStart == NotFixed;
            switch (constraint.Type)
            {
                case ConstraintType.StartNoEarlierThan:
                    floor = Math.Max(floor, milestone ? dates.MilestoneNoEarlierThan(x) : dates.StartOf(x));
                    break;
                case ConstraintType.FinishNoLaterThan:
                    lateCap = Math.Min(lateCap, milestone ? dates.MilestoneNoLaterThan(x) : dates.FinishOf(x) - span);
                    break;
                case ConstraintType.MustStartOn:
                    var startOn = milestone ? dates.MilestoneNoEarlierThan(x) : dates.StartOf(x);
                    fixedStart = movable ? startOn : fixedStart;
                    lateCap = Math.Min(lateCap, startOn);
                    break;
                case ConstraintType.MustFinishOn:
                    var finishOn = milestone ? dates.MilestoneNoLaterThan(x) : dates.FinishOf(x) - span;
                    fixedStart = movable ? finishOn : fixedStart;
                    lateCap = Math.Min(lateCap, finishOn);
                    break;
                default:
                    throw new InvalidScheduleException($"'{a.Id}' has an unknown constraint type {(int)constraint.Type}; use SNET, FNLT, MSO or MFO.");
            }
        }

        if (status == ActivityStatus.Complete)
        {
            // Finished work does not move: its late dates are its actual dates.
            lateCap = fixedStart;
        }

        net.Span[i] = span;
        net.EarlyStartFloor[i] = floor;
        net.FixedStart[i] = fixedStart;
        net.LateStartCap[i] = lateCap;
        net.Status[i] = status;
        net.Complete[i] = status == ActivityStatus.Complete;
    }

    private static (int FixedStart, int Span, ActivityStatus Status) CompileProgress(
        ScheduleActivity a,
        ActivityProgress progress,
        DateOnly? statusDate,
        bool milestone,
        int span,
        DateMapper dates)
    {
        if (progress.ActualStart is { } s && statusDate is { } sd1 && s > sd1)
        {
            throw new InvalidScheduleException($"'{a.Id}' has an actual start ({s:yyyy-MM-dd}) after the status date ({sd1:yyyy-MM-dd}).");
        }

        if (progress.ActualFinish is { } f && statusDate is { } sd2 && f > sd2)
        {
            throw new InvalidScheduleException($"'{a.Id}' has an actual finish ({f:yyyy-MM-dd}) after the status date ({sd2:yyyy-MM-dd}).");
        }

        if (progress.RemainingDuration is < 0)
        {
            throw new InvalidScheduleException($"'{a.Id}' has a negative remaining duration.");
        }

        if (progress.ActualFinish is { } finish)
        {
            if (milestone)
            {
                return (dates.MilestoneNoLaterThan(finish), 0, ActivityStatus.Complete);
            }

            var ef = dates.FinishOf(finish);
            if (progress.ActualStart is { } start && finish < start)
            {
                throw new InvalidScheduleException($"'{a.Id}' finished ({finish:yyyy-MM-dd}) before it started ({start:yyyy-MM-dd}).");
            }

            var actualSpan = progress.ActualStart is { } st ? Math.Max(1, ef - dates.StartOf(st)) : span;
            return (ef - actualSpan, actualSpan, ActivityStatus.Complete);
        }

        if (progress.ActualStart is { } actualStart)
        {
            if (milestone)
            {
                return (dates.MilestoneNoLaterThan(actualStart), 0, ActivityStatus.Complete);
            }

            if (statusDate is not { } status)
            {
                throw new InvalidScheduleException($"'{a.Id}' has started but not finished, so the plan needs a status date to know how much work remains.");
            }

            var es = dates.StartOf(actualStart);
            var resume = dates.FinishOf(status);
            var remaining = progress.RemainingDuration ?? Math.Max(1, span - (resume - es));
            var ef = Math.Max(resume + remaining, es + 1);
            return (es, ef - es, ActivityStatus.InProgress);
        }

        if (progress.RemainingDuration is not null)
        {
            throw new InvalidScheduleException($"'{a.Id}' has a remaining duration but no actual start; change its duration instead.");
        }

        return (NotFixed, span, ActivityStatus.NotStarted);
    }

    private static void CompileLinks(ScheduleNetwork net, IReadOnlyList<ScheduleLink> links)
    {
        var from = new int[links.Count];
        var to = new int[links.Count];
        for (var k = 0; k < links.Count; k++)
        {
            var link = links[k] ?? throw new InvalidScheduleException($"Link {k + 1} is missing.");
            if (!net.IndexOf.TryGetValue(link.From ?? "", out var f))
            {
                throw new InvalidScheduleException($"Link {k + 1} ({link.From} → {link.To}) starts from '{link.From}', which is not an activity of this plan.");
            }

            if (!net.IndexOf.TryGetValue(link.To ?? "", out var t))
            {
                throw new InvalidScheduleException($"Link {k + 1} ({link.From} → {link.To}) leads to '{link.To}', which is not an activity of this plan.");
            }

            if (link.Type is < LinkType.FinishToStart or > LinkType.StartToFinish)
            {
                throw new InvalidScheduleException($"Link {k + 1} ({link.From} → {link.To}) has an unknown type {(int)link.Type}; use FS, SS, FF or SF.");
            }

            if (link.Lag is > MaxLag or < -MaxLag)
            {
                throw new InvalidScheduleException($"Link {k + 1} ({link.From} → {link.To}) has a lag of {link.Lag} working days; at most {MaxLag} either way.");
            }

            if (f == t)
            {
                throw new ScheduleCycleException([link.From!]);
            }

            from[k] = f;
            to[k] = t;
            net.FirstLink[f + 1]++;
        }

        for (var i = 0; i < net.ActivityCount; i++)
        {
            net.FirstLink[i + 1] += net.FirstLink[i];
        }

        var next = net.FirstLink[..^1];
        for (var k = 0; k < links.Count; k++)
        {
            var e = next[from[k]]++;
            var link = links[k];
            var bindsSuccessorFinish = link.Type is LinkType.FinishToFinish or LinkType.StartToFinish;
            var leavesPredecessorFinish = link.Type is LinkType.FinishToStart or LinkType.FinishToFinish;
            net.LinkTo[e] = to[k];
            net.LinkOffset[e] = link.Lag - (bindsSuccessorFinish ? net.Span[to[k]] : 0);
            net.LinkFromFinishMask[e] = leavesPredecessorFinish ? -1 : 0;
        }
    }

    // An input date is counted from the project start (or to it), so every year between them is reached, not only its own.
    private static int Checked(WorkingCalendar calendar, DateOnly date, DateOnly projectStart, SortedSet<int> fallback)
    {
        var (from, to) = date < projectStart ? (date, projectStart) : (projectStart, date);
        calendar.RequireYears(from.DayNumber, to.DayNumber, fallback);
        return date.DayNumber;
    }

    /// <summary>
    /// Input dates to boundaries on one calendar. A task's start date maps to the first working day on or after it, a
    /// finish date to the boundary after the last working day on or before it. A milestone is dated at the end of a
    /// working day (the start date itself when it sits at the project start), so "no earlier than X" and "no later
    /// than X" round accordingly.
    /// </summary>
    private readonly record struct DateMapper(WorkingCalendar Calendar, int ProjectStart, DateOnly PlanStart, SortedSet<int> Fallback)
    {
        public int StartOf(DateOnly d) => Calendar.OrdinalOf(Checked(Calendar, d, PlanStart, Fallback));

        public int FinishOf(DateOnly d) => Calendar.OrdinalOf(Checked(Calendar, d, PlanStart, Fallback) + 1);

        public int MilestoneNoEarlierThan(DateOnly d)
        {
            var o = StartOf(d);
            return o <= ProjectStart ? o : o + 1;
        }

        public int MilestoneNoLaterThan(DateOnly d)
        {
            var o = FinishOf(d);
            return o > ProjectStart ? o : o - 1;
        }
    }
}

internal readonly record struct ForwardNode(int FirstLink, int EndLink, int Span, int FixedStart);

internal readonly record struct BackwardNode(int FirstLink, int EndLink, int Span, int LateStartCap);

public enum ActivityStatus
{
    NotStarted,
    InProgress,
    Complete,
}

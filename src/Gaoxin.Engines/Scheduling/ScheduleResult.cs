using System.Collections;
using Gaoxin.Engines.Calendar;

namespace Gaoxin.Engines.Scheduling;

/// <summary>
/// One activity as scheduled. Finish dates are inclusive (the last working day of the activity); floats are in working
/// days of the activity's calendar. <see cref="Critical"/> is total float ≤ 0; finished work is never critical.
/// </summary>
public readonly record struct ActivitySchedule(
    string Id,
    DateOnly EarlyStart,
    DateOnly EarlyFinish,
    DateOnly LateStart,
    DateOnly LateFinish,
    int TotalFloat,
    int FreeFloat,
    bool Critical,
    int Duration,
    ActivityStatus Status,
    WorkingCalendar Calendar)
{
    public bool IsMilestone => Duration == 0;
}

/// <summary>
/// A computed schedule. It keeps each activity's early and late start as working-day ordinals (12 bytes an activity)
/// and makes the dates of <see cref="Activities"/> when they are read, in O(1) each; everything else — floats, the
/// critical path, the finish, the check that every year reached is loaded — was done when it was computed.
/// </summary>
public sealed class ScheduleResult
{
    private readonly ScheduleNetwork _network;
    private readonly ScheduledTimes[] _times;
    private readonly int[] _free;

    internal ScheduleResult(ScheduleNetwork network, ScheduledTimes[] times, int[] free, DateOnly finish, IReadOnlyList<int> fallbackYearsUsed)
    {
        _network = network;
        _times = times;
        _free = free;
        Finish = finish;
        FallbackYearsUsed = fallbackYearsUsed;
        Activities = new ActivityList(this);
    }

    public DateOnly Start => _network.Plan.Start;

    /// <summary>The project's early finish: the latest early finish of any activity.</summary>
    public DateOnly Finish { get; }

    public DateOnly? Deadline => _network.Plan.Deadline;

    public DateOnly? StatusDate => _network.Plan.StatusDate;

    /// <summary>Every activity, in plan order.</summary>
    public IReadOnlyList<ActivitySchedule> Activities { get; }

    /// <summary>The critical activities in schedule order (early start, then early finish, then plan order).</summary>
    public IReadOnlyList<string> CriticalPath { get; internal set; } = [];

    /// <summary>Years not loaded that the schedule reached and counted on Monday–Friday (empty unless a calendar falls back).</summary>
    public IReadOnlyList<int> FallbackYearsUsed { get; }

    public ActivitySchedule this[string id] => _network.IndexOf.TryGetValue(id, out var i)
        ? Activity(i)
        : throw new KeyNotFoundException($"'{id}' is not an activity of this schedule.");

    public bool TryGet(string id, out ActivitySchedule activity)
    {
        if (_network.IndexOf.TryGetValue(id, out var i))
        {
            activity = Activity(i);
            return true;
        }

        activity = default;
        return false;
    }

    private ActivitySchedule Activity(int i)
    {
        var net = _network;
        var c = net.CalendarOf[i];
        var calendar = net.Calendars[c];
        var p = net.ProjectStart[c];
        var span = net.Span[i];
        var (es, ls) = (_times[i].Early, _times[i].Late);
        var complete = net.Complete[i];
        var totalFloat = complete ? 0 : ls - es;
        return new ActivitySchedule(
            net.Ids[i],
            DateOnly.FromDayNumber(ScheduledTimes.StartDay(calendar, es, span, p)),
            DateOnly.FromDayNumber(ScheduledTimes.FinishDay(calendar, es, span, p)),
            DateOnly.FromDayNumber(ScheduledTimes.StartDay(calendar, ls, span, p)),
            DateOnly.FromDayNumber(ScheduledTimes.FinishDay(calendar, ls, span, p)),
            totalFloat,
            _free[i],
            !complete && totalFloat <= 0,
            span,
            net.Status[i],
            calendar);
    }

    private sealed class ActivityList(ScheduleResult result) : IReadOnlyList<ActivitySchedule>
    {
        public int Count => result._times.Length;

        public ActivitySchedule this[int index] => (uint)index < (uint)Count
            ? result.Activity(index)
            : throw new ArgumentOutOfRangeException(nameof(index));

        public IEnumerator<ActivitySchedule> GetEnumerator()
        {
            for (var i = 0; i < Count; i++)
            {
                yield return result.Activity(i);
            }
        }

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    }
}

/// <summary>The latest dates of one step so that the target is met; negative float means it already cannot be.</summary>
public readonly record struct StepDeadline(string Id, DateOnly LatestStart, DateOnly LatestFinish, int TotalFloat);

/// <summary>
/// Backward scheduling (倒排工期) from a target date: each step's latest start and finish, the latest the project can
/// start, and whether the plan as it stands (from its start and progress) can still meet the target.
/// </summary>
public sealed record BackwardSchedule(
    DateOnly Target,
    DateOnly LatestProjectStart,
    bool TargetCanBeMet,
    IReadOnlyList<StepDeadline> Steps,
    ScheduleResult Schedule);

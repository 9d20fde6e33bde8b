namespace Gaoxin.Engines.Scheduling;

/// <summary>A saved plan (e.g. the start-of-year plan, 年初计划): each activity's early dates and duration when saved.</summary>
public sealed record Baseline(string Name, IReadOnlyList<BaselineActivity> Activities)
{
    public static Baseline Save(string name, ScheduleResult schedule)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(schedule);
        return new Baseline(name, [.. schedule.Activities.Select(a => new BaselineActivity(a.Id, a.EarlyStart, a.EarlyFinish, a.Duration))]);
    }

    /// <summary>
    /// How far each activity of <paramref name="current"/> has moved from this baseline, in working days of its calendar
    /// (positive = later or longer). Activities added since the baseline have no variance (nulls).
    /// </summary>
    public IReadOnlyList<ActivityVariance> VarianceOf(ScheduleResult current)
    {
        ArgumentNullException.ThrowIfNull(current);
        var saved = new Dictionary<string, BaselineActivity>(Activities.Count, StringComparer.Ordinal);
        foreach (var a in Activities)
        {
            saved[a.Id] = a;
        }

        var variances = new ActivityVariance[current.Activities.Count];
        for (var i = 0; i < variances.Length; i++)
        {
            var a = current.Activities[i];
            variances[i] = saved.TryGetValue(a.Id, out var b)
                ? new ActivityVariance(
                    a.Id,
                    a.Calendar.WorkingDayDifference(b.Start, a.EarlyStart),
                    a.Calendar.WorkingDayDifference(b.Finish, a.EarlyFinish),
                    a.Duration - b.Duration)
                : new ActivityVariance(a.Id, null, null, null);
        }

        return variances;
    }
}

public readonly record struct BaselineActivity(string Id, DateOnly Start, DateOnly Finish, int Duration);

/// <summary>Working days later (positive) or earlier (negative) than the baseline; null when the activity is not in it.</summary>
public readonly record struct ActivityVariance(string Id, int? StartVariance, int? FinishVariance, int? DurationVariance)
{
    public bool InBaseline => StartVariance is not null;
}

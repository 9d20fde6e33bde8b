using Gaoxin.Engines.Calendar;
using Gaoxin.Engines.Scheduling;
using Gaoxin.Hosting;

namespace Gaoxin.Modules.Schedules.Domain;

/// <summary>A schedule as computed by the engine, with the baseline it is compared against.</summary>
public sealed record ComputedSchedule(ScheduleContent Content, ScheduleResult Result, SavedBaseline? Baseline, IReadOnlyDictionary<string, ActivityVariance> Variance,
    WorkingCalendar Calendar, DateOnly Today);

/// <summary>
/// Checks a schedule's content and computes it with the critical-path engine on the zone's working calendar. Every
/// refusal is a <see cref="DomainException"/> with a message in the request's language naming the steps concerned:
/// 400 for input that is wrong in itself, 422 for input the engine cannot schedule (a cycle, a year without calendar).
/// Callers compute before they write, so a refused change leaves nothing behind.
/// </summary>
public static class ScheduleCalculator
{
    public const int MaxSteps = 500;

    /// <summary>The shipped PRC calendar (2019–2026 State Council notices); a year not loaded is refused, naming it.</summary>
    public static WorkingCalendar Calendar { get; } = WorkingCalendar.Prc();

    public static void ValidateSteps(IReadOnlyList<TemplateStep> steps, IReadOnlyList<TemplateLink> links)
    {
        if (steps.Count == 0 || steps.Count > MaxSteps)
        {
            throw new DomainException(Text.Get("Err.Sched.Steps", MaxSteps));
        }

        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var s in steps)
        {
            Key(s.Key, keys);
            if (string.IsNullOrWhiteSpace(s.Name) || s.Name.Trim().Length > 100)
            {
                throw new DomainException(Text.Get("Err.Sched.Name", s.Key));
            }

            if (s.Duration < 0 || s.Duration > 5000)
            {
                throw new DomainException(Text.Get("Err.Sched.Duration", s.Name, s.Duration));
            }

            if (s.StatutoryDays is < 0 or > 5000)
            {
                throw new DomainException(Text.Get("Err.Sched.Statutory", s.Name, s.StatutoryDays));
            }

            if (s.CaseWorker is { Length: > 100 })
            {
                throw new DomainException(Text.Get("Err.Sched.CaseWorker", s.Name));
            }
        }

        ValidateLinks(links, keys, k => steps.First(s => s.Key == k).Name);
        if (Cycle(keys, links) is { } cycle)
        {
            throw new DomainException(Text.Get("Err.Sched.Cycle", string.Join(" → ", cycle.Append(cycle[0]).Select(k => $"{steps.First(s => s.Key == k).Name} ({k})"))),
                StatusCodes.Status422UnprocessableEntity);
        }
    }

    private static void Key(string? key, HashSet<string> keys)
    {
        if (string.IsNullOrWhiteSpace(key) || key.Length > 40 || key.Trim() != key)
        {
            throw new DomainException(Text.Get("Err.Sched.Key", key ?? string.Empty));
        }

        if (!keys.Add(key))
        {
            throw new DomainException(Text.Get("Err.Sched.DuplicateKey", key));
        }
    }

    private static void ValidateLinks(IReadOnlyList<TemplateLink> links, HashSet<string> keys, Func<string, string> name)
    {
        var pairs = new HashSet<(string, string)>();
        foreach (var l in links)
        {
            foreach (var end in new[] { l.From, l.To })
            {
                if (end is null || !keys.Contains(end))
                {
                    throw new DomainException(Text.Get("Err.Sched.UnknownStep", end ?? string.Empty));
                }
            }

            if (!Enum.IsDefined(l.Type))
            {
                throw new DomainException(Text.Get("Err.Sched.LinkType"));
            }

            if (l.From == l.To)
            {
                throw new DomainException(Text.Get("Err.Sched.SelfLink", name(l.From)));
            }

            if (!pairs.Add((l.From, l.To)))
            {
                throw new DomainException(Text.Get("Err.Sched.DuplicateLink", name(l.From), name(l.To)));
            }

            if (l.Lag is < -1000 or > 1000)
            {
                throw new DomainException(Text.Get("Err.Sched.Lag", name(l.From), name(l.To)));
            }
        }
    }

    /// <summary>One cycle of the links in link order, or null (depth-first search, linear in steps plus links).</summary>
    public static IReadOnlyList<string>? Cycle(IEnumerable<string> keys, IReadOnlyList<TemplateLink> links)
    {
        var next = links.GroupBy(l => l.From).ToDictionary(g => g.Key, g => g.Select(l => l.To).ToList());
        var state = new Dictionary<string, int>();
        var path = new List<string>();
        foreach (var root in keys)
        {
            if (state.ContainsKey(root))
            {
                continue;
            }

            var stack = new Stack<(string Node, int Child)>();
            stack.Push((root, 0));
            state[root] = 1;
            path.Add(root);
            while (stack.Count > 0)
            {
                var (node, child) = stack.Pop();
                var successors = next.GetValueOrDefault(node) ?? [];
                if (child < successors.Count)
                {
                    stack.Push((node, child + 1));
                    var s = successors[child];
                    if (state.GetValueOrDefault(s) == 1)
                    {
                        return path[path.IndexOf(s)..];
                    }

                    if (state.GetValueOrDefault(s) == 0)
                    {
                        state[s] = 1;
                        path.Add(s);
                        stack.Push((s, 0));
                    }
                }
                else
                {
                    state[node] = 2;
                    path.RemoveAt(path.Count - 1);
                }
            }
        }

        return null;
    }

    /// <summary>Checks <paramref name="content"/> and computes it; throws <see cref="DomainException"/> on anything wrong.</summary>
    public static ComputedSchedule Compute(ProjectSchedule schedule, ScheduleContent content, DateOnly today, string? baselineName = null, WorkingCalendar? calendar = null)
    {
        Validate(content, today);
        calendar ??= Calendar;
        var plan = new SchedulePlan(calendar, schedule.Start, [.. content.Activities.Select(ToEngine)],
            [.. content.Links.Select(l => new ScheduleLink(l.From, l.To, l.Type, l.Lag))])
        {
            Deadline = schedule.Deadline,
            StatusDate = today,
        };

        if (schedule.Deadline is { } deadline && deadline < schedule.Start)
        {
            throw new DomainException(Text.Get("Err.Sched.DeadlineBeforeStart", deadline.ToString("yyyy-MM-dd"), schedule.Start.ToString("yyyy-MM-dd")));
        }

        ScheduleResult result;
        try
        {
            result = CriticalPath.Schedule(plan);
        }
        catch (CalendarYearNotLoadedException e)
        {
            throw new DomainException(Text.Get("Err.Sched.Year", string.Join(", ", e.Years)), StatusCodes.Status422UnprocessableEntity);
        }
        catch (ScheduleCycleException e)
        {
            throw new DomainException(Text.Get("Err.Sched.Cycle", Named(content, e.Cycle.Append(e.Cycle[0]))), StatusCodes.Status422UnprocessableEntity);
        }
        catch (InvalidScheduleException e)
        {
            throw new DomainException(Text.Get("Err.Sched.Invalid", e.Message), StatusCodes.Status422UnprocessableEntity);
        }

        var baseline = baselineName is null ? content.Baselines.LastOrDefault() : content.Baselines.FirstOrDefault(b => b.Name == baselineName);
        var variance = baseline is null
            ? new Dictionary<string, ActivityVariance>()
            : new Baseline(baseline.Name, baseline.Activities).VarianceOf(result).ToDictionary(v => v.Id);
        return new ComputedSchedule(content, result, baseline, variance, calendar, today);
    }

    private static string Named(ScheduleContent content, IEnumerable<string> keys)
        => string.Join(" → ", keys.Select(k => content.Activities.FirstOrDefault(a => a.Key == k) is { } a ? $"{a.Name} ({k})" : k));

    private static ScheduleActivity ToEngine(PlannedActivity a) => new(a.Key, a.Duration)
    {
        Manual = a.Manual && a.ManualStart is { } s && a.ManualFinish is { } f ? new ManualDates(s, f) : null,
        Progress = a.ActualStart is not null || a.ActualFinish is not null ? new ActivityProgress(a.ActualStart, a.ActualFinish) : null,
        Constraint = a.ConstraintType is { } t && a.ConstraintDate is { } d ? new ActivityConstraint(t, d) : null,
    };

    private static void Validate(ScheduleContent content, DateOnly today)
    {
        if (content.Activities.Count == 0 || content.Activities.Count > MaxSteps)
        {
            throw new DomainException(Text.Get("Err.Sched.Steps", MaxSteps));
        }

        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var a in content.Activities)
        {
            Key(a.Key, keys);
            if (string.IsNullOrWhiteSpace(a.Name) || a.Name.Length > 100)
            {
                throw new DomainException(Text.Get("Err.Sched.Name", a.Key));
            }

            if (a.Duration < 0 || a.Duration > 5000)
            {
                throw new DomainException(Text.Get("Err.Sched.Duration", a.Name, a.Duration));
            }

            if (a.Manual)
            {
                if (a.ManualStart is not { } s || a.ManualFinish is not { } f)
                {
                    throw new DomainException(Text.Get("Err.Sched.ManualDates", a.Name));
                }

                if (f < s)
                {
                    throw new DomainException(Text.Get("Err.Sched.FinishBeforeStart", a.Name, s.ToString("yyyy-MM-dd"), f.ToString("yyyy-MM-dd")));
                }

                if (a.Duration == 0 && f != s)
                {
                    throw new DomainException(Text.Get("Err.Sched.MilestoneDates", a.Name));
                }
            }

            foreach (var actual in new[] { a.ActualStart, a.ActualFinish })
            {
                if (actual > today)
                {
                    throw new DomainException(Text.Get("Err.Sched.Future", a.Name, actual.Value.ToString("yyyy-MM-dd"), today.ToString("yyyy-MM-dd")));
                }
            }

            if (a.ActualStart is { } started && a.ActualFinish is { } finished && finished < started)
            {
                throw new DomainException(Text.Get("Err.Sched.FinishBeforeStart", a.Name, started.ToString("yyyy-MM-dd"), finished.ToString("yyyy-MM-dd")));
            }

            if (a.ConstraintType is null != a.ConstraintDate is null || (a.ConstraintType is { } ct && !Enum.IsDefined(ct)))
            {
                throw new DomainException(Text.Get("Err.Sched.Constraint", a.Name));
            }
        }

        ValidateLinks(content.Links, keys, k => content.Activities.First(a => a.Key == k).Name);
    }

    /// <summary>
    /// Whether a step is late as of <paramref name="today"/>, and by how many working days: not finished although its
    /// baseline finish has passed, or an approval running longer than its statutory limit. Null when not late.
    /// </summary>
    public static Lateness? LatenessOf(PlannedActivity a, BaselineActivity? baseline, WorkingCalendar calendar, DateOnly today)
    {
        if (a.ActualFinish is not null)
        {
            return null;
        }

        if (a.StatutoryDays is { } limit && a.ActualStart is { } started && calendar.IsYearLoaded(today.Year))
        {
            var elapsed = calendar.WorkingDaysBetween(started, today);
            if (elapsed > limit)
            {
                return new Lateness(elapsed - limit, LateKind.OverStatutoryLimit);
            }
        }

        if (baseline is { } b && b.Finish < today && calendar.IsYearLoaded(today.Year) && calendar.IsYearLoaded(b.Finish.Year))
        {
            return new Lateness(calendar.WorkingDayDifference(b.Finish, today), LateKind.PastBaseline);
        }

        return null;
    }
}

public enum LateKind
{
    /// <summary>Not finished although the baseline said it would be by now.</summary>
    PastBaseline,

    /// <summary>An approval under way for longer than its statutory time limit (超过法定时限).</summary>
    OverStatutoryLimit,
}

public sealed record Lateness(int WorkingDays, LateKind Kind);

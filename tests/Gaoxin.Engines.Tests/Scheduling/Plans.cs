using System.Globalization;
using Gaoxin.Engines.Calendar;
using Gaoxin.Engines.Scheduling;

namespace Gaoxin.Engines.Tests.Scheduling;

internal static class Plans
{
    public static DateOnly D(string iso) => DateOnly.Parse(iso, CultureInfo.InvariantCulture);

    public static ScheduleActivity Task(string id, int duration) => new(id, duration);

    public static ScheduleLink FS(string from, string to, int lag = 0) => new(from, to, LinkType.FinishToStart, lag);

    public static ScheduleLink SS(string from, string to, int lag = 0) => new(from, to, LinkType.StartToStart, lag);

    public static ScheduleLink FF(string from, string to, int lag = 0) => new(from, to, LinkType.FinishToFinish, lag);

    public static ScheduleLink SF(string from, string to, int lag = 0) => new(from, to, LinkType.StartToFinish, lag);

    /// <summary>The worked example of issue 4: A 3 days; B 2 and C 4 after A; D 3 after B and C; E 2 after A.</summary>
    public static SchedulePlan Issue4Example(DateOnly? deadline = null) =>
        new(WorkingCalendar.AllDays, D("2025-01-01"), [Task("A", 3), Task("B", 2), Task("C", 4), Task("D", 3), Task("E", 2)],
            [FS("A", "B"), FS("A", "C"), FS("B", "D"), FS("C", "D"), FS("A", "E")])
        {
            Deadline = deadline,
        };

    public static void AssertDates(ScheduleResult result, string id, string start, string finish)
    {
        var a = result[id];
        Assert.True(D(start) == a.EarlyStart && D(finish) == a.EarlyFinish, $"{id}: expected {start}..{finish}, got {a.EarlyStart:yyyy-MM-dd}..{a.EarlyFinish:yyyy-MM-dd}");
    }

    public static void AssertLateDates(ScheduleResult result, string id, string start, string finish)
    {
        var a = result[id];
        Assert.True(D(start) == a.LateStart && D(finish) == a.LateFinish, $"{id}: expected late {start}..{finish}, got {a.LateStart:yyyy-MM-dd}..{a.LateFinish:yyyy-MM-dd}");
    }
}

using System.Collections.Concurrent;
using System.Text.Json;
using Gaoxin.Data;
using Gaoxin.Engines.Calendar;

namespace Gaoxin.Modules.Schedules.Domain;

/// <summary>
/// A zone's edits to the working calendar: years it loads beyond the shipped State Council notices (2019–2026), and
/// dated days that override the shipped arrangement (a local day off, a make-up working day, or <c>Ordinary</c> to undo
/// a shipped one). A zone without edits schedules on the shipped calendar.
/// </summary>
public sealed class ZoneCalendar : IZoneOwned, IVersioned
{
    private ZoneCalendar()
    {
        YearsJson = DaysJson = "[]";
    }

    public ZoneCalendar(Guid zoneId)
    {
        ZoneId = zoneId;
        YearsJson = DaysJson = "[]";
    }

    public Guid ZoneId { get; private set; }
    public string YearsJson { get; private set; }
    public string DaysJson { get; private set; }
    public long Version { get; set; }

    /// <summary>
    /// Whether schedules that reach a year whose State Council notice is not loaded proceed on Monday–Friday (and say so
    /// in the result) instead of being refused. Off unless the zone admin turns it on: DOMAIN.md §3 asks to refuse or flag loudly.
    /// </summary>
    public bool FallBackToMondayFriday { get; private set; }

    public IReadOnlyList<int> Years => JsonSerializer.Deserialize<List<int>>(YearsJson, ScheduleJson.Options) ?? [];

    public IReadOnlyList<CalendarDayEdit> Days => JsonSerializer.Deserialize<List<CalendarDayEdit>>(DaysJson, ScheduleJson.Options) ?? [];

    public void Set(IReadOnlyList<int> years, IReadOnlyList<CalendarDayEdit> days, bool fallBackToMondayFriday)
    {
        FallBackToMondayFriday = fallBackToMondayFriday;
        YearsJson = JsonSerializer.Serialize(years.Distinct().Order().ToList(), ScheduleJson.Options);
        DaysJson = JsonSerializer.Serialize(days.OrderBy(d => d.Date).ToList(), ScheduleJson.Options);
    }
}

public enum CalendarDayKind
{
    DayOff,
    MakeUpWorkingDay,

    /// <summary>The weekday rule applies on this date: undoes a shipped arrangement.</summary>
    Ordinary,
}

public sealed record CalendarDayEdit(DateOnly Date, CalendarDayKind Kind, string Name);

/// <summary>The working calendar a zone schedules on: the shipped PRC data with the zone's edits (which win).</summary>
public static class ScheduleCalendars
{
    // Keyed by the edits themselves (not the zone and version), so a restored or copied database never meets a stale entry.
    private static readonly ConcurrentDictionary<string, WorkingCalendar> Cache = new();

    public static WorkingCalendar Build(ZoneCalendar? edits)
    {
        if (edits is null)
        {
            return ScheduleCalculator.Calendar;
        }

        var policy = edits.FallBackToMondayFriday ? MissingYearPolicy.MondayToFriday : MissingYearPolicy.Refuse;
        return Cache.GetOrAdd(edits.YearsJson + "|" + edits.DaysJson + "|" + policy, _ =>
        {
            var overrides = edits.Days.ToDictionary(d => d.Date);
            var days = PrcHolidayNotices.Days.Where(d => !overrides.ContainsKey(d.Date))
                .Concat(overrides.Values.Where(o => o.Kind != CalendarDayKind.Ordinary)
                    .Select(o => new ArrangedDay(o.Date, o.Kind == CalendarDayKind.DayOff ? ArrangedDayKind.DayOff : ArrangedDayKind.MakeUpWorkingDay, o.Name, o.Name)));
            return WorkingCalendar.FromArrangedDays(WorkingCalendar.PrcName, PrcHolidayNotices.Years.Concat(edits.Years), days, policy);
        });
    }

    public static async Task<WorkingCalendar> ForZoneAsync(Guid zoneId, GaoxinDb db, CancellationToken ct)
        => Build(await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.FirstOrDefaultAsync(
            Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.AsNoTracking(db.ZoneCalendars), c => c.ZoneId == zoneId, ct));
}

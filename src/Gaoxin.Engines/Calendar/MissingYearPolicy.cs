namespace Gaoxin.Engines.Calendar;

/// <summary>What a calendar does when a computation reaches a year whose arrangement is not loaded.</summary>
public enum MissingYearPolicy
{
    /// <summary>Refuse with <see cref="CalendarYearNotLoadedException"/> naming the year (DOMAIN.md §3: refuse or loudly flag).</summary>
    Refuse,

    /// <summary>
    /// Count the year on the Monday–Friday rule alone. Results that reach such a year say so
    /// (<c>ScheduleResult.FallbackYearsUsed</c>, <see cref="WorkingCalendar.MissingYearsBetween"/>), for zones that allow it.
    /// </summary>
    MondayToFriday,
}

namespace Gaoxin.Engines.Calendar;

/// <summary>
/// A computation reached a year whose holiday arrangement is not loaded into the calendar, and the calendar refuses
/// to guess. The State Council publishes the next year's arrangement around November; until it is loaded (or the zone
/// allows falling back to Monday–Friday) working days in that year are unknown.
/// </summary>
public sealed class CalendarYearNotLoadedException : InvalidOperationException
{
    public CalendarYearNotLoadedException()
        : this(0, "")
    {
    }

    public CalendarYearNotLoadedException(string message)
        : base(message)
    {
        Years = [];
    }

    public CalendarYearNotLoadedException(string message, Exception innerException)
        : base(message, innerException)
    {
        Years = [];
    }

    public CalendarYearNotLoadedException(int year, string calendarName)
        : this([year], calendarName)
    {
    }

    public CalendarYearNotLoadedException(IReadOnlyList<int> years, string calendarName)
        : base(MessageFor(years, calendarName))
    {
        Years = years;
        Year = years.Count > 0 ? years[0] : 0;
        CalendarName = calendarName;
    }

    /// <summary>The first year reached that is not loaded.</summary>
    public int Year { get; }

    /// <summary>Every year reached that is not loaded, ascending.</summary>
    public IReadOnlyList<int> Years { get; }

    public string CalendarName { get; } = "";

    private static string MessageFor(IReadOnlyList<int> years, string calendarName)
    {
        var list = string.Join(", ", years);
        return years.Count == 1
            ? $"The computation reaches {list}, but the working calendar '{calendarName}' has no holiday arrangement loaded for {list}. Load the State Council notice for {list}, or allow this zone to fall back to Monday–Friday for years not loaded."
            : $"The computation reaches {list}, but the working calendar '{calendarName}' has no holiday arrangement loaded for those years. Load the State Council notices for them, or allow this zone to fall back to Monday–Friday for years not loaded.";
    }
}

using System.Globalization;
using Gaoxin.Engines.Calendar;

namespace Gaoxin.Engines.Tests.Calendar;

public sealed class MissingYearTests
{
    private static DateOnly D(string iso) => DateOnly.Parse(iso, CultureInfo.InvariantCulture);

    [Fact]
    public void A_date_in_a_year_without_a_notice_is_refused_naming_the_year()
    {
        var e = Assert.Throws<CalendarYearNotLoadedException>(() => WorkingCalendar.Prc().IsWorkingDay(D("2027-03-01")));
        Assert.Equal(2027, e.Year);
        Assert.Contains("2027", e.Message, StringComparison.Ordinal);
        Assert.Equal("cn", e.CalendarName);
    }

    [Fact]
    public void Counting_into_an_unloaded_year_is_refused_even_from_a_loaded_one()
    {
        var e = Assert.Throws<CalendarYearNotLoadedException>(() => WorkingCalendar.Prc().AddWorkingDays(D("2026-12-30"), 5));
        Assert.Equal(2027, e.Year);
        Assert.Equal(2018, Assert.Throws<CalendarYearNotLoadedException>(() => WorkingCalendar.Prc().WorkingDaysBetween(D("2018-12-01"), D("2019-02-01"))).Year);
    }

    [Fact]
    public void Falling_back_counts_the_missing_year_on_Monday_to_Friday_and_says_which_year()
    {
        var calendar = WorkingCalendar.Prc(MissingYearPolicy.MondayToFriday);
        var result = calendar.AddWorkingDays(D("2026-12-31"), 1);
        Assert.Equal(D("2027-01-01"), result); // a Friday; the 2027 New Year holiday is unknown
        Assert.Equal([2027], calendar.MissingYearsBetween(D("2026-12-31"), result));
        Assert.Empty(calendar.MissingYearsBetween(D("2019-01-01"), D("2026-12-31")));
    }

    [Fact]
    public void A_zone_can_load_next_years_notice_itself_and_override_a_shipped_day()
    {
        // A zone admin enters the 2027 Spring Festival before Gaoxin ships it, and (say) a local decision to work 8 October 2025.
        var edits = new List<ArrangedDay>
        {
            new(D("2025-10-08"), ArrangedDayKind.MakeUpWorkingDay, "园区安排", "Zone arrangement"),
        };
        for (var d = D("2027-02-05"); d <= D("2027-02-11"); d = d.AddDays(1))
        {
            edits.Add(new ArrangedDay(d, ArrangedDayKind.DayOff, "春节", "Spring Festival"));
        }

        var zone = WorkingCalendar.FromArrangedDays("cn", PrcHolidayNotices.Years.Append(2027), PrcHolidayNotices.Days.Concat(edits));
        Assert.True(zone.IsYearLoaded(2027));
        Assert.False(zone.IsWorkingDay(D("2027-02-08")));
        Assert.True(zone.IsWorkingDay(D("2027-02-12")));
        Assert.True(zone.IsWorkingDay(D("2025-10-08")));
        Assert.False(WorkingCalendar.Prc().IsWorkingDay(D("2025-10-08")));
        Assert.Equal(D("2027-02-12"), zone.AddWorkingDays(D("2027-02-04"), 1));
    }

    [Fact]
    public void A_gap_between_loaded_years_is_refused_too()
    {
        var calendar = WorkingCalendar.FromArrangedDays("gappy", [2024, 2026], PrcHolidayNotices.Days);
        Assert.True(calendar.IsWorkingDay(D("2024-10-08")));
        Assert.False(calendar.IsWorkingDay(D("2026-10-07")));
        Assert.Equal(2025, Assert.Throws<CalendarYearNotLoadedException>(() => calendar.WorkingDaysBetween(D("2024-12-01"), D("2026-01-31"))).Year);
    }
}

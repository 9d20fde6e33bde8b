using Gaoxin.Engines.Calendar;

namespace Gaoxin.Engines.Tests.Calendar;

/// <summary>Worked cases from the State Council notices (DOMAIN.md §3 lists the 2025 and 2026 ones).</summary>
public sealed class PrcCalendarTests
{
    private static readonly WorkingCalendar Cn = WorkingCalendar.Prc();

    private static DateOnly D(string iso) => DateOnly.Parse(iso, System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public void National_Day_2025_make_up_Sunday_28_September_is_a_working_day()
    {
        Assert.Equal(DayOfWeek.Sunday, D("2025-09-28").DayOfWeek);
        Assert.True(Cn.IsWorkingDay(D("2025-09-28")));
    }

    [Fact]
    public void National_Day_2025_make_up_Saturday_11_October_is_a_working_day()
    {
        Assert.Equal(DayOfWeek.Saturday, D("2025-10-11").DayOfWeek);
        Assert.True(Cn.IsWorkingDay(D("2025-10-11")));
    }

    [Fact]
    public void National_Day_2025_break_runs_1_to_8_October_and_9_October_is_worked()
    {
        for (var d = D("2025-10-01"); d <= D("2025-10-08"); d = d.AddDays(1))
        {
            Assert.False(Cn.IsWorkingDay(d), $"{d} should be off");
        }

        Assert.True(Cn.IsWorkingDay(D("2025-10-09")));
        Assert.False(Cn.IsWorkingDay(D("2025-09-27")));
        Assert.Equal("国庆节、中秋节", Cn.ArrangementOn(D("2025-10-03"))?.NameZh);
    }

    [Theory]
    [InlineData("2025-01-01")]
    [InlineData("2025-01-28")]
    [InlineData("2025-01-31")]
    [InlineData("2025-02-03")]
    [InlineData("2025-02-04")]
    [InlineData("2025-04-04")]
    [InlineData("2025-05-01")]
    [InlineData("2025-05-02")]
    [InlineData("2025-05-05")]
    [InlineData("2025-06-02")]
    [InlineData("2025-10-08")]
    public void Weekday_holidays_of_2025_from_DOMAIN_are_days_off(string date) => Assert.False(Cn.IsWorkingDay(D(date)));

    [Theory]
    [InlineData("2025-01-26")]
    [InlineData("2025-02-08")]
    [InlineData("2025-04-27")]
    [InlineData("2025-09-28")]
    [InlineData("2025-10-11")]
    [InlineData("2026-01-04")]
    [InlineData("2026-02-14")]
    [InlineData("2026-02-28")]
    [InlineData("2026-05-09")]
    [InlineData("2026-09-20")]
    [InlineData("2026-10-10")]
    public void Make_up_weekend_days_from_DOMAIN_are_working_days(string date)
    {
        Assert.True(D(date).DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday);
        Assert.True(Cn.IsWorkingDay(D(date)));
        Assert.Equal(ArrangedDayKind.MakeUpWorkingDay, Cn.ArrangementOn(D(date))?.Kind);
    }

    [Fact]
    public void Spring_Festival_2026_is_off_from_15_to_23_February()
    {
        Assert.True(Cn.IsWorkingDay(D("2026-02-13")));
        for (var d = D("2026-02-15"); d <= D("2026-02-23"); d = d.AddDays(1))
        {
            Assert.False(Cn.IsWorkingDay(d), $"{d} should be off");
        }

        Assert.True(Cn.IsWorkingDay(D("2026-02-24")));
    }

    [Fact]
    public void The_2020_Spring_Festival_extension_makes_Saturday_1_February_a_day_off_not_a_make_up_day()
    {
        Assert.False(Cn.IsWorkingDay(D("2020-01-31")));
        Assert.False(Cn.IsWorkingDay(D("2020-02-01")));
        Assert.False(Cn.IsWorkingDay(D("2020-02-02")));
        Assert.True(Cn.IsWorkingDay(D("2020-02-03")));
        Assert.True(Cn.IsWorkingDay(D("2020-01-19")));
    }

    [Fact]
    public void Labour_Day_2019_follows_the_March_2019_change_not_the_original_notice()
    {
        Assert.True(Cn.IsWorkingDay(D("2019-04-28")));
        Assert.False(Cn.IsWorkingDay(D("2019-05-02")));
        Assert.False(Cn.IsWorkingDay(D("2019-05-03")));
        Assert.True(Cn.IsWorkingDay(D("2019-05-05")));
    }

    [Fact]
    public void Ordinary_weekends_are_off_and_ordinary_weekdays_work()
    {
        Assert.False(Cn.IsWorkingDay(D("2024-03-09")));
        Assert.False(Cn.IsWorkingDay(D("2024-03-10")));
        Assert.True(Cn.IsWorkingDay(D("2024-03-11")));
    }

    [Fact]
    public void Shipped_notices_cover_2019_to_2026_and_each_cites_its_State_Council_notice()
    {
        Assert.Equal([2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026], PrcHolidayNotices.Years);
        Assert.Equal([2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026], Cn.LoadedYears);
        foreach (var n in PrcHolidayNotices.Notices)
        {
            Assert.Matches(@"^国办发明电〔\d{4}〕\d+号$", n.Reference);
            Assert.Equal($"国办发明电〔{n.Year - 1}〕", n.Reference[..11]);
            Assert.Contains($"{n.Year}年部分节假日安排", n.Title, StringComparison.Ordinal);
            Assert.StartsWith("http", n.Url, StringComparison.Ordinal);
        }

        Assert.Equal("国办发明电〔2024〕12号", PrcHolidayNotices.Notices.Single(n => n.Year == 2025).Reference);
        Assert.Equal("国办发明电〔2025〕7号", PrcHolidayNotices.Notices.Single(n => n.Year == 2026).Reference);
    }

    [Fact]
    public void Every_make_up_working_day_shipped_is_a_Saturday_or_Sunday()
    {
        var makeUps = PrcHolidayNotices.Days.Where(d => d.Kind == ArrangedDayKind.MakeUpWorkingDay).ToList();
        Assert.NotEmpty(makeUps);
        Assert.All(makeUps, d => Assert.True(d.Date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday, $"{d.Date} is a {d.Date.DayOfWeek}"));
    }

    // Cross-check against the notices' own totals: days off as the notices list them (spans, "共N天") and weekend
    // days worked, per notice. A typo in a date range changes one of these.
    [Theory]
    [InlineData(2019, 24, 7)]
    [InlineData(2020, 30, 6)]
    [InlineData(2021, 31, 7)]
    [InlineData(2022, 31, 7)]
    [InlineData(2023, 27, 7)]
    [InlineData(2024, 28, 8)]
    [InlineData(2025, 28, 5)]
    [InlineData(2026, 33, 6)]
    public void Each_notice_has_the_days_off_and_make_up_days_it_announces(int year, int daysOff, int makeUpDays)
    {
        var notice = PrcHolidayNotices.Notices.Single(n => n.Year == year);
        Assert.Equal(daysOff, notice.Days.Count(d => d.Kind == ArrangedDayKind.DayOff));
        Assert.Equal(makeUpDays, notice.Days.Count(d => d.Kind == ArrangedDayKind.MakeUpWorkingDay));
    }

    // The statute gives 11 paid holidays a year until 2024 and 13 from 2025 (国务院令第795号); weekdays lost to a
    // break less weekend days worked must come to that. 2020 loses two more: the epidemic extension added Friday
    // 31 January and cancelled the make-up Saturday 1 February.
    [Theory]
    [InlineData(2019, 11)]
    [InlineData(2020, 13)]
    [InlineData(2021, 11)]
    [InlineData(2022, 11)]
    [InlineData(2023, 11)]
    [InlineData(2024, 11)]
    [InlineData(2025, 13)]
    [InlineData(2026, 13)]
    public void Weekdays_off_less_make_up_days_equal_the_statutory_holidays(int year, int net)
    {
        var notice = PrcHolidayNotices.Notices.Single(n => n.Year == year);
        var weekdaysOff = notice.Days.Count(d => d.Kind == ArrangedDayKind.DayOff && d.Date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday));
        var makeUps = notice.Days.Count(d => d.Kind == ArrangedDayKind.MakeUpWorkingDay);
        Assert.Equal(net, weekdaysOff - makeUps);
    }

    [Fact]
    public void Working_days_in_2025_are_weekdays_less_13_holidays_plus_5_make_up_days()
    {
        // 2025 has 261 weekdays; the 2025 notice puts 18 of them off and works 5 weekend days (13 statutory days net).
        Assert.Equal(261 - 18 + 5, Cn.WorkingDaysBetween(D("2025-01-01"), D("2025-12-31")));
    }
}

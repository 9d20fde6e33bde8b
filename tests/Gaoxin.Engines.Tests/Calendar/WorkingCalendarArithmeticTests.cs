using System.Globalization;
using Gaoxin.Engines.Calendar;

namespace Gaoxin.Engines.Tests.Calendar;

public sealed class WorkingCalendarArithmeticTests
{
    private static readonly WorkingCalendar Cn = WorkingCalendar.Prc();

    private static DateOnly D(string iso) => DateOnly.Parse(iso, CultureInfo.InvariantCulture);

    [Theory]
    [InlineData("2025-09-30", 1, "2025-10-09")] // the whole National Day break is skipped
    [InlineData("2025-09-30", 3, "2025-10-11")] // …and the make-up Saturday counts
    [InlineData("2025-09-30", 4, "2025-10-13")]
    [InlineData("2025-09-26", 1, "2025-09-28")] // Friday + 1 is the make-up Sunday
    [InlineData("2025-09-26", 2, "2025-09-29")]
    [InlineData("2025-10-09", -1, "2025-09-30")]
    [InlineData("2025-10-13", -1, "2025-10-11")]
    [InlineData("2025-10-04", 1, "2025-10-09")] // from a holiday: the first working day after it
    [InlineData("2025-10-04", -1, "2025-09-30")] // …and the last before it
    [InlineData("2025-01-24", 1, "2025-01-26")] // Spring Festival 2025: make-up Sunday 26 January
    [InlineData("2025-01-27", 1, "2025-02-05")] // then 28 January to 4 February off
    [InlineData("2025-04-25", 1, "2025-04-27")] // Labour Day 2025: make-up Sunday 27 April
    [InlineData("2025-04-30", 1, "2025-05-06")] // then 1 to 5 May off
    [InlineData("2026-02-13", 1, "2026-02-14")] // Spring Festival 2026: make-up Saturday 14 February
    [InlineData("2026-02-14", 1, "2026-02-24")]
    [InlineData("2024-12-31", 1, "2025-01-02")] // across a year boundary and New Year's Day
    public void Adding_working_days_skips_holidays_and_counts_make_up_days(string from, int days, string expected)
        => Assert.Equal(D(expected), Cn.AddWorkingDays(D(from), days));

    [Fact]
    public void Adding_zero_to_a_day_off_rolls_forward_to_the_next_working_day()
    {
        Assert.Equal(D("2025-10-09"), Cn.AddWorkingDays(D("2025-10-01"), 0));
        Assert.Equal(D("2025-10-09"), Cn.WorkingDayOnOrAfter(D("2025-10-01")));
        Assert.Equal(D("2025-09-30"), Cn.WorkingDayOnOrBefore(D("2025-10-01")));
    }

    [Fact]
    public void Adding_zero_to_a_working_day_keeps_it()
        => Assert.Equal(D("2025-09-28"), Cn.AddWorkingDays(D("2025-09-28"), 0));

    [Fact]
    public void Next_and_previous_working_days_are_strictly_after_and_before()
    {
        Assert.Equal(D("2025-10-09"), Cn.NextWorkingDay(D("2025-09-30")));
        Assert.Equal(D("2025-09-30"), Cn.PreviousWorkingDay(D("2025-10-09")));
        Assert.Equal(D("2025-09-29"), Cn.NextWorkingDay(D("2025-09-28")));
    }

    [Fact]
    public void Working_days_between_counts_both_ends_and_is_negative_backwards()
    {
        // 28 Sep (make-up Sunday), 29, 30 Sep, then 9, 10, 11 Oct (make-up Saturday).
        Assert.Equal(6, Cn.WorkingDaysBetween(D("2025-09-28"), D("2025-10-11")));
        Assert.Equal(-6, Cn.WorkingDaysBetween(D("2025-10-11"), D("2025-09-28")));
        Assert.Equal(1, Cn.WorkingDaysBetween(D("2025-10-09"), D("2025-10-09")));
        Assert.Equal(0, Cn.WorkingDaysBetween(D("2025-10-03"), D("2025-10-03")));
        Assert.Equal(0, Cn.WorkingDaysBetween(D("2025-10-01"), D("2025-10-08")));
    }

    [Fact]
    public void Working_day_difference_is_the_inverse_of_adding_working_days()
    {
        Assert.Equal(1, Cn.WorkingDayDifference(D("2025-09-30"), D("2025-10-09")));
        Assert.Equal(-4, Cn.WorkingDayDifference(D("2025-10-11"), D("2025-09-29"))); // 29, 30 Sep, 9, 10 Oct
        Assert.Equal(D("2025-09-29"), Cn.AddWorkingDays(D("2025-10-11"), -4));
    }

    [Fact]
    public void All_days_counts_every_calendar_day_in_any_year()
    {
        var all = WorkingCalendar.ForName("all-days");
        Assert.Equal(D("2025-01-03"), all.AddWorkingDays(D("2025-01-01"), 2));
        Assert.True(all.IsWorkingDay(D("2025-10-01")));
        Assert.Equal(366, all.WorkingDaysBetween(D("2100-01-01"), D("2101-01-01")));
    }

    [Fact]
    public void Monday_to_Friday_ignores_holidays_and_knows_every_year()
    {
        var monFri = WorkingCalendar.ForName("mon-fri");
        Assert.True(monFri.IsWorkingDay(D("2025-10-01")));
        Assert.False(monFri.IsWorkingDay(D("2025-09-28")));
        Assert.Equal(D("1990-01-08"), monFri.AddWorkingDays(D("1990-01-05"), 1));
        Assert.True(monFri.IsWorkingDay(D("0001-01-01"))); // a Monday: the day-number arithmetic is anchored there
        Assert.False(monFri.IsWorkingDay(D("0001-01-06")));
    }

    [Fact]
    public void An_unknown_calendar_name_is_refused_with_the_names_to_use()
    {
        var e = Assert.Throws<ArgumentException>(() => WorkingCalendar.ForName("cn-2"));
        Assert.Contains("'cn'", e.Message, StringComparison.Ordinal);
        Assert.Contains("'all-days'", e.Message, StringComparison.Ordinal);
    }

    // Property: the O(1) table arithmetic agrees with counting day by day, on random dates and offsets across the
    // shipped years, for each calendar kind.
    [Theory]
    [InlineData("cn", 1)]
    [InlineData("cn", 2)]
    [InlineData("mon-fri", 3)]
    [InlineData("all-days", 4)]
    public void Table_arithmetic_agrees_with_counting_day_by_day(string kind, int seed)
    {
        var calendar = WorkingCalendar.ForName(kind);
        var random = new Random(seed);
        var first = D("2019-03-01").DayNumber;
        var last = D("2026-10-01").DayNumber;
        for (var trial = 0; trial < 400; trial++)
        {
            var from = DateOnly.FromDayNumber(random.Next(first, last));
            var n = random.Next(-40, 41);
            Assert.Equal(AddByStepping(calendar, from, n), calendar.AddWorkingDays(from, n));

            var to = DateOnly.FromDayNumber(random.Next(first, last));
            Assert.Equal(CountByStepping(calendar, from, to), calendar.WorkingDaysBetween(from, to));
        }
    }

    private static DateOnly AddByStepping(WorkingCalendar calendar, DateOnly from, int n)
    {
        var d = from;
        if (n == 0)
        {
            while (!calendar.IsWorkingDay(d))
            {
                d = d.AddDays(1);
            }

            return d;
        }

        var step = Math.Sign(n);
        for (var left = Math.Abs(n); left > 0;)
        {
            d = d.AddDays(step);
            if (calendar.IsWorkingDay(d))
            {
                left--;
            }
        }

        return d;
    }

    private static int CountByStepping(WorkingCalendar calendar, DateOnly a, DateOnly b)
    {
        var (lo, hi, sign) = a <= b ? (a, b, 1) : (b, a, -1);
        var count = 0;
        for (var d = lo; d <= hi; d = d.AddDays(1))
        {
            count += calendar.IsWorkingDay(d) ? 1 : 0;
        }

        return sign * count;
    }
}

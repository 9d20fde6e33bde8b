namespace Gaoxin.Engines.Calendar;

/// <summary>
/// Which days are working days: a weekday rule (Monday–Friday, or every day) plus dated exceptions — holiday days off
/// and make-up working days (调休上班) — loaded per year. Immutable and safe to share between threads.
/// </summary>
/// <remarks>
/// <para>
/// Every computation is O(1): the loaded years are precomputed into a cumulative count of working days per day and the
/// list of working days, so a date maps to its working-day ordinal (working days before it) and back by array lookup.
/// Outside the loaded years the weekday rule is pure arithmetic.
/// </para>
/// <para>
/// Conventions (documented once, relied on by the scheduler):
/// <list type="bullet">
/// <item><see cref="AddWorkingDays"/>(d, n) with n &gt; 0 is the n-th working day strictly after d; with n &lt; 0 the |n|-th
/// working day strictly before d; with n = 0 it is d itself if d is a working day, otherwise the next working day
/// (a start on a holiday rolls forward). So a Saturday + 1 is the Monday, and a Saturday − 1 the Friday.</item>
/// <item><see cref="WorkingDaysBetween"/>(first, last) counts working days in [first, last], both ends included;
/// it is negative (minus the count of [last, first]) when last is before first.</item>
/// <item><see cref="WorkingDayDifference"/>(from, to) is the number of working days in [from, to) — the inverse of
/// <see cref="AddWorkingDays"/> between working days: AddWorkingDays(a, WorkingDayDifference(a, b)) == b.</item>
/// </list>
/// </para>
/// <para>
/// A computation that reaches a year that is not loaded throws <see cref="CalendarYearNotLoadedException"/> naming the year,
/// unless the calendar was made with <see cref="MissingYearPolicy.MondayToFriday"/>; then it counts that year on
/// Monday–Friday and <see cref="MissingYearsBetween"/> (or the schedule's <c>FallbackYearsUsed</c>) says which years did.
/// The kinds <c>mon-fri</c> and <c>all-days</c> have every year loaded.
/// </para>
/// </remarks>
public sealed class WorkingCalendar
{
    public const string PrcName = "cn";
    public const string MondayToFridayName = "mon-fri";
    public const string AllDaysName = "all-days";

    private static readonly Lazy<WorkingCalendar> PrcRefusing =
        new(() => FromArrangedDays(PrcName, PrcHolidayNotices.Years, PrcHolidayNotices.Days, MissingYearPolicy.Refuse));

    private static readonly Lazy<WorkingCalendar> PrcFallingBack =
        new(() => FromArrangedDays(PrcName, PrcHolidayNotices.Years, PrcHolidayNotices.Days, MissingYearPolicy.MondayToFriday));

    private readonly WeekRule _rule;

    // The table covers 1 January of the first loaded year to 31 December of the last, as day numbers [start, end).
    private readonly int _tableStart;
    private readonly int _tableEnd;

    // _workingBefore[i] = working days in [_tableStart, _tableStart + i); length (end - start + 1).
    private readonly int[] _workingBefore;

    // Day numbers of the table's working days, ascending: the inverse of _workingBefore.
    private readonly int[] _workingDays;

    // Ordinals are counted from day 0 (0001-01-01) by the weekday rule before the table, by the table inside it,
    // and by the rule again after it, so they are continuous everywhere.
    private readonly int _ordinalAtTableStart;
    private readonly int _ordinalAtTableEnd;
    private readonly int _ruleOrdinalAtTableEnd;

    private readonly bool _everyYearLoaded;
    private readonly int _firstYear;
    private readonly int _lastYear;
    private readonly bool[] _yearLoaded;
    private readonly bool _hasGaps;
    private readonly Dictionary<DateOnly, ArrangedDay> _arranged;

    private WorkingCalendar(string name, WeekRule rule)
    {
        Name = name;
        _rule = rule;
        Policy = MissingYearPolicy.Refuse;
        _everyYearLoaded = true;
        _workingBefore = [0];
        _workingDays = [];
        _yearLoaded = [];
        _arranged = [];
        LoadedYears = [];
        ArrangedDays = [];
    }

    private WorkingCalendar(string name, WeekRule rule, MissingYearPolicy policy, IEnumerable<int> loadedYears, IEnumerable<ArrangedDay> days)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Name = name;
        _rule = rule;
        Policy = Enum.IsDefined(policy) ? policy : throw new ArgumentOutOfRangeException(nameof(policy), policy, "Unknown missing-year policy.");

        var years = loadedYears.Distinct().Order().ToArray();
        foreach (var y in years)
        {
            if (y is < 1 or > 9999)
            {
                throw new ArgumentOutOfRangeException(nameof(loadedYears), y, "A calendar year must be between 1 and 9999.");
            }
        }

        LoadedYears = years;
        _firstYear = years.Length > 0 ? years[0] : 1;
        _lastYear = years.Length > 0 ? years[^1] : 0;
        _yearLoaded = new bool[Math.Max(0, _lastYear - _firstYear + 1)];
        foreach (var y in years)
        {
            _yearLoaded[y - _firstYear] = true;
        }

        _hasGaps = years.Length > 0 && years.Length != _yearLoaded.Length;

        // Later entries for the same date win, so a zone's edits appended after the shipped notices override them.
        // Days in years that are not loaded are not applied: 2019's notice arranges 29–31 December 2018, which only
        // counts once 2018 itself is loaded.
        _arranged = [];
        foreach (var d in days)
        {
            if (IsYearLoaded(d.Date.Year))
            {
                _arranged[d.Date] = d;
            }
        }

        ArrangedDays = [.. _arranged.Values.OrderBy(d => d.Date)];

        if (years.Length == 0)
        {
            _workingBefore = [0];
            _workingDays = [];
            return;
        }

        _tableStart = new DateOnly(_firstYear, 1, 1).DayNumber;
        _tableEnd = new DateOnly(_lastYear, 12, 31).DayNumber + 1;
        var length = _tableEnd - _tableStart;
        _workingBefore = new int[length + 1];
        var working = new List<int>(length);
        for (var i = 0; i < length; i++)
        {
            var day = _tableStart + i;
            var isWorking = _arranged.TryGetValue(DateOnly.FromDayNumber(day), out var arranged)
                ? arranged.IsWorkingDay
                : rule.IsWorking(day);
            _workingBefore[i + 1] = _workingBefore[i] + (isWorking ? 1 : 0);
            if (isWorking)
            {
                working.Add(day);
            }
        }

        _workingDays = [.. working];
        _ordinalAtTableStart = rule.CountBefore(_tableStart);
        _ordinalAtTableEnd = _ordinalAtTableStart + _workingDays.Length;
        _ruleOrdinalAtTableEnd = rule.CountBefore(_tableEnd);
    }

    /// <summary>Monday to Friday in every year, no holidays (<c>mon-fri</c>).</summary>
    public static WorkingCalendar MondayToFriday { get; } = new(MondayToFridayName, WeekRule.MondayToFriday);

    /// <summary>Every day is a working day (<c>all-days</c>): calendar days, as construction sites often count.</summary>
    public static WorkingCalendar AllDays { get; } = new(AllDaysName, WeekRule.AllDays);

    /// <summary>The calendar's kind or a zone's name for it: <c>cn</c>, <c>mon-fri</c>, <c>all-days</c>, or the name given.</summary>
    public string Name { get; }

    public MissingYearPolicy Policy { get; }

    /// <summary>True for the weekday-rule kinds, which need no notice for any year.</summary>
    public bool EveryYearLoaded => _everyYearLoaded;

    /// <summary>The years whose arrangement is loaded, ascending (empty when <see cref="EveryYearLoaded"/>).</summary>
    public IReadOnlyList<int> LoadedYears { get; }

    /// <summary>The dated exceptions in force, ascending by date.</summary>
    public IReadOnlyList<ArrangedDay> ArrangedDays { get; }

    /// <summary>The PRC calendar shipped with Gaoxin: the State Council notices for <see cref="PrcHolidayNotices.Years"/>.</summary>
    public static WorkingCalendar Prc(MissingYearPolicy policy = MissingYearPolicy.Refuse)
        => policy == MissingYearPolicy.MondayToFriday ? PrcFallingBack.Value : PrcRefusing.Value;

    /// <summary>
    /// A Monday–Friday calendar with the given dated exceptions, for the years given — how a zone's administrator edits
    /// or extends the shipped data (e.g. <c>PrcHolidayNotices.Days</c> followed by the zone's own edits, which win).
    /// </summary>
    public static WorkingCalendar FromArrangedDays(
        string name,
        IEnumerable<int> loadedYears,
        IEnumerable<ArrangedDay> days,
        MissingYearPolicy policy = MissingYearPolicy.Refuse)
        => new(name, WeekRule.MondayToFriday, policy, loadedYears, days);

    /// <summary>The calendar for a kind as the CLI and the web app name it: <c>cn</c>, <c>mon-fri</c> or <c>all-days</c>.</summary>
    public static WorkingCalendar ForName(string name, MissingYearPolicy policy = MissingYearPolicy.Refuse) => name switch
    {
        PrcName => Prc(policy),
        MondayToFridayName => MondayToFriday,
        AllDaysName => AllDays,
        _ => throw new ArgumentException($"Unknown calendar '{name}'. Use '{PrcName}' (PRC holidays and make-up working days), '{MondayToFridayName}' or '{AllDaysName}'.", nameof(name)),
    };

    public bool IsYearLoaded(int year)
        => _everyYearLoaded || (year >= _firstYear && year <= _lastYear && _yearLoaded[year - _firstYear]);

    /// <summary>The years between two dates (inclusive, either order) that are not loaded — counted on Monday–Friday when falling back.</summary>
    public IReadOnlyList<int> MissingYearsBetween(DateOnly a, DateOnly b)
    {
        var (from, to) = a <= b ? (a.Year, b.Year) : (b.Year, a.Year);
        return MissingYears(from, to);
    }

    public bool IsWorkingDay(DateOnly date)
    {
        Require(date.DayNumber, date.DayNumber);
        return IsWorking(date.DayNumber);
    }

    /// <summary>The holiday or make-up working day arranged on a date, if any.</summary>
    public ArrangedDay? ArrangementOn(DateOnly date) => _arranged.GetValueOrDefault(date);

    /// <summary>See the conventions in the remarks of <see cref="WorkingCalendar"/>: 0 rolls a non-working day forward.</summary>
    public DateOnly AddWorkingDays(DateOnly date, int workingDays)
    {
        var day = date.DayNumber;
        var ordinal = workingDays > 0
            ? OrdinalOf(day + 1) + workingDays - 1
            : OrdinalOf(day) + workingDays;
        var result = DayOf(ordinal);
        Require(Math.Min(day, result), Math.Max(day, result));
        return DateOnly.FromDayNumber(result);
    }

    /// <summary>The first working day strictly after <paramref name="date"/>.</summary>
    public DateOnly NextWorkingDay(DateOnly date) => AddWorkingDays(date, 1);

    /// <summary>The last working day strictly before <paramref name="date"/>.</summary>
    public DateOnly PreviousWorkingDay(DateOnly date) => AddWorkingDays(date, -1);

    /// <summary><paramref name="date"/> if it is a working day, else the next one.</summary>
    public DateOnly WorkingDayOnOrAfter(DateOnly date) => AddWorkingDays(date, 0);

    /// <summary><paramref name="date"/> if it is a working day, else the previous one.</summary>
    public DateOnly WorkingDayOnOrBefore(DateOnly date)
    {
        var ordinal = OrdinalOf(date.DayNumber + 1) - 1;
        var result = DayOf(ordinal);
        Require(result, date.DayNumber);
        return DateOnly.FromDayNumber(result);
    }

    /// <summary>Working days in [first, last], both ends included; negative when <paramref name="last"/> is before <paramref name="first"/>.</summary>
    public int WorkingDaysBetween(DateOnly first, DateOnly last)
    {
        int a = first.DayNumber, b = last.DayNumber;
        if (a <= b)
        {
            Require(a, b);
            return OrdinalOf(b + 1) - OrdinalOf(a);
        }

        Require(b, a);
        return -(OrdinalOf(a + 1) - OrdinalOf(b));
    }

    /// <summary>Working days in [from, to) — how many working days later <paramref name="to"/> is; negative when earlier.</summary>
    public int WorkingDayDifference(DateOnly from, DateOnly to)
    {
        int a = from.DayNumber, b = to.DayNumber;
        Require(Math.Min(a, b), Math.Max(a, b));
        return OrdinalOf(b) - OrdinalOf(a);
    }

    public override string ToString() => Name;

    /// <summary>Working days before day number <paramref name="day"/>, counted from 0001-01-01. No year check.</summary>
    internal int OrdinalOf(int day)
    {
        if (day < _tableStart)
        {
            return _rule.CountBefore(day);
        }

        if (day <= _tableEnd)
        {
            return _ordinalAtTableStart + _workingBefore[day - _tableStart];
        }

        return _ordinalAtTableEnd + (_rule.CountBefore(day) - _ruleOrdinalAtTableEnd);
    }

    /// <summary>The day number of the working day with this ordinal (the inverse of <see cref="OrdinalOf"/>). No year check.</summary>
    internal int DayOf(int ordinal)
    {
        var t = ordinal - _ordinalAtTableStart;
        if ((uint)t < (uint)_workingDays.Length)
        {
            return _workingDays[t];
        }

        return t < 0
            ? _rule.DayOf(ordinal)
            : _rule.DayOf(ordinal - _ordinalAtTableEnd + _ruleOrdinalAtTableEnd);
    }

    /// <summary>The table's working days (day numbers) and the ordinal of the first, for callers converting in bulk.</summary>
    internal int[] TableWorkingDays => _workingDays;

    internal int TableFirstOrdinal => _ordinalAtTableStart;

    internal DateOnly WorkingDayOnOrAfterUnchecked(DateOnly date) => DateOnly.FromDayNumber(DayOf(OrdinalOf(date.DayNumber)));

    internal bool IsWorking(int day)
    {
        var i = day - _tableStart;
        return (uint)i < (uint)(_tableEnd - _tableStart)
            ? _workingBefore[i + 1] != _workingBefore[i]
            : _rule.IsWorking(day);
    }

    /// <summary>
    /// Refuses (or, when falling back, records into <paramref name="fallbackYears"/>) a span of days that reaches years not loaded.
    /// </summary>
    internal void RequireYears(int fromDay, int toDay, ISet<int>? fallbackYears)
    {
        if (_everyYearLoaded)
        {
            return;
        }

        var from = YearOf(fromDay);
        var to = YearOf(toDay);
        if (from >= _firstYear && to <= _lastYear && !_hasGaps)
        {
            return;
        }

        var missing = MissingYears(from, to);
        if (missing.Count == 0)
        {
            return;
        }

        if (Policy == MissingYearPolicy.Refuse)
        {
            throw new CalendarYearNotLoadedException(missing, Name);
        }

        if (fallbackYears is not null)
        {
            foreach (var y in missing)
            {
                fallbackYears.Add(y);
            }
        }
    }

    private void Require(int fromDay, int toDay) => RequireYears(fromDay, toDay, null);

    private List<int> MissingYears(int from, int to)
    {
        var missing = new List<int>();
        if (_everyYearLoaded)
        {
            return missing;
        }

        for (var y = from; y <= to; y++)
        {
            if (!IsYearLoaded(y))
            {
                missing.Add(y);
            }
        }

        return missing;
    }

    private static int YearOf(int day)
        => day < 0 ? 0 : day > DateOnly.MaxValue.DayNumber ? 10000 : DateOnly.FromDayNumber(day).Year;

    /// <summary>Which weekdays work. Day number 0 (0001-01-01) is a Monday, so day % 7 is 0 for Monday … 6 for Sunday.</summary>
    private sealed class WeekRule
    {
        private readonly bool[] _working;
        private readonly int[] _countBefore;
        private readonly int[] _nth;
        private readonly int _perWeek;

        private WeekRule(bool[] working)
        {
            _working = working;
            _countBefore = new int[8];
            var nth = new List<int>();
            for (var i = 0; i < 7; i++)
            {
                _countBefore[i + 1] = _countBefore[i] + (working[i] ? 1 : 0);
                if (working[i])
                {
                    nth.Add(i);
                }
            }

            _nth = [.. nth];
            _perWeek = _nth.Length;
        }

        public static WeekRule MondayToFriday { get; } = new([true, true, true, true, true, false, false]);

        public static WeekRule AllDays { get; } = new([true, true, true, true, true, true, true]);

        public bool IsWorking(int day) => _working[day % 7];

        public int CountBefore(int day) => (day / 7 * _perWeek) + _countBefore[day % 7];

        public int DayOf(int ordinal)
        {
            if (ordinal < 0)
            {
                throw new ArgumentOutOfRangeException(nameof(ordinal), "The date would fall before 0001-01-01.");
            }

            return (ordinal / _perWeek * 7) + _nth[ordinal % _perWeek];
        }
    }
}

namespace Gaoxin.Engines.Calendar;

/// <summary>What a dated exception to the Monday–Friday rule does to that day.</summary>
public enum ArrangedDayKind
{
    /// <summary>A holiday day off (放假), whatever weekday it falls on.</summary>
    DayOff,

    /// <summary>A weekend day worked to make up for a holiday (调休上班).</summary>
    MakeUpWorkingDay,
}

/// <summary>
/// One dated exception to the weekday rule, as a State Council notice or a zone administrator arranges it.
/// The names are for people (Gantt shading, tooltips); only <see cref="Date"/> and <see cref="Kind"/> affect arithmetic.
/// </summary>
public sealed record ArrangedDay(DateOnly Date, ArrangedDayKind Kind, string NameZh, string NameEn)
{
    public bool IsWorkingDay => Kind == ArrangedDayKind.MakeUpWorkingDay;
}

using System.Globalization;

namespace Gaoxin.Modules.Evaluation.Domain;

/// <summary>A contest month, written "2022-06".</summary>
public readonly record struct Period(int Year, int Month)
{
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Month:D2}");

    public DateOnly LastDay => new DateOnly(Year, Month, 1).AddMonths(1).AddDays(-1);

    /// <summary>Parses "yyyy-MM"; refuses anything else and a month after <paramref name="today"/>'s.</summary>
    public static Period Parse(string? text, DateOnly today)
    {
        if (text is null || !DateOnly.TryParseExact(text.Trim() + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var first))
        {
            throw new Hosting.DomainException(Hosting.Text.Get("Eval.Err.Period", text ?? string.Empty));
        }

        if (first > today)
        {
            throw new Hosting.DomainException(Hosting.Text.Get("Eval.Err.PeriodFuture", text.Trim(), today.ToString("yyyy-MM", CultureInfo.InvariantCulture)));
        }

        return new Period(first.Year, first.Month);
    }
}

using Gaoxin.Engines.Rules.Language;

namespace Gaoxin.Engines.Rules.Policies;

/// <summary>Refuses dated periods that overlap: two values in force on one day would make the answer depend on order.</summary>
internal static class DatedPeriods
{
    /// <param name="periods">in file order; an open <c>Until</c> lasts until the next period starts.</param>
    /// <param name="error">builds the error for the period at an index (in file order) that overlaps the one before it.</param>
    public static void RefuseOverlap(IReadOnlyList<(DateOnly From, DateOnly? Until)> periods, string what, Func<int, Exception> error)
    {
        for (var i = 0; i < periods.Count; i++)
        {
            if (periods[i].Until is { } until && until < periods[i].From)
            {
                throw new PolicyDefinitionException($"a {what} ends before it begins");
            }

            if (i > 0 && (periods[i].From <= periods[i - 1].From || (periods[i - 1].Until is { } previous && previous >= periods[i].From)))
            {
                throw error(i);
            }
        }
    }
}

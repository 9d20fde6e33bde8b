namespace Gaoxin.Engines.Scoring;

/// <summary>Pay for every unit of a scored period, for the finance export.</summary>
public static class PayLinkage
{
    public static IReadOnlyList<(ContestUnit Unit, PayLine Pay)> ForPeriod(ContestResult result, PayRule rule, Func<ContestUnit, decimal> basePayOf) =>
        result.Units.Select(u => (u.Unit, rule.Pay(basePayOf(u.Unit), u.Score, u.Grade, u.Vetoed))).ToList();
}

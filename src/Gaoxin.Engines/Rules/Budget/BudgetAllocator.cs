namespace Gaoxin.Engines.Rules.Budget;

/// <summary>How a fund shares its budget when approved entitlements exceed it.</summary>
public enum AllocationMethod
{
    /// <summary>Every claim cut by the same ratio; the fen left over go one each to the largest remainders.</summary>
    ProRata,

    /// <summary>Claims paid in full in order until the budget runs out; the first that does not fit gets what is left.</summary>
    FirstComeFirstServed,
}

/// <summary>How a payout was cut.</summary>
public enum PayoutCut
{
    Full,
    ProRata,
    PartlyFunded,
    Unfunded,
}

/// <summary>An approved entitlement; <see cref="Order"/> ranks it for first come, first served (e.g. the application sequence).</summary>
public sealed record Claim(string Id, decimal Amount, long Order = 0);

/// <summary>One payout and how it was cut: <see cref="ExtraFen"/> is true when it received one of the leftover fen.</summary>
public sealed record Payout(string ClaimId, decimal Claimed, decimal Paid, PayoutCut Cut, bool ExtraFen)
{
    public decimal Shortfall => Claimed - Paid;
}

/// <summary>The result: every payout, what was claimed and paid, and the ratio applied pro rata.</summary>
public sealed record Allocation(AllocationMethod Method, decimal Budget, decimal Claimed, decimal Paid, decimal? Ratio, IReadOnlyList<Payout> Payouts);

/// <summary>
/// Shares a budget among claims exactly to the fen: the payouts never exceed the budget, and when claims exceed it the
/// payouts sum to the budget exactly. Amounts must be whole fen and not negative.
/// </summary>
public static class BudgetAllocator
{
    public static Allocation Allocate(AllocationMethod method, decimal budget, IReadOnlyList<Claim> claims)
        => method == AllocationMethod.ProRata ? ProRata(budget, claims) : FirstComeFirstServed(budget, claims);

    public static Allocation ProRata(decimal budget, IReadOnlyList<Claim> claims)
    {
        var (budgetFen, claimFen, total) = Check(budget, claims);
        if (total <= budgetFen)
        {
            return new Allocation(AllocationMethod.ProRata, budget, total / 100m, total / 100m, 1m,
                claims.Select(c => new Payout(c.Id, c.Amount, c.Amount, PayoutCut.Full, false)).ToList());
        }

        // Largest remainder (Hamilton): floor every exact share, then hand the leftover fen to the largest fractions;
        // ties go to the earlier claim so the result does not depend on sorting noise.
        var paid = new long[claims.Count];
        var fractions = new decimal[claims.Count];
        long sum = 0;
        for (var i = 0; i < claims.Count; i++)
        {
            var exact = (decimal)budgetFen * claimFen[i] / total;
            paid[i] = (long)decimal.Floor(exact);
            fractions[i] = exact - paid[i];
            sum += paid[i];
        }

        var leftover = budgetFen - sum;
        var extra = new bool[claims.Count];
        foreach (var i in Enumerable.Range(0, claims.Count).OrderByDescending(i => fractions[i]).ThenBy(i => i).Take((int)leftover))
        {
            paid[i]++;
            extra[i] = true;
        }

        var payouts = claims.Select((c, i) => new Payout(c.Id, c.Amount, paid[i] / 100m, paid[i] == claimFen[i] ? PayoutCut.Full : PayoutCut.ProRata, extra[i])).ToList();
        return new Allocation(AllocationMethod.ProRata, budget, total / 100m, budget, (decimal)budgetFen / total, payouts);
    }

    public static Allocation FirstComeFirstServed(decimal budget, IReadOnlyList<Claim> claims)
    {
        var (budgetFen, claimFen, total) = Check(budget, claims);
        var left = budgetFen;
        var payouts = new Payout[claims.Count];
        foreach (var i in Enumerable.Range(0, claims.Count).OrderBy(i => claims[i].Order).ThenBy(i => i))
        {
            var pay = Math.Min(left, claimFen[i]);
            left -= pay;
            var cut = pay == claimFen[i] ? PayoutCut.Full : pay == 0 ? PayoutCut.Unfunded : PayoutCut.PartlyFunded;
            payouts[i] = new Payout(claims[i].Id, claims[i].Amount, pay / 100m, cut, false);
        }

        return new Allocation(AllocationMethod.FirstComeFirstServed, budget, total / 100m, (budgetFen - left) / 100m, null, payouts);
    }

    private static (long Budget, long[] Claims, long Total) Check(decimal budget, IReadOnlyList<Claim> claims)
    {
        var budgetFen = Money.Fen.FromYuan(budget);
        if (budgetFen < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(budget), budget, "A budget cannot be negative.");
        }

        var fen = new long[claims.Count];
        long total = 0;
        for (var i = 0; i < claims.Count; i++)
        {
            fen[i] = Money.Fen.FromYuan(claims[i].Amount);
            if (fen[i] < 0)
            {
                throw new ArgumentException($"Claim {claims[i].Id} is negative ({claims[i].Amount} yuan).", nameof(claims));
            }

            total = checked(total + fen[i]);
        }

        return (budgetFen, fen, total);
    }
}

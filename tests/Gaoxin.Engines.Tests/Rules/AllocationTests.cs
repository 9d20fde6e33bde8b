using Gaoxin.Engines.Rules.Budget;

namespace Gaoxin.Engines.Tests.Rules;

public class AllocationTests
{
    [Fact]
    public void Three_equal_claims_on_100_yuan_sum_exactly_and_the_first_gets_the_odd_fen()
    {
        var a = BudgetAllocator.ProRata(100.00m, [new Claim("a", 100m), new Claim("b", 100m), new Claim("c", 100m)]);
        Assert.Equal([33.34m, 33.33m, 33.33m], a.Payouts.Select(p => p.Paid));
        Assert.Equal(100.00m, a.Payouts.Sum(p => p.Paid));
        Assert.Equal([true, false, false], a.Payouts.Select(p => p.ExtraFen));
        Assert.All(a.Payouts, p => Assert.Equal(PayoutCut.ProRata, p.Cut));
    }

    [Fact]
    public void Largest_remainder_goes_to_the_largest_fraction_not_the_first_claim()
    {
        // Exact shares of 1.00 over 1:2:3 claims: 0.1666…, 0.3333…, 0.5 → floors 16, 33, 50 fen; the one leftover fen goes to 0.1666….
        var a = BudgetAllocator.ProRata(1.00m, [new Claim("a", 1m), new Claim("b", 2m), new Claim("c", 3m)]);
        Assert.Equal([0.17m, 0.33m, 0.50m], a.Payouts.Select(p => p.Paid));
    }

    [Fact]
    public void Pro_rata_of_the_Chengde_fund_sums_to_the_budget_to_the_fen()
    {
        var random = new Random(7);
        var claims = Enumerable.Range(0, 997).Select(i => new Claim($"e{i}", random.Next(1, 50_000_000) / 100m)).ToList();
        var fund = Fund.ChengdeScienceFund();
        Assert.Equal(30_000_000m, fund.BudgetFor(2022));
        var a = fund.Allocate(2022, claims);
        Assert.Equal(AllocationMethod.ProRata, a.Method);
        Assert.True(a.Claimed > 30_000_000m);
        Assert.Equal(30_000_000m, a.Payouts.Sum(p => p.Paid));
        Assert.All(a.Payouts, p => Assert.InRange(p.Paid, 0m, p.Claimed));
        Assert.All(a.Payouts, p => Assert.Equal(p.Paid, decimal.Round(p.Paid, 2)));
    }

    [Fact]
    public void Under_budget_everyone_is_paid_in_full()
    {
        var a = BudgetAllocator.ProRata(1_000m, [new Claim("a", 300m), new Claim("b", 200.55m)]);
        Assert.Equal([300m, 200.55m], a.Payouts.Select(p => p.Paid));
        Assert.All(a.Payouts, p => Assert.Equal(PayoutCut.Full, p.Cut));
        Assert.Equal(500.55m, a.Paid);
    }

    [Fact]
    public void First_come_first_served_pays_in_order_and_records_the_cut()
    {
        var a = BudgetAllocator.FirstComeFirstServed(500m, [new Claim("late", 100m, 3), new Claim("first", 300m, 1), new Claim("second", 150m, 2)]);
        var byId = a.Payouts.ToDictionary(p => p.ClaimId);
        Assert.Equal((300m, PayoutCut.Full), (byId["first"].Paid, byId["first"].Cut));
        Assert.Equal((150m, PayoutCut.Full), (byId["second"].Paid, byId["second"].Cut));
        Assert.Equal((50m, PayoutCut.PartlyFunded), (byId["late"].Paid, byId["late"].Cut));
        Assert.Equal(50m, byId["late"].Shortfall);
        Assert.Equal(500m, a.Paid);
    }

    [Fact]
    public void Amounts_that_are_not_whole_fen_are_refused()
        => Assert.Throws<ArgumentException>(() => BudgetAllocator.ProRata(100m, [new Claim("a", 0.001m)]));

    [Fact]
    public void A_year_without_a_budget_pays_nothing()
    {
        var a = Fund.ChengdeScienceFund().Allocate(2019, [new Claim("a", 100m)]);
        Assert.Equal(0m, a.Paid);
    }
}

public class FundLedgerTests
{
    [Fact]
    public void Nothing_is_approved_past_the_budget()
    {
        var ledger = FundLedger.Open(Fund.ChengdeScienceFund(), 2022).Commit("a", 29_999_000m);
        var e = Assert.Throws<BudgetExceededException>(() => ledger.Commit("b", 1_000.01m));
        Assert.Contains("1000.00 yuan of 30000000.00 is still available", e.Message, StringComparison.Ordinal);
        var full = ledger.Commit("b", 1_000m);
        Assert.Equal(0m, full.Available);
        Assert.Equal(29_999_000m, ledger.Committed);
    }

    [Fact]
    public void Nothing_is_paid_beyond_what_was_approved()
    {
        var ledger = FundLedger.Open(Fund.ChengdeScienceFund(), 2022).Commit("a", 500m).Pay("a", 300m);
        Assert.Throws<BudgetExceededException>(() => ledger.Pay("a", 200.01m));
        Assert.Equal(500m, ledger.Pay("a", 200m).Paid);
    }
}

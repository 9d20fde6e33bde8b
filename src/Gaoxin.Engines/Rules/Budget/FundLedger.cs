namespace Gaoxin.Engines.Rules.Budget;

/// <summary>A commitment would take a fund past its budget; nothing was recorded.</summary>
public sealed class BudgetExceededException : Exception
{
    public BudgetExceededException()
    {
    }

    public BudgetExceededException(string message)
        : base(message)
    {
    }

    public BudgetExceededException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}

/// <summary>
/// A fund's year in figures (budget, committed, paid), immutable: each approval or payout returns the next ledger or
/// is refused whole, so nothing is ever approved beyond the budget or paid beyond what was approved.
/// </summary>
public sealed record FundLedger(string FundId, int Year, decimal Budget, decimal Committed, decimal Paid)
{
    public decimal Available => Budget - Committed;

    public static FundLedger Open(Fund fund, int year) => new(fund.Id, year, fund.BudgetFor(year), 0m, 0m);

    /// <summary>Commits an approved amount, or refuses it if it exceeds what is still available.</summary>
    public FundLedger Commit(string claimId, decimal amount)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(amount);
        Money.Fen.FromYuan(amount);
        return amount > Available
            ? throw new BudgetExceededException(FormattableString.Invariant($"Approving {amount:0.00} yuan for {claimId} would exceed the {Year} budget of {FundId}: {Available:0.00} yuan of {Budget:0.00} is still available. Allocate pro rata or reduce the amount."))
            : this with { Committed = Committed + amount };
    }

    /// <summary>Records a payout of committed money, or refuses one beyond what was committed and not yet paid.</summary>
    public FundLedger Pay(string claimId, decimal amount)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(amount);
        return Paid + amount > Committed
            ? throw new BudgetExceededException(FormattableString.Invariant($"Paying {amount:0.00} yuan for {claimId} would pay more than was approved: {Committed - Paid:0.00} yuan committed and unpaid."))
            : this with { Paid = Paid + amount };
    }
}

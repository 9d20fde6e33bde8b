namespace Gaoxin.Engines.Scoring;

/// <summary>
/// How a quarter (or any longer period) is made from its months: the mean of the months, or a weighted mean
/// (e.g. 0.2, 0.3, 0.5 to count the last month most). The result is rounded half away from zero to the contest's decimals.
/// </summary>
public sealed record RollupRule
{
    private RollupRule(IReadOnlyList<decimal>? weights) => Weights = weights;

    /// <summary>The plain mean of the months.</summary>
    public static RollupRule MeanOfMonths { get; } = new((IReadOnlyList<decimal>?)null);

    /// <summary>Null for the plain mean; otherwise one weight per month, in month order.</summary>
    public IReadOnlyList<decimal>? Weights { get; }

    public static RollupRule Weighted(params decimal[] weights)
    {
        if (weights.Length == 0 || weights.Any(w => w < 0) || weights.Sum() <= 0)
        {
            throw new InvalidContestException("Give one non-negative weight per month, not all zero.");
        }

        return new RollupRule(weights);
    }

    /// <summary>Rolls the months' scores up, e.g. mean of 88.2, 91.0, 86.4 = 88.53.</summary>
    public decimal Apply(IReadOnlyList<decimal> monthScores, int decimals = 2)
    {
        if (monthScores.Count == 0)
        {
            throw new InvalidContestException("A roll-up needs at least one month.");
        }

        decimal value;
        if (Weights is null)
        {
            value = monthScores.Sum() / monthScores.Count;
        }
        else
        {
            if (Weights.Count != monthScores.Count)
            {
                throw new InvalidContestException($"The roll-up has {Weights.Count} weights for {monthScores.Count} months.");
            }

            value = monthScores.Select((s, i) => s * Weights[i]).Sum() / Weights.Sum();
        }

        return Math.Round(value, decimals, MidpointRounding.AwayFromZero);
    }
}

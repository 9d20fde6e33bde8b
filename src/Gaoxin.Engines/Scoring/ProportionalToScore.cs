namespace Gaoxin.Engines.Scoring;

/// <summary>Pay proportional to the score: base × score ÷ <see cref="FullScore"/> (88.2 on 3000 → 2646.00).</summary>
public sealed record ProportionalToScore(decimal FullScore = 100m) : PayRule
{
    protected override (decimal Amount, string Explanation) Compute(decimal basePay, decimal score, string grade)
    {
        if (FullScore <= 0)
        {
            throw new InvalidContestException("The full score of a proportional pay rule must be positive.");
        }

        var amount = basePay * score / FullScore;
        return (amount, $"{Format(basePay)} × {Format(score)} ÷ {Format(FullScore)}");
    }
}

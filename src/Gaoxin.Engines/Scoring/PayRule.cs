namespace Gaoxin.Engines.Scoring;

/// <summary>
/// The performance part of pay (一岗一薪、低底薪高绩效) from a score and grade, in yuan rounded half away from zero to the
/// fen. A vetoed unit gets nothing when <see cref="ZeroOnVeto"/> (the default).
/// </summary>
public abstract record PayRule
{
    public bool ZeroOnVeto { get; init; } = true;

    /// <summary>The performance pay for a base amount, with the sum that gave it for the finance export.</summary>
    public PayLine Pay(decimal basePay, decimal score, string grade, bool vetoed)
    {
        if (basePay < 0)
        {
            throw new InvalidContestException($"The base of performance pay must not be negative, not {basePay}.");
        }

        if (vetoed && ZeroOnVeto)
        {
            return new PayLine(basePay, score, grade, 0m, "一票否决: 0");
        }

        var (amount, explanation) = Compute(basePay, score, grade);
        var pay = Math.Round(Math.Max(0m, amount), 2, MidpointRounding.AwayFromZero);
        return new PayLine(basePay, score, grade, pay, explanation);
    }

    protected abstract (decimal Amount, string Explanation) Compute(decimal basePay, decimal score, string grade);

    protected static string Format(decimal value) => value.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture);
}

/// <summary>One unit's (or person's) performance pay: base, score, grade, the amount in yuan to the fen, and how.</summary>
public sealed record PayLine(decimal Base, decimal Score, string Grade, decimal Amount, string Explanation)
{
    /// <summary>The amount in whole fen, as finance stores it.</summary>
    public long AmountFen => Money.Fen.FromYuan(Amount);
}

namespace Gaoxin.Engines.Scoring;

/// <summary>Pay as a multiple of the base by grade, e.g. 优秀 1.2, 良好 1.0, 达标 0.8, 不达标 0; a grade not listed gets 0.</summary>
public sealed record MultipleOfBaseByGrade(IReadOnlyDictionary<string, decimal> Multiples) : PayRule
{
    protected override (decimal Amount, string Explanation) Compute(decimal basePay, decimal score, string grade)
    {
        var multiple = Multiples.TryGetValue(grade, out var m) ? m : 0m;
        return (basePay * multiple, $"{Format(basePay)} × {Format(multiple)} ({grade})");
    }
}

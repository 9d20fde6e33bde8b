namespace Gaoxin.Engines.Scoring;

/// <summary>A unit's rolled-up result: the months' scores, the rolled-up score, veto, grade and rank in class.</summary>
public sealed record RolledUpResult(ContestUnit Unit, IReadOnlyList<decimal> MonthScores, decimal Score, IReadOnlyList<VetoEntry> Vetoes, string Grade, int Rank, decimal? GapToNextPlace)
{
    public bool Vetoed => Vetoes.Count > 0;
}

/// <summary>
/// The quarterly review (季度讲评): rolls each unit's monthly scores up by a <see cref="RollupRule"/>, then grades and
/// ranks in class as a month is. A veto in any month of the quarter vetoes the quarter — a quarter cannot launder a
/// 一票否决 with two good months.
/// </summary>
public static class QuarterlyReview
{
    public static IReadOnlyList<RolledUpResult> Roll(ContestDefinition contest, IReadOnlyList<ContestResult> months, RollupRule rule)
    {
        if (months.Count == 0)
        {
            throw new InvalidContestException("A quarterly review needs at least one scored month.");
        }

        var results = new List<RolledUpResult>(contest.Units.Count);
        foreach (var classUnits in contest.Units.GroupBy(u => u.Class, StringComparer.Ordinal))
        {
            var rolled = classUnits.Select(unit =>
            {
                var monthResults = months.Select(m => m.Units.FirstOrDefault(r => r.Unit.Id == unit.Id)
                    ?? throw new InvalidContestException($"Unit '{unit.Id}' has no result in period {m.Period}.")).ToList();
                var scores = monthResults.Select(r => r.Score).ToList();
                var score = rule.Apply(scores, contest.Decimals);
                var vetoes = monthResults.SelectMany(r => r.Vetoes).ToList();
                return new RolledUpResult(unit, scores, score, vetoes, contest.Grades.GradeOf(score, vetoes.Count > 0), 0, null);
            }).ToList();
            foreach (var (r, rank, gap) in ContestRanking.Rank(rolled, r => r.Score, r => r.Vetoed))
            {
                results.Add(r with { Rank = rank, GapToNextPlace = gap });
            }
        }

        return results;
    }
}

using Gaoxin.Engines.Scoring;

namespace Gaoxin.Engines.Tests.Scoring;

public sealed class RuleTests
{
    // One indicator, units A..n in one class, each unit's measure given.
    private static ContestResult Score(ScoringRule rule, decimal points, params Measure[] measures)
    {
        var units = measures.Select((_, i) => new ContestUnit(((char)('A' + i)).ToString(), $"unit {i}")).ToList();
        var contest = new ContestDefinition("test", units, [new ContestIndicator("X", "x", ContestGroups.Targets, points, rule)]);
        var sheet = new PeriodSheet("2025-01");
        for (var i = 0; i < units.Count; i++)
        {
            sheet.Measure(units[i].Id, "X", measures[i]);
        }

        return ContestScorer.Score(contest, sheet);
    }

    private static decimal[] Scores(ContestResult result) => result.Units.OrderBy(u => u.Unit.Id, StringComparer.Ordinal).Select(u => u.Score).ToArray();

    [Fact]
    public void Completion_over_the_target_is_capped_at_the_points()
    {
        Assert.Equal([40m, 40m, 20m], Scores(Score(new CompletionRateRule(), 40m, Measure.Completion(6, 5), Measure.Completion(5, 5), Measure.Completion(1, 2))));
    }

    [Fact]
    public void Completion_cap_above_one_still_never_exceeds_the_points()
    {
        // 1.2 lets overshooting count only up to the indicator's points; 0.5 caps a half-done target at half points.
        Assert.Equal([40m, 20m], Scores(Score(new CompletionRateRule(1.2m), 40m, Measure.Completion(6, 5), Measure.Completion(1, 2))));
        Assert.Equal([20m, 20m], Scores(Score(new CompletionRateRule(0.5m), 40m, Measure.Completion(6, 5), Measure.Completion(1, 2))));
    }

    [Fact]
    public void Completion_rounds_half_away_from_zero_to_two_places()
    {
        // 10 × 2/3 = 6.666… → 6.67; 10 × 0.12345 = 1.2345 → 1.23
        Assert.Equal([6.67m, 1.23m], Scores(Score(new CompletionRateRule(), 10m, Measure.Completion(2, 3), Measure.Rate(0.12345m))));
    }

    [Fact]
    public void Completion_against_a_zero_target_is_refused()
    {
        var e = Assert.Throws<InvalidContestException>(() => Score(new CompletionRateRule(), 10m, Measure.Completion(2, 0)));
        Assert.Contains("target must be positive", e.Message);
    }

    [Fact]
    public void Rank_points_give_first_full_marks_and_ties_share_the_better_place()
    {
        // values 9, 7, 7, 5 → places 1, 2, 2, 4 → 30, 28, 28, 24
        var result = Score(new RankPointsRule(2m), 30m, new Measure(9), new Measure(7), new Measure(7), new Measure(5));
        Assert.Equal([30m, 28m, 28m, 24m], Scores(result));
        Assert.Equal([1, 2, 2, 4], result.Units.Select(u => u.Rank));
    }

    [Fact]
    public void Rank_points_stop_at_the_floor_and_can_rank_lower_is_better()
    {
        // lower is better: 1, 2, 3, 4 → 10, 6, 2 then floored at 1
        Assert.Equal([10m, 6m, 2m, 1m], Scores(Score(new RankPointsRule(4m, LowerIsBetter: true, Floor: 1m), 10m, new Measure(1), new Measure(2), new Measure(3), new Measure(4))));
    }

    [Fact]
    public void Rank_points_compare_only_within_the_class()
    {
        var contest = new ContestDefinition(
            "classes",
            [new ContestUnit("A", "a", "一类"), new ContestUnit("B", "b", "一类"), new ContestUnit("C", "c", "二类")],
            [new ContestIndicator("X", "x", ContestGroups.Investment, 30m, new RankPointsRule(5m))]);
        var sheet = new PeriodSheet("2025-01").Measure("A", "X", new Measure(10)).Measure("B", "X", new Measure(20)).Measure("C", "X", new Measure(1));
        var result = ContestScorer.Score(contest, sheet);
        Assert.Equal(25m, result["A"].Score);
        Assert.Equal(30m, result["C"].Score); // alone in its class, so first
        Assert.Equal(1, result["C"].Rank);
    }

    [Fact]
    public void Baseline_comparison_adds_points_per_percentage_point_and_is_capped()
    {
        // base 6, 0.5 a point: +2 pp → 7; +10 pp → 11 capped to 10; −20 pp → −4 floored to 0; equal → 6
        var rule = new BaselineComparisonRule(6m, 0.5m);
        Assert.Equal([7m, 10m, 0m, 6m], Scores(Score(rule, 10m, Measure.VersusBaseline(92, 90), Measure.VersusBaseline(100, 90), Measure.VersusBaseline(70, 90), Measure.VersusBaseline(90, 90))));
    }

    [Fact]
    public void Baseline_comparison_by_growth_uses_percent_of_last_year()
    {
        // 110 vs 100 = +10 % → 5 + 0.2 × 10 = 7
        Assert.Equal([7m], Scores(Score(new BaselineComparisonRule(5m, 0.2m, BaselineChange.GrowthPercent), 10m, Measure.VersusBaseline(110, 100))));
    }

    [Fact]
    public void Baseline_comparison_without_last_year_is_refused()
    {
        var e = Assert.Throws<InvalidContestException>(() => Score(new BaselineComparisonRule(5m, 1m), 10m, new Measure(3)));
        Assert.Contains("enter last year's value", e.Message);
    }

    [Fact]
    public void Threshold_tiers_give_the_highest_tier_reached()
    {
        var rule = new ThresholdTiersRule([new ScoreTier(80m, 5m), new ScoreTier(95m, 10m), new ScoreTier(90m, 8m)]);
        Assert.Equal([10m, 8m, 8m, 5m, 0m], Scores(Score(rule, 10m, new Measure(99), new Measure(94.99m), new Measure(90), new Measure(80), new Measure(79.9m))));
    }

    [Fact]
    public void A_tier_worth_more_than_the_indicator_is_refused()
    {
        Assert.Throws<InvalidContestException>(() => Score(new ThresholdTiersRule([new ScoreTier(90m, 12m)]), 10m, new Measure(95)));
    }

    [Fact]
    public void Manual_score_needs_a_note_and_must_lie_within_the_points()
    {
        Assert.Equal([7.5m], Scores(Score(new ManualScoreRule(), 10m, Measure.Manual(7.5m, "现场核查"))));
        Assert.Contains("add a note", Assert.Throws<InvalidContestException>(() => Score(new ManualScoreRule(), 10m, new Measure(7))).Message);
        Assert.Contains("outside 0 … 10", Assert.Throws<InvalidContestException>(() => Score(new ManualScoreRule(), 10m, Measure.Manual(11m, "typo"))).Message);
    }

    [Fact]
    public void A_missing_measure_is_refused_naming_the_unit_and_indicator()
    {
        var contest = Contests.Issue7();
        var sheet = new PeriodSheet("2025-03").Measure("U1", "T1", Measure.Rate(1));
        var e = Assert.Throws<InvalidContestException>(() => ContestScorer.Score(contest, sheet));
        Assert.Contains("U1/I1", e.Message);
        Assert.DoesNotContain("U1/T1", e.Message);
    }
}

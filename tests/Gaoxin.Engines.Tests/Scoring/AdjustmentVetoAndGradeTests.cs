using Gaoxin.Engines.Scoring;
using static Gaoxin.Engines.Tests.Scoring.Contests;

namespace Gaoxin.Engines.Tests.Scoring;

public sealed class AdjustmentVetoAndGradeTests
{
    [Fact]
    public void A_bonus_item_is_capped_and_so_are_all_bonuses_together()
    {
        var contest = Issue7() with
        {
            Bonuses = [new AdjustmentItem("B1", "重大项目", 3m), new AdjustmentItem("B2", "荣誉", 2m)],
            BonusCap = 4m,
        };
        var u3 = ContestScorer.Score(contest, Issue7Month().Bonus("U1", "B1", 2m, "x").Bonus("U2", "B1", 2m, "a").Bonus("U2", "B1", 2m, "b").Bonus("U2", "B2", 2m, "c"));
        // U3: its 4 against B1 is capped at 3 → 85.2 + 3 − 1
        Assert.Equal(3m, u3["U3"].Bonus);
        Assert.Equal(87.2m, u3["U3"].Score);
        // U2: B1 4 → 3, B2 2 → 2, together 5 → 4
        Assert.Equal(4m, u3["U2"].Bonus);
        Assert.Equal(2m, u3["U1"].Bonus);
    }

    [Fact]
    public void Penalties_are_capped_in_total()
    {
        var contest = Issue7() with { PenaltyCap = 3m };
        var result = ContestScorer.Score(contest, Issue7Month().Penalty("U1", "P1", 2m, "a").Penalty("U1", "P1", 2.5m, "b"));
        Assert.Equal(3m, result["U1"].Penalty);
        Assert.Equal(97m, result["U1"].Score);
    }

    [Fact]
    public void Unknown_items_and_negative_points_are_refused()
    {
        Assert.Contains("not a bonus item", Assert.Throws<InvalidContestException>(() => ContestScorer.Score(Issue7(), Issue7Month().Bonus("U1", "P1", 1m, "x"))).Message);
        Assert.Contains("positive number", Assert.Throws<InvalidContestException>(() => ContestScorer.Score(Issue7(), Issue7Month().Penalty("U1", "P1", -1m, "x"))).Message);
        Assert.Contains("not a veto item", Assert.Throws<InvalidContestException>(() => ContestScorer.Score(Issue7(), Issue7Month().Veto("U1", "V9", "x"))).Message);
        Assert.Contains("not a unit", Assert.Throws<InvalidContestException>(() => ContestScorer.Score(Issue7(), Issue7Month().Veto("Z", "V1", "x"))).Message);
    }

    [Fact]
    public void A_vetoed_top_scorer_ranks_after_every_unit_without_a_veto()
    {
        var result = ContestScorer.Score(Issue7(), Issue7Month().Veto("U1", "V1", "事故"));
        Assert.Equal(100m, result["U1"].Score);
        Assert.Equal(6, result["U1"].Rank);
        Assert.Equal("不达标", result["U1"].Grade);
        Assert.Equal(1, result["U2"].Rank);
        Assert.Null(result["U2"].GapToNextPlace);
    }

    [Theory]
    [InlineData("95", "优秀")]
    [InlineData("94.99", "良好")]
    [InlineData("90", "良好")]
    [InlineData("89.99", "达标")]
    [InlineData("80", "达标")]
    [InlineData("79.99", "不达标")]
    public void Default_grade_bands_follow_the_domain_notes(string score, string grade)
    {
        Assert.Equal(grade, GradeBands.Default.GradeOf(decimal.Parse(score, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void The_gap_to_the_next_place_is_measured_from_the_unit_just_above()
    {
        // scores 100, 98, 94, 92, 90 and U3 88.2
        var result = ContestScorer.Score(Issue7(), Issue7Month());
        Assert.Equal(1.8m, result["U3"].GapToNextPlace);
        Assert.Equal(2m, result["U2"].GapToNextPlace);
        Assert.Equal([1, 2, 3, 4, 5, 6], result.Units.Select(u => u.Rank));
    }

    [Fact]
    public void Tied_scores_share_a_place_and_the_next_unit_skips_one()
    {
        var sheet = Issue7Month().Bonus("U3", "B1", 1m, "extra"); // U3: 85.2 + 5 (capped) − 1 = 89.2
        var result = ContestScorer.Score(Issue7(), sheet.Penalty("U6", "P1", 0.8m, "x")); // U6: 90 − 0.8 = 89.2
        Assert.Equal(5, result["U3"].Rank);
        Assert.Equal(5, result["U6"].Rank);
        Assert.Equal(2.8m, result["U3"].GapToNextPlace); // U5 has 92
        Assert.Equal(2.8m, result["U6"].GapToNextPlace);
    }

    [Fact]
    public void Groups_add_up_their_indicators_and_points()
    {
        var u3 = ContestScorer.Score(Issue7(), Issue7Month())["U3"];
        Assert.Equal([ContestGroups.Targets, ContestGroups.Investment, ContestGroups.Construction, ContestGroups.Service], u3.Groups.Select(g => g.Group));
        Assert.Equal(100m, u3.Groups.Sum(g => g.Points));
        Assert.Equal(u3.BaseScore, u3.Groups.Sum(g => g.Score));
    }

    [Fact]
    public void A_contest_with_a_duplicate_indicator_code_is_refused()
    {
        var contest = Issue7() with { Indicators = [.. Issue7().Indicators, new ContestIndicator("T1", "dup", ContestGroups.Targets, 5m, new CompletionRateRule())] };
        Assert.Contains("'T1' twice", Assert.Throws<InvalidContestException>(contest.Validate).Message);
    }
}

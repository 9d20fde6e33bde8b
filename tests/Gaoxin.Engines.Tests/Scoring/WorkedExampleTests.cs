using Gaoxin.Engines.Scoring;
using static Gaoxin.Engines.Tests.Scoring.Contests;

namespace Gaoxin.Engines.Tests.Scoring;

public sealed class WorkedExampleTests
{
    [Fact]
    public void Issue_7_indicator_scores_are_32_26_18_and_9_2()
    {
        var u3 = ContestScorer.Score(Issue7(), Issue7Month())["U3"];
        Assert.Equal([32m, 26m, 18m, 9.2m], u3.Indicators.Select(i => i.Score));
        Assert.Equal(32m, u3[ContestGroups.Targets].Score);
        Assert.Equal(26m, u3[ContestGroups.Investment].Score);
        Assert.Equal(18m, u3[ContestGroups.Construction].Score);
        Assert.Equal(9.2m, u3[ContestGroups.Service].Score);
        Assert.Equal("40 × min(4/5, 1) = 32", u3.Indicators[0].Explanation);
        Assert.Equal("place 3 of 6: 30 − 2 × 2 = 26", u3.Indicators[1].Explanation);
        Assert.Equal("招商台账", u3.Indicators[1].Source);
    }

    [Fact]
    public void Issue_7_base_85_2_plus_4_minus_1_is_88_2_and_达标()
    {
        var u3 = ContestScorer.Score(Issue7(), Issue7Month())["U3"];
        Assert.Equal(85.2m, u3.BaseScore);
        Assert.Equal(4m, u3.Bonus);
        Assert.Equal(1m, u3.Penalty);
        Assert.Equal(88.2m, u3.Score);
        Assert.Equal("达标", u3.Grade);
        Assert.False(u3.Vetoed);
    }

    [Fact]
    public void Issue_7_pay_proportional_to_score_on_3000_is_2646_00()
    {
        var u3 = ContestScorer.Score(Issue7(), Issue7Month())["U3"];
        var pay = new ProportionalToScore().Pay(3000m, u3.Score, u3.Grade, u3.Vetoed);
        Assert.Equal(2646.00m, pay.Amount);
        Assert.Equal(264600L, pay.AmountFen);
    }

    [Fact]
    public void Issue_7_with_a_veto_is_不达标_and_pays_0()
    {
        var sheet = Issue7Month().Veto("U3", "V1", "3月12日工地坍塌");
        var u3 = ContestScorer.Score(Issue7(), sheet)["U3"];
        Assert.True(u3.Vetoed);
        Assert.Equal("不达标", u3.Grade);
        Assert.Equal(88.2m, u3.Score);
        Assert.Equal(6, u3.Rank);
        Assert.Equal(0m, new ProportionalToScore().Pay(3000m, u3.Score, u3.Grade, u3.Vetoed).Amount);
    }

    [Fact]
    public void Issue_7_quarter_of_88_2_91_0_86_4_is_88_53()
    {
        Assert.Equal(88.53m, RollupRule.MeanOfMonths.Apply([88.2m, 91.0m, 86.4m]));
    }

    [Fact]
    public void Issue_7_quarter_rolls_up_three_scored_months_and_ranks_the_unit()
    {
        var contest = Issue7();
        var march = ContestScorer.Score(contest, Issue7Month("2025-03"));
        var april = ContestScorer.Score(contest, Issue7Month("2025-04").Bonus("U3", "B1", 1m, "another project")); // 5 + 85.2 - 1 = 89.2
        var may = ContestScorer.Score(contest, Issue7Month("2025-05"));
        var quarter = QuarterlyReview.Roll(contest, [march, april, may], RollupRule.MeanOfMonths);
        var u3 = quarter.Single(r => r.Unit.Id == "U3");
        Assert.Equal([88.2m, 89.2m, 88.2m], u3.MonthScores);
        Assert.Equal(88.53m, u3.Score);
        Assert.Equal("达标", u3.Grade);
        Assert.Equal(6, u3.Rank);
    }
}

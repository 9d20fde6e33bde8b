using Gaoxin.Engines.Scoring;
using static Gaoxin.Engines.Tests.Scoring.Contests;

namespace Gaoxin.Engines.Tests.Scoring;

public sealed class PayAndRollupTests
{
    private static readonly MultipleOfBaseByGrade ByGrade = new(new Dictionary<string, decimal> { ["优秀"] = 1.2m, ["良好"] = 1.0m, ["达标"] = 0.8m });

    [Fact]
    public void Proportional_pay_rounds_half_away_from_zero_to_the_fen()
    {
        // 3333.33 × 88.25 / 100 = 2941.663725 → 2941.66; 1000.05 × 50 / 100 = 500.025 → 500.03
        Assert.Equal(2941.66m, new ProportionalToScore().Pay(3333.33m, 88.25m, "达标", false).Amount);
        Assert.Equal(500.03m, new ProportionalToScore().Pay(1000.05m, 50m, "不达标", false).Amount);
    }

    [Fact]
    public void Pay_by_grade_is_a_multiple_of_the_base_and_nothing_for_an_unlisted_grade()
    {
        Assert.Equal(3600m, ByGrade.Pay(3000m, 96m, "优秀", false).Amount);
        Assert.Equal(2400m, ByGrade.Pay(3000m, 88.2m, "达标", false).Amount);
        Assert.Equal(0m, ByGrade.Pay(3000m, 70m, "不达标", false).Amount);
    }

    [Fact]
    public void A_veto_zeroes_pay_unless_the_rule_says_otherwise()
    {
        Assert.Equal(0m, ByGrade.Pay(3000m, 96m, "优秀", true).Amount);
        Assert.Equal(2646m, (new ProportionalToScore() with { ZeroOnVeto = false }).Pay(3000m, 88.2m, "不达标", true).Amount);
    }

    [Fact]
    public void Pay_for_a_period_lists_every_unit_for_finance()
    {
        var result = ContestScorer.Score(Issue7(), Issue7Month());
        var lines = PayLinkage.ForPeriod(result, new ProportionalToScore(), _ => 3000m);
        Assert.Equal(6, lines.Count);
        Assert.Equal(2646.00m, lines.Single(l => l.Unit.Id == "U3").Pay.Amount);
        Assert.Equal(3000m, lines.Single(l => l.Unit.Id == "U1").Pay.Amount);
    }

    [Fact]
    public void A_weighted_roll_up_counts_the_last_month_most()
    {
        // 0.2 × 80 + 0.3 × 90 + 0.5 × 100 = 93
        Assert.Equal(93m, RollupRule.Weighted(0.2m, 0.3m, 0.5m).Apply([80m, 90m, 100m]));
        Assert.Throws<InvalidContestException>(() => RollupRule.Weighted(1m, 1m).Apply([80m, 90m, 100m]));
    }

    [Fact]
    public void A_veto_in_any_month_vetoes_the_quarter()
    {
        var contest = Issue7();
        var months = new[]
        {
            ContestScorer.Score(contest, Issue7Month("2025-01")),
            ContestScorer.Score(contest, Issue7Month("2025-02").Veto("U1", "V1", "事故")),
            ContestScorer.Score(contest, Issue7Month("2025-03")),
        };
        var quarter = QuarterlyReview.Roll(contest, months, RollupRule.MeanOfMonths);
        var u1 = quarter.Single(r => r.Unit.Id == "U1");
        Assert.True(u1.Vetoed);
        Assert.Equal("不达标", u1.Grade);
        Assert.Equal(6, u1.Rank);
        Assert.Equal(1, quarter.Single(r => r.Unit.Id == "U2").Rank);
    }
}

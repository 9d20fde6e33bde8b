using Gaoxin.Engines.Rules.Evaluation;
using Gaoxin.Engines.Rules.Policies;

namespace Gaoxin.Engines.Tests.Rules;

public class FastPathTests
{
    [Theory]
    [InlineData(2019)]
    [InlineData(2021)]
    public void The_strict_fast_path_and_the_three_valued_path_give_the_same_verdicts(int period)
    {
        const int n = 20_000;
        var random = new Random(period);
        string[] industries = ["汽车", "汽车零部件", "电子信息"];
        var industry = new string?[n];
        var supply = new decimal?[n];
        for (var i = 0; i < n; i++)
        {
            industry[i] = industries[random.Next(industries.Length)];
            // Dense near the threshold and both caps, with fractions of a fen so rounding is exercised.
            decimal[] anchors = [5_000_000m, 50_000_000m, 100_000_000m];
            supply[i] = anchors[random.Next(3)] + (random.Next(-100_000, 100_000) / 1000m);
        }

        var policy = ShippedPolicies.Get("liudong-outward-sales");
        var rules = policy.ForPeriod(period);
        var frame = new EnterpriseColumns(n).Texts("industry", industry).Numbers("outward_supply", supply).FrameFor(policy.Policy);
        var differences = 0;
        for (var i = 0; i < n; i++)
        {
            Assert.True(rules.Version!.Required.AllPresent(frame, i));
            var fast = policy.Evaluate(rules, frame, i);
            var general = RowEvaluator.EvaluateThreeValued(rules, rules.Version, frame, i);
            differences += fast == general ? 0 : 1;
        }

        Assert.Equal(0, differences);
    }

    [Fact]
    public void A_cap_is_reached_by_a_fraction_of_a_fen_on_both_paths()
    {
        var policy = ShippedPolicies.Get("liudong-outward-sales");
        var rules = policy.ForPeriod(2021);
        var frame = new EnterpriseColumns(1).Texts("industry", ["汽车"]).Numbers("outward_supply", [50_000_000.2m]).FrameFor(policy.Policy);
        var fast = policy.Evaluate(rules, frame, 0);
        Assert.Equal(new Verdict(Decision.Eligible, 1_000_000m, true, -1), fast);
        Assert.Equal(fast, RowEvaluator.EvaluateThreeValued(rules, rules.Version!, frame, 0));
    }
}

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
        var batch = BatchEvaluator.Evaluate([policy], new EnterpriseColumns(n).Texts("industry", industry).Numbers("outward_supply", supply), period)[0];
        int differences = 0, kernelDifferences = 0;
        for (var i = 0; i < n; i++)
        {
            Assert.True(rules.Version!.Required.AllPresent(frame, i));
            var fast = policy.Evaluate(rules, frame, i);
            var general = RowEvaluator.EvaluateThreeValued(rules, rules.Version, frame, i);
            differences += fast == general ? 0 : 1;
            kernelDifferences += batch[i] == general ? 0 : 1;
        }

        Assert.Equal(0, differences);
        Assert.Equal(0, kernelDifferences);
        Assert.Equal(period == 2021, batch.Any(v => v.Capped && v.ExceptionFired == 0));
        Assert.Contains(batch, v => v.Decision == Decision.NotEligible);
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

    [Fact]
    public void The_batch_kernel_reports_conflicts_and_eligibility_exceptions_like_one_by_one_evaluation()
    {
        var policy = CompiledPolicy.Load(PolicyYaml.WithVersion("sales > 0", "sales * rate", """
            exceptions:
              - id: auto-bonus
                overrides: amount
                priority: 5
                when: industry == "汽车"
                value: 10万
              - id: listed-bonus
                overrides: amount
                priority: 5
                when: listed
                value: 20万
              - id: no-listed-textiles
                overrides: eligible
                priority: 1
                when: listed and industry == "纺织"
                value: false
            """));
        string?[] industries = ["汽车", "纺织", null, "电子"];
        bool?[] listed = [true, false, null];
        var n = industries.Length * listed.Length;
        var industry = new string?[n];
        var flags = new bool?[n];
        var sales = new decimal?[n];
        for (var i = 0; i < n; i++)
        {
            (industry[i], flags[i], sales[i]) = (industries[i % industries.Length], listed[i / industries.Length], 1_000_000m);
        }

        var zone = new EnterpriseColumns(n).Texts("industry", industry).Flags("listed", flags).Numbers("sales", sales);
        var batch = BatchEvaluator.Evaluate([policy], zone, 2021)[0];
        for (var i = 0; i < n; i++)
        {
            var single = policy.Evaluate(new Dictionary<string, object?> { ["industry"] = industry[i], ["listed"] = flags[i], ["sales"] = sales[i] }, 2021);
            Assert.Equal(single, batch[i]);
        }

        Assert.Contains(batch, v => v.Decision == Decision.Conflict);
        Assert.Contains(batch, v => v.Decision == Decision.NotEligible && v.ExceptionFired == 2);
        Assert.Contains(batch, v => v.Decision == Decision.Eligible && v.Amount == 200_000m);
    }
}

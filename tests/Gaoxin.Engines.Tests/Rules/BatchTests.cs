using Gaoxin.Engines.Rules.Evaluation;
using Gaoxin.Engines.Rules.Policies;

namespace Gaoxin.Engines.Tests.Rules;

public class BatchTests
{
    [Fact]
    public void Batch_over_columns_agrees_with_one_by_one_evaluation()
    {
        const int n = 40_000;
        var random = new Random(11);
        string?[] industries = ["汽车", "汽车零部件", "电子信息", null];
        var industry = new string?[n];
        var supply = new decimal?[n];
        for (var i = 0; i < n; i++)
        {
            industry[i] = industries[random.Next(industries.Length)];
            supply[i] = random.Next(10) == 0 ? null : random.Next(0, 20_000) * 10_000m;
        }

        var zone = new EnterpriseColumns(n).Texts("industry", industry).Numbers("outward_supply", supply);
        var policies = new[] { ShippedPolicies.Get("liudong-outward-sales"), ShippedPolicies.Get("chengde-tech-loan-interest") };
        var results = BatchEvaluator.Evaluate(policies, zone, 2022);

        var liudong = policies[0];
        for (var i = 0; i < n; i += 97)
        {
            var single = liudong.Evaluate(new Dictionary<string, object?> { ["industry"] = industry[i], ["outward_supply"] = supply[i] }, 2022);
            Assert.Equal(single, results[0][i]);
        }

        Assert.Contains(results[0], v => v.Decision == Decision.CannotDecide);
        Assert.Contains(results[0], v => v.Capped && v.Amount == 2_000_000m);
        // The zone holds no tech-loan columns: every enterprise is undecided, none is refused for "zero interest".
        Assert.True(results[1].All(v => v.Decision == Decision.CannotDecide));
    }
}

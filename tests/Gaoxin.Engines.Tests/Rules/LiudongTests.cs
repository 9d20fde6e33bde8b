using System.Globalization;
using Gaoxin.Engines.Rules.Evaluation;
using Gaoxin.Engines.Rules.Policies;

namespace Gaoxin.Engines.Tests.Rules;

public class LiudongTests
{
    private static readonly CompiledPolicy Liudong = ShippedPolicies.Get("liudong-outward-sales");
    private static readonly CultureInfo Zh = CultureInfo.GetCultureInfo("zh-CN");
    private static readonly CultureInfo En = CultureInfo.GetCultureInfo("en");

    private static Verdict Evaluate(int year, string? industry, decimal? supply)
        => Liudong.Evaluate(Inputs(industry, supply), year);

    private static Dictionary<string, object?> Inputs(string? industry, decimal? supply) => new() { ["industry"] = industry, ["outward_supply"] = supply };

    [Theory]
    [InlineData(2019, "汽车", 4_999_999.99, "false", 0)]
    [InlineData(2019, "汽车", 5_000_000, "true", 100_000)]
    [InlineData(2019, "汽车零部件", 5_000_000, "true", 100_000)]
    [InlineData(2019, "电子信息", 8_000_000, "false", 0)]
    [InlineData(2019, "汽车零部件", 50_000_000, "true", 1_000_000)]
    [InlineData(2019, "汽车零部件", 60_000_000, "true", 1_000_000)]
    [InlineData(2019, "汽车", 49_999_950, "true", 999_999)]
    [InlineData(2021, "电子信息", 8_000_000, "true", 160_000)]
    [InlineData(2021, "电子信息", 4_999_999.99, "false", 0)]
    [InlineData(2021, "汽车", 60_000_000, "true", 1_000_000)]
    [InlineData(2021, "电子信息", 60_000_000, "true", 1_000_000)]
    [InlineData(2021, "汽车零部件", 60_000_000, "true", 1_200_000)]
    [InlineData(2021, "汽车零部件", 100_000_000, "true", 2_000_000)]
    [InlineData(2021, "汽车零部件", 120_000_000, "true", 2_000_000)]
    [InlineData(2021, "汽车零部件", 99_999_950, "true", 1_999_999)]
    public void Liudong_rules_on_both_sides_of_threshold_and_cap(int year, string industry, double supply, string eligible, double amount)
    {
        var verdict = Evaluate(year, industry, (decimal)supply);
        Assert.Equal(eligible, verdict.EligibleText);
        Assert.Equal((decimal)amount, verdict.Amount);
    }

    [Fact]
    public void Liudong_2021_auto_parts_cap_is_two_million_and_names_the_exception()
    {
        var verdict = Evaluate(2021, "汽车零部件", 150_000_000m);
        Assert.True(verdict.Capped);
        Assert.Equal("auto-parts-cap", Liudong.Policy.Exceptions[verdict.ExceptionFired].Id);
    }

    [Fact]
    public void Before_2019_the_policy_is_not_in_force()
        => Assert.Equal(Decision.NotInForce, Evaluate(2018, "汽车", 10_000_000m).Decision);

    [Fact]
    public void Missing_supply_matters_so_it_cannot_decide()
    {
        var trace = Liudong.Trace(Inputs("汽车", null), 2021);
        Assert.Equal(Decision.CannotDecide, trace.Verdict.Decision);
        Assert.Equal("无法判定：缺少 外销配套额", trace.Explain(Zh));
        Assert.Equal("cannot decide: missing outward supply", trace.Explain(En));
    }

    [Fact]
    public void Missing_supply_does_not_matter_for_a_non_auto_enterprise_in_2019()
    {
        var verdict = Evaluate(2019, "纺织", null);
        Assert.Equal(Decision.NotEligible, verdict.Decision);
    }

    [Fact]
    public void Missing_industry_does_not_matter_in_2021_when_the_reward_is_under_every_cap()
    {
        var verdict = Evaluate(2021, null, 8_000_000m);
        Assert.Equal(Decision.Eligible, verdict.Decision);
        Assert.Equal(160_000m, verdict.Amount);
    }

    [Fact]
    public void Missing_industry_matters_in_2021_when_the_cap_depends_on_it()
    {
        var trace = Liudong.Trace(Inputs(null, 60_000_000m), 2021);
        Assert.Equal(Decision.CannotDecide, trace.Verdict.Decision);
        Assert.Equal("无法判定：缺少 所属行业", trace.Explain(Zh));
    }

    [Fact]
    public void Missing_industry_matters_in_2019_because_only_the_auto_industry_qualifies()
        => Assert.Equal(Decision.CannotDecide, Evaluate(2019, null, 8_000_000m).Decision);

    [Fact]
    public void Missing_industry_does_not_matter_in_2019_below_the_threshold()
        => Assert.Equal(Decision.NotEligible, Evaluate(2019, null, 1_000_000m).Decision);

    [Fact]
    public void Trace_of_a_capped_reward_reads_as_a_sentence_in_both_languages()
    {
        var trace = Liudong.Trace(Inputs("汽车", 60_000_000m), 2021);
        Assert.True(trace.CapBound);
        Assert.Equal("外销配套额 6000万元 × 2% = 120万元，超过上限 100万元，按上限 100万元奖励", trace.Explain(Zh));
        Assert.Equal("outward supply 60 m yuan × 2% = 1.2 m yuan, above the cap of 1 m yuan, so the reward is the cap, 1 m yuan", trace.Explain(En));
        Assert.Equal("《柳东新区促进企业外向发展扶持暂行办法》（2021，普惠型）", trace.Version!.Reference);
        var cap = Assert.Single(trace.Parameters, p => p.Name == "cap");
        Assert.Equal(new DateOnly(2019, 1, 1), cap.From);
        Assert.Contains("100万元", cap.Reference, StringComparison.Ordinal);
        Assert.Null(trace.ExceptionFired);
    }

    [Fact]
    public void Trace_of_the_auto_parts_cap_names_the_exception()
    {
        var trace = Liudong.Trace(Inputs("汽车零部件", 150_000_000m), 2021);
        Assert.Equal("auto-parts-cap", trace.ExceptionFired!.Id);
        Assert.Equal("外销配套额 1.5亿元 × 2% = 300万元，超过汽车零部件企业上限 200万元，按上限 200万元奖励", trace.Explain(Zh));
    }

    [Fact]
    public void Trace_of_an_uncapped_reward_and_a_refusal()
    {
        Assert.Equal("外销配套额 800万元 × 2% = 16万元，未超过上限 100万元，奖励 16万元", Liudong.Trace(Inputs("汽车", 8_000_000m), 2021).Explain(Zh));
        Assert.Equal("不符合条件：外销配套额 300万元 ≥ 500万元 不成立", Liudong.Trace(Inputs("汽车", 3_000_000m), 2021).Explain(Zh));
        Assert.Equal("not eligible: industry 纺织 in [汽车, 汽车零部件] does not hold", Liudong.Trace(Inputs("纺织", 8_000_000m), 2019).Explain(En));
    }
}

using Gaoxin.Engines.Rules.Evaluation;
using Gaoxin.Engines.Rules.Language;
using Gaoxin.Engines.Rules.Policies;

namespace Gaoxin.Engines.Tests.Rules;

/// <summary>The batch's integer (fen) path must give exactly the verdicts of the decimal paths, or not run at all.</summary>
public class ExactPathTests
{
    [Theory]
    [InlineData(2019)]
    [InlineData(2021)]
    public void The_integer_path_gives_the_decimal_verdicts_for_Liudong_with_fractions_of_a_fen_and_missing_inputs(int period)
    {
        const int n = 30_000;
        var random = new Random(period + 7);
        string?[] industries = ["汽车", "汽车零部件", "电子信息", null];
        var industry = new string?[n];
        var supply = new decimal?[n];
        decimal[] anchors = [5_000_000m, 50_000_000m, 100_000_000m, 0m];
        for (var i = 0; i < n; i++)
        {
            industry[i] = industries[random.Next(industries.Length)];
            // Thousandths of a yuan so the 2% product has a half fen to round; a few missing supplies.
            supply[i] = random.Next(20) == 0 ? null : anchors[random.Next(anchors.Length)] + (random.Next(-100_000, 100_000) / 1000m);
        }

        var policy = ShippedPolicies.Get("liudong-outward-sales");
        var zone = new EnterpriseColumns(n).Texts("industry", industry).Numbers("outward_supply", supply);
        var frame = zone.FrameFor(policy.Policy);
        var rules = policy.ForPeriod(period);
        Assert.NotNull(rules.FixedKernel(frame));
        Assert.Equal(3, frame.Fixed!.Numbers[0]!.Scale);

        var batch = BatchEvaluator.Evaluate([policy], zone, period)[0];
        for (var i = 0; i < n; i++)
        {
            Assert.Equal(policy.Evaluate(new Dictionary<string, object?> { ["industry"] = industry[i], ["outward_supply"] = supply[i] }, period), batch[i]);
        }

        Assert.Contains(batch, v => v.Decision == Decision.CannotDecide);
        Assert.Contains(batch, v => v.Capped);
        Assert.Contains(batch, v => v.Decision == Decision.Eligible && !v.Capped && v.Amount != decimal.Round(v.Amount, 0));
    }

    [Theory]
    [InlineData("half-up")]
    [InlineData("half-even")]
    [InlineData("down")]
    public void Rounding_modes_round_midpoints_as_decimals_do(string mode)
    {
        var policy = CompiledPolicy.Load(PolicyYaml.WithVersion("sales > 0 and industry in [\"汽车\", \"电子\"]", "if listed then sales * rate + 0.005 else (sales - 1) * rate", $"rounding: {{ decimals: 2, mode: {mode} }}"));
        decimal?[] sales = [0.25m, 0.75m, 1.25m, 1.75m, -0.25m, 12.345m, 100m, 0.5m, 1m, null];
        var n = sales.Length * 4;
        var zone = new EnterpriseColumns(n)
            .Numbers("sales", [.. Enumerable.Range(0, n).Select(i => sales[i % sales.Length])])
            .Texts("industry", [.. Enumerable.Range(0, n).Select(i => i % 3 == 0 ? "纺织" : "汽车")])
            .Flags("listed", [.. Enumerable.Range(0, n).Select(i => (bool?)(i / sales.Length % 2 == 0))]);
        var frame = zone.FrameFor(policy.Policy);
        Assert.NotNull(policy.ForPeriod(2021).FixedKernel(frame));
        AgreesOneByOne(policy, zone, frame, n);
    }

    [Fact]
    public void A_product_too_large_for_a_long_falls_back_to_decimals_for_its_chunk()
    {
        var policy = CompiledPolicy.Load(PolicyYaml.WithVersion("sales > 0", "sales * rate * 10000"));
        var zone = new EnterpriseColumns(3).Numbers("sales", [4_000_000_000_000_000m, 1.23m, 10m]).Texts("industry", ["汽车", "汽车", "汽车"]).Flags("listed", [true, true, true]);
        var frame = zone.FrameFor(policy.Policy);
        Assert.NotNull(policy.ForPeriod(2021).FixedKernel(frame));
        var batch = BatchEvaluator.Evaluate([policy], zone, 2021)[0];
        Assert.Equal(800_000_000_000_000_000m, batch[0].Amount);
        Assert.Equal(246m, batch[1].Amount);
        AgreesOneByOne(policy, zone, frame, 3);
    }

    [Fact]
    public void Division_and_table_lookups_keep_the_decimal_path()
    {
        var policy = CompiledPolicy.Load(PolicyYaml.WithVersion("sales > 0", "sales / 3"));
        var zone = new EnterpriseColumns(2).Numbers("sales", [100m, 7m]);
        Assert.Null(policy.ForPeriod(2021).FixedKernel(zone.FrameFor(policy.Policy)));
        Assert.Equal([33.33m, 2.33m], BatchEvaluator.Evaluate([policy], zone, 2021)[0].Select(v => v.Amount));
    }

    [Fact]
    public void A_column_with_more_decimals_than_a_long_can_hold_exactly_keeps_the_decimal_path()
    {
        var policy = CompiledPolicy.Load(PolicyYaml.WithVersion("sales > 0", "sales * rate"));
        var zone = new EnterpriseColumns(2).Numbers("sales", [1.123456789m, 5m]);
        var frame = zone.FrameFor(policy.Policy);
        Assert.Null(frame.Fixed!.Numbers[0]);
        Assert.Null(policy.ForPeriod(2021).FixedKernel(frame));
        AgreesOneByOne(policy, zone, frame, 2);
    }

    [Fact]
    public void A_cap_written_with_extra_zeros_binds_like_the_same_cap_without_them()
    {
        var written = CompiledPolicy.Load(PolicyYaml.WithVersion("sales > 0", "sales * rate", "    cap: 100.000"));
        var plain = CompiledPolicy.Load(PolicyYaml.WithVersion("sales > 0", "sales * rate", "    cap: 100"));
        var zone = new EnterpriseColumns(2).Numbers("sales", [5_000.2m, 4_000m]);
        var a = BatchEvaluator.Evaluate([written], zone, 2021)[0];
        Assert.Equal(BatchEvaluator.Evaluate([plain], zone, 2021)[0], a);
        Assert.Equal(new Verdict(Decision.Eligible, 100m, true, -1), a[0]);
        Assert.Equal(a[0], written.Evaluate(new Dictionary<string, object?> { ["sales"] = 5_000.2m }, 2021));
    }

    private static void AgreesOneByOne(CompiledPolicy policy, EnterpriseColumns zone, InputFrame frame, int n)
    {
        var batch = BatchEvaluator.Evaluate([policy], zone, 2021)[0];
        var rules = policy.ForPeriod(2021);
        for (var i = 0; i < n; i++)
        {
            Assert.Equal(RowEvaluator.EvaluateThreeValued(rules, rules.Version!, frame, i), batch[i]);
            Assert.Equal(batch[i].Amount.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture), policy.Evaluate(rules, frame, i).Amount.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture));
        }
    }
}

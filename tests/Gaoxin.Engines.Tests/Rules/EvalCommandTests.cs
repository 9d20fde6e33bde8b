using System.Globalization;
using Gaoxin.Engines.Rules.Cli;

namespace Gaoxin.Engines.Tests.Rules;

public class EvalCommandTests
{
    private static (int Code, string Out, string Err) Eval(string csv, int period = 2021, string policy = "liudong-outward-sales")
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = RulesCommands.Eval(policy, period, new StringReader(csv), stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public void Prints_eligibility_amount_and_a_quoted_explanation_per_enterprise()
    {
        var (code, output, _) = Eval("id,industry,outward_supply\nA1,汽车,60000000\nA2,\"电子,信息\",3000000\nA3,汽车,\n");
        Assert.Equal(0, code);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("id,eligible,amount,explanation", lines[0].TrimEnd('\r'));
        Assert.Equal("A1,true,1000000.00,外销配套额 6000万元 × 2% = 120万元，超过上限 100万元，按上限 100万元奖励", lines[1].TrimEnd('\r'));
        Assert.Equal("A2,false,0.00,不符合条件：外销配套额 300万元 ≥ 500万元 不成立", lines[2].TrimEnd('\r'));
        Assert.Equal("A3,unknown,,无法判定：缺少 外销配套额", lines[3].TrimEnd('\r'));
    }

    [Fact]
    public void Explanations_with_commas_are_quoted()
    {
        var stdout = new StringWriter();
        Assert.Equal(0, RulesCommands.Eval("liudong-outward-sales", 2021, new StringReader("id,industry,outward_supply\nA1,汽车,60000000\n"), stdout, new StringWriter(), CultureInfo.GetCultureInfo("en")));
        Assert.Contains("A1,true,1000000.00,\"outward supply 60 m yuan × 2% = 1.2 m yuan, above the cap", stdout.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_column_is_refused_naming_it_and_nothing_is_printed()
    {
        var (code, output, error) = Eval("id,industry\nA1,汽车\n");
        Assert.Equal(2, code);
        Assert.Equal("", output);
        Assert.Contains("row 1 (header): missing column 'outward_supply'", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_non_numeric_amount_is_refused_with_row_and_column_and_nothing_half_written()
    {
        var (code, output, error) = Eval("id,industry,outward_supply\nA1,汽车,6000000\nA2,汽车,六百万\n");
        Assert.Equal(2, code);
        Assert.Equal("", output);
        Assert.Contains("row 3 (line 3), column 'outward_supply': '六百万' is not money", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Money_may_be_written_in_wan_and_yi()
    {
        var (code, output, _) = Eval("id,industry,outward_supply\nA1,汽车零部件,1.5亿\nA2,汽车,800万\n");
        Assert.Equal(0, code);
        Assert.Contains("A1,true,2000000.00,", output, StringComparison.Ordinal);
        Assert.Contains("A2,true,160000.00,", output, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_policy_is_refused()
    {
        var (code, _, error) = Eval("id\n", policy: "no-such-policy");
        Assert.Equal(2, code);
        Assert.Contains("No shipped policy 'no-such-policy'", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_policy_file_can_be_evaluated_and_an_unknown_enumeration_value_is_refused()
    {
        var file = Path.Combine(Path.GetTempPath(), $"gaoxin-eval-{Guid.NewGuid():N}.yaml");
        File.WriteAllText(file, Gaoxin.Engines.Rules.Policies.ShippedPolicies.Files().Single(f => f.Name == "chengde-innovation-awards.yaml").Yaml);
        try
        {
            var (code, output, _) = Eval("id,new_qualification,rd_intensity\nC1,新认定高新技术企业,4%\n", 2022, file);
            Assert.Equal(0, code);
            Assert.Contains("C1,true,250000.00,", output, StringComparison.Ordinal);

            var (bad, nothing, error) = Eval("id,new_qualification,rd_intensity\nC1,高企,4%\n", 2022, file);
            Assert.Equal(2, bad);
            Assert.Equal("", nothing);
            Assert.Contains("row 2 (line 2), column 'new_qualification': '高企' is not a value of new_qualification", error, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void Only_policies_fed_by_data_the_zone_holds_can_be_granted_without_application()
    {
        Assert.True(Gaoxin.Engines.Rules.Policies.ShippedPolicies.Get("liudong-outward-sales").Policy.NeedsNoApplication);
        Assert.False(Gaoxin.Engines.Rules.Policies.ShippedPolicies.Get("chengde-tech-loan-interest").Policy.NeedsNoApplication);
    }
}

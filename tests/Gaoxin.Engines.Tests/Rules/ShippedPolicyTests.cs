using Gaoxin.Engines.Rules.Cli;
using Gaoxin.Engines.Rules.Policies;
using Gaoxin.Engines.Rules.Testing;

namespace Gaoxin.Engines.Tests.Rules;

public class ShippedPolicyTests
{
    public static TheoryData<string> PolicyIds => new(ShippedPolicies.All.Keys);

    [Theory]
    [MemberData(nameof(PolicyIds))]
    public void Every_shipped_policy_passes_its_yaml_tests(string id)
    {
        var (name, yaml) = ShippedPolicies.Files().Single(f => f.Name == id + ".tests.yaml");
        var report = PolicyTestRunner.Run(ShippedPolicies.Get(id), yaml, name);
        Assert.True(report.Results.Count >= 5, $"{id} has only {report.Results.Count} cases");
        Assert.All(report.Results, r => Assert.True(r.Passed, $"{r.Name}: {r.Message}"));
    }

    [Fact]
    public void The_shipped_policies_are_Liudong_and_Chengdes_two()
        => Assert.Equal(["chengde-innovation-awards", "chengde-tech-loan-interest", "liudong-outward-sales"], ShippedPolicies.All.Keys.Order(StringComparer.Ordinal));

    [Fact]
    public void Rules_test_command_runs_a_directory_and_fails_on_a_wrong_expectation()
    {
        var dir = Directory.CreateTempSubdirectory("gaoxin-rules-").FullName;
        try
        {
            foreach (var (name, yaml) in ShippedPolicies.Files())
            {
                File.WriteAllText(Path.Combine(dir, name), yaml);
            }

            var stdout = new StringWriter();
            Assert.Equal(0, RulesCommands.Test(dir, stdout, new StringWriter()));
            Assert.Contains("3 policies, ", stdout.ToString(), StringComparison.Ordinal);
            Assert.Contains(" 0 failed", stdout.ToString(), StringComparison.Ordinal);

            var tests = Path.Combine(dir, "liudong-outward-sales.tests.yaml");
            File.WriteAllText(tests, File.ReadAllText(tests).Replace("amount: 160000", "amount: 160001", StringComparison.Ordinal));
            stdout = new StringWriter();
            Assert.Equal(1, RulesCommands.Test(dir, stdout, new StringWriter()));
            Assert.Contains("FAIL 2021 universal, non-auto enterprise qualifies: amount: expected 160001.00, got 160000.00", stdout.ToString(), StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(dir, true);
        }
    }

    [Fact]
    public void Rules_test_command_reports_a_broken_policy_with_its_place()
    {
        var dir = Directory.CreateTempSubdirectory("gaoxin-rules-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(dir, "bad.yaml"), PolicyYaml.WithVersion("true", "sales +"));
            var stderr = new StringWriter();
            Assert.Equal(1, RulesCommands.Test(dir, new StringWriter(), stderr));
            Assert.StartsWith("bad.yaml: line 27, column", stderr.ToString(), StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(dir, true);
        }
    }
}

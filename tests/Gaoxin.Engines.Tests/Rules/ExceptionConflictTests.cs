using System.Globalization;
using Gaoxin.Engines.Rules.Evaluation;
using Gaoxin.Engines.Rules.Testing;

namespace Gaoxin.Engines.Tests.Rules;

public class ExceptionConflictTests
{
    private static string Policy(int firstPriority, int secondPriority) => PolicyYaml.WithVersion("true", "sales * rate", $"""
        exceptions:
          - id: auto-bonus
            overrides: amount
            priority: {firstPriority}
            when: industry == "汽车"
            value: 10万
          - id: listed-bonus
            overrides: amount
            priority: {secondPriority}
            when: listed
            value: 20万
        """);

    private static Dictionary<string, object?> Both => new() { ["sales"] = 1_000_000m, ["industry"] = "汽车", ["listed"] = true };

    [Fact]
    public void Two_exceptions_firing_at_the_same_priority_are_a_conflict_never_resolved_silently()
    {
        var policy = CompiledPolicy.Load(Policy(5, 5));
        var trace = policy.Trace(Both, 2021);
        Assert.Equal(Decision.Conflict, trace.Verdict.Decision);
        Assert.Equal("unknown", trace.Verdict.EligibleText);
        Assert.Equal(["auto-bonus", "listed-bonus"], trace.Conflicting.Select(c => c.Id));
        Assert.Equal("conflict: exceptions auto-bonus and listed-bonus both apply at priority 5; correct the policy", trace.Explain(CultureInfo.GetCultureInfo("en")));
    }

    [Fact]
    public void The_same_priority_is_no_conflict_when_only_one_fires()
    {
        var policy = CompiledPolicy.Load(Policy(5, 5));
        var v = policy.Evaluate(new Dictionary<string, object?> { ["sales"] = 1_000_000m, ["industry"] = "汽车", ["listed"] = false }, 2021);
        Assert.Equal(100_000m, v.Amount);
    }

    [Fact]
    public void The_higher_priority_wins()
    {
        Assert.Equal(200_000m, CompiledPolicy.Load(Policy(5, 9)).Evaluate(Both, 2021).Amount);
        Assert.Equal(100_000m, CompiledPolicy.Load(Policy(9, 5)).Evaluate(Both, 2021).Amount);
    }

    [Fact]
    public void The_policys_own_tests_report_the_conflict()
    {
        var policy = CompiledPolicy.Load(Policy(5, 5));
        var report = PolicyTestRunner.Run(policy, """
            policy: test-policy
            cases:
              - name: both bonuses
                period: 2021
                inputs: { sales: 100万, industry: 汽车, listed: true }
                eligible: true
                amount: 200000
            """);
        var result = Assert.Single(report.Results);
        Assert.False(result.Passed);
        Assert.Contains("conflict: exceptions auto-bonus and listed-bonus", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_exception_condition_blocks_only_when_it_could_change_the_amount()
    {
        var policy = CompiledPolicy.Load(Policy(5, 9));
        // listed is unknown and outranks the auto bonus: the amount could be 10万 or 20万.
        Assert.Equal(Decision.CannotDecide, policy.Evaluate(new Dictionary<string, object?> { ["sales"] = 1_000_000m, ["industry"] = "汽车" }, 2021).Decision);
        // the auto bonus outranks an unknown listing: it decides.
        var decided = CompiledPolicy.Load(Policy(9, 5)).Evaluate(new Dictionary<string, object?> { ["sales"] = 1_000_000m, ["industry"] = "汽车" }, 2021);
        Assert.Equal(100_000m, decided.Amount);
    }
}

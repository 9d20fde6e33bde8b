using System.Globalization;
using Gaoxin.Engines.Rules.Evaluation;
using Gaoxin.Engines.Rules.Language;
using Gaoxin.Engines.Rules.Policies;
using YamlDotNet.RepresentationModel;

namespace Gaoxin.Engines.Rules.Testing;

/// <summary>One case's outcome; <see cref="Message"/> says what differed (or which exceptions conflicted).</summary>
public sealed record PolicyTestResult(string Name, bool Passed, string Message);

/// <summary>All cases of one policy.</summary>
public sealed record PolicyTestReport(string PolicyId, IReadOnlyList<PolicyTestResult> Results)
{
    public int Passed => Results.Count(r => r.Passed);
    public int Failed => Results.Count(r => !r.Passed);
}

/// <summary>
/// Runs a policy's YAML test cases (OpenFisca style): each case gives a period, inputs, and the expected
/// <c>eligible</c> (true, false or unknown), <c>amount</c>, and optionally <c>missing</c>, <c>capped</c>,
/// <c>exception</c>, <c>explanation_zh</c> and <c>explanation_en</c>. A conflict between exceptions always fails the case.
/// </summary>
public static class PolicyTestRunner
{
    public static PolicyTestReport Run(CompiledPolicy policy, string testsYaml, string? file = null)
    {
        var root = YamlReader.Root(testsYaml, file);
        var r = new YamlReader(testsYaml, file);
        if (YamlReader.Optional(root, "policy") is { } id && r.Text(id) != policy.Policy.Id)
        {
            throw r.Error(id, $"these tests are for '{r.Text(id)}', not '{policy.Policy.Id}'");
        }

        var results = new List<PolicyTestResult>();
        foreach (var node in r.Sequence(r.Required(root, "cases")).Children)
        {
            var map = r.Mapping(node);
            var name = YamlReader.Optional(map, "name") is { } n ? r.Text(n) : $"case at {YamlReader.At(node)}";
            try
            {
                results.Add(RunCase(policy, r, map, name));
            }
            catch (Exception e) when (e is FormatException or PolicyDefinitionException or InvalidOperationException or DivideByZeroException)
            {
                results.Add(new PolicyTestResult(name, false, e.Message));
            }
        }

        return new PolicyTestReport(policy.Policy.Id, results);
    }

    private static PolicyTestResult RunCase(CompiledPolicy policy, YamlReader r, YamlMappingNode map, string name)
    {
        var period = r.Integer(r.Required(map, "period"));
        var inputs = new Dictionary<string, object?>(StringComparer.Ordinal);
        if (YamlReader.Optional(map, "inputs") is { } inputNode)
        {
            foreach (var (key, value) in r.Mapping(inputNode).Children)
            {
                var declaration = policy.Policy.Inputs.FirstOrDefault(i => i.Name == r.Text(key)) ?? throw r.Error(key, $"'{r.Text(key)}' is not an input of {policy.Policy.Id}");
                inputs[declaration.Name] = InputValues.Parse(declaration, r.Text(value));
            }
        }

        var trace = policy.Trace(inputs, period);
        var v = trace.Verdict;
        var problems = new List<string>();
        if (v.Decision == Decision.Conflict)
        {
            return new PolicyTestResult(name, false, trace.Explain(CultureInfo.GetCultureInfo("en")));
        }

        var eligible = r.Text(map, "eligible");
        if (eligible != v.EligibleText)
        {
            problems.Add($"eligible: expected {eligible}, got {v.EligibleText} ({trace.Explain(CultureInfo.GetCultureInfo("en"))})");
        }

        if (YamlReader.Optional(map, "amount") is { } amountNode)
        {
            var expected = (decimal)InputValues.Parse(new InputDeclaration("amount", RuleType.Money, null, InputSource.Profile, new LocalizedText("", "")), r.Text(amountNode))!;
            if (expected != v.Amount)
            {
                problems.Add(FormattableString.Invariant($"amount: expected {expected:0.00}, got {v.Amount:0.00}"));
            }
        }

        if (YamlReader.Optional(map, "capped") is { } capped && (r.Text(capped) == "true") != v.Capped)
        {
            problems.Add($"capped: expected {r.Text(capped)}, got {(v.Capped ? "true" : "false")}");
        }

        if (YamlReader.Optional(map, "exception") is { } exception && r.Text(exception) != (trace.ExceptionFired?.Id ?? "none"))
        {
            problems.Add($"exception: expected {r.Text(exception)}, got {trace.ExceptionFired?.Id ?? "none"}");
        }

        if (YamlReader.Optional(map, "missing") is { } missingNode)
        {
            var expected = r.Sequence(missingNode).Children.Select(r.Text).Order(StringComparer.Ordinal).ToList();
            var actual = trace.MissingInputs.Select(l => policy.Policy.Inputs.First(i => i.Label == l).Name).Order(StringComparer.Ordinal).ToList();
            if (!expected.SequenceEqual(actual))
            {
                problems.Add($"missing: expected [{string.Join(", ", expected)}], got [{string.Join(", ", actual)}]");
            }
        }

        foreach (var (key, culture) in new[] { ("explanation_zh", "zh-CN"), ("explanation_en", "en") })
        {
            var actual = trace.Explain(CultureInfo.GetCultureInfo(culture));
            if (YamlReader.Optional(map, key) is { } e && r.Text(e) != actual)
            {
                problems.Add($"{key}: expected \"{r.Text(e)}\", got \"{actual}\"");
            }
        }

        return new PolicyTestResult(name, problems.Count == 0, string.Join("; ", problems));
    }
}

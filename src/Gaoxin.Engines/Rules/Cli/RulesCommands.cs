using System.Globalization;
using Gaoxin.Engines.Rules.Evaluation;
using Gaoxin.Engines.Rules.Language;
using Gaoxin.Engines.Rules.Policies;
using Gaoxin.Engines.Rules.Testing;

namespace Gaoxin.Engines.Rules.Cli;

/// <summary>
/// <c>gaoxin rules test DIR</c> and <c>gaoxin rules eval --policy ID --period YYYY --input FILE.csv</c> as pure functions
/// of their arguments and streams. Exit codes: 0 success, 1 failing tests or conflicts, 2 bad input (nothing printed to stdout).
/// </summary>
public static class RulesCommands
{
    /// <summary>Runs every policy's YAML tests in <paramref name="dir"/> (<c>X.yaml</c> with <c>X.tests.yaml</c> beside it) and prints a summary.</summary>
    public static int Test(string dir, TextWriter stdout, TextWriter stderr)
    {
        if (!Directory.Exists(dir))
        {
            stderr.WriteLine($"rules test: directory '{dir}' does not exist");
            return 2;
        }

        var files = Directory.GetFiles(dir, "*.yaml").Where(f => !f.EndsWith(".tests.yaml", StringComparison.Ordinal) && !f.EndsWith(".fund.yaml", StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToList();
        int policies = 0, passed = 0, failed = 0, broken = 0;
        foreach (var file in files)
        {
            var name = Path.GetFileName(file);
            CompiledPolicy policy;
            try
            {
                policy = CompiledPolicy.Load(File.ReadAllText(file), name);
            }
            catch (PolicyDefinitionException e)
            {
                stderr.WriteLine(e.Message);
                broken++;
                continue;
            }

            policies++;
            var tests = Path.Combine(dir, Path.GetFileNameWithoutExtension(file) + ".tests.yaml");
            if (!File.Exists(tests))
            {
                stdout.WriteLine($"{policy.Policy.Id}: no tests ({Path.GetFileName(tests)} not found)");
                continue;
            }

            PolicyTestReport report;
            try
            {
                report = PolicyTestRunner.Run(policy, File.ReadAllText(tests), Path.GetFileName(tests));
            }
            catch (PolicyDefinitionException e)
            {
                stderr.WriteLine(e.Message);
                broken++;
                continue;
            }

            stdout.WriteLine($"{report.PolicyId}: {report.Passed} passed, {report.Failed} failed");
            foreach (var f in report.Results.Where(r => !r.Passed))
            {
                stdout.WriteLine($"  FAIL {f.Name}: {f.Message}");
            }

            passed += report.Passed;
            failed += report.Failed;
        }

        stdout.WriteLine($"{policies} policies, {passed + failed} cases: {passed} passed, {failed} failed{(broken > 0 ? $", {broken} files not valid" : "")}");
        return failed == 0 && broken == 0 ? 0 : 1;
    }

    /// <summary>Evaluates a policy (shipped id or YAML file) for every row of <paramref name="csv"/>; prints <c>id,eligible,amount,explanation</c> (explanations in zh-CN).</summary>
    public static int Eval(string policyIdOrFile, int period, TextReader csv, TextWriter stdout, TextWriter stderr)
        => Eval(policyIdOrFile, period, csv, stdout, stderr, CultureInfo.GetCultureInfo("zh-CN"));

    /// <summary>As <see cref="Eval(string,int,TextReader,TextWriter,TextWriter)"/> with explanations in <paramref name="culture"/>.</summary>
    public static int Eval(string policyIdOrFile, int period, TextReader csv, TextWriter stdout, TextWriter stderr, CultureInfo culture)
    {
        CompiledPolicy policy;
        try
        {
            policy = File.Exists(policyIdOrFile) ? CompiledPolicy.Load(File.ReadAllText(policyIdOrFile), Path.GetFileName(policyIdOrFile)) : ShippedPolicies.Get(policyIdOrFile);
        }
        catch (Exception e) when (e is PolicyDefinitionException or KeyNotFoundException)
        {
            stderr.WriteLine($"rules eval: {e.Message}");
            return 2;
        }

        var records = Csv.Read(csv);
        if (records.Count == 0)
        {
            stderr.WriteLine("rules eval: the input CSV is empty; it needs a header with id and " + string.Join(", ", policy.Policy.Inputs.Select(i => i.Name)));
            return 2;
        }

        var header = records[0].Fields.Select(h => h.Trim()).ToArray();
        var required = policy.Policy.Inputs.Select(i => i.Name).Prepend("id").ToList();
        var absent = required.Where(n => Array.IndexOf(header, n) < 0).ToList();
        if (absent.Count > 0)
        {
            stderr.WriteLine($"rules eval: row 1 (header): missing column{(absent.Count > 1 ? "s" : "")} {string.Join(", ", absent.Select(a => $"'{a}'"))} required by {policy.Policy.Id}");
            return 2;
        }

        // Read and check every row first, so a bad cell prints nothing half-written.
        var rows = records.Count - 1;
        var frame = FrameBuilder.Empty(policy.Policy, rows);
        var ids = new string[rows];
        for (var r = 0; r < rows; r++)
        {
            var (line, fields) = records[r + 1];
            var values = new Dictionary<string, object?>(StringComparer.Ordinal);
            foreach (var input in policy.Policy.Inputs)
            {
                var column = Array.IndexOf(header, input.Name);
                var cell = column < fields.Length ? fields[column] : "";
                try
                {
                    values[input.Name] = InputValues.Parse(input, cell);
                }
                catch (FormatException e)
                {
                    stderr.WriteLine($"rules eval: row {r + 2} (line {line}), column '{input.Name}': {e.Message}");
                    return 2;
                }
            }

            var idColumn = Array.IndexOf(header, "id");
            ids[r] = idColumn < fields.Length ? fields[idColumn] : "";
            FrameBuilder.Set(policy.Policy, frame, r, values);
        }

        PeriodRules rules;
        try
        {
            rules = policy.ForPeriod(period);
        }
        catch (PolicyDefinitionException e)
        {
            stderr.WriteLine($"rules eval: {e.Message}");
            return 2;
        }

        var conflicts = 0;
        stdout.WriteLine("id,eligible,amount,explanation");
        for (var r = 0; r < rows; r++)
        {
            var trace = policy.Trace(rules, frame, r);
            var v = trace.Verdict;
            conflicts += v.Decision == Decision.Conflict ? 1 : 0;
            var amount = v.EligibleText == "unknown" ? "" : v.Amount.ToString("0.00", CultureInfo.InvariantCulture);
            stdout.WriteLine(Csv.Line(ids[r], v.EligibleText, amount, trace.Explain(culture)));
        }

        if (conflicts > 0)
        {
            stderr.WriteLine($"rules eval: {conflicts} row(s) hit a conflict between exceptions of {policy.Policy.Id}; correct the policy");
            return 1;
        }

        return 0;
    }
}

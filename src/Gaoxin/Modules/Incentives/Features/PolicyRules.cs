using System.Collections.Concurrent;
using System.Globalization;
using Gaoxin.Data;
using Gaoxin.Engines.Rules.Evaluation;
using Gaoxin.Engines.Rules.Policies;
using Microsoft.EntityFrameworkCore;

namespace Gaoxin.Modules.Incentives.Features;

/// <summary>
/// The policies as code a zone computes with: its latest published revision of a rule, else the shipped one. Each
/// answer carries the label of what computed it (<c>r3</c> for a zone's third revision, <c>shipped</c>).
/// </summary>
public static class PolicyRules
{
    public const string ShippedLabel = "shipped";

    private static readonly ConcurrentDictionary<Guid, CompiledPolicy> Compiled = new();

    public sealed record Rule(CompiledPolicy Policy, string Label);

    public static CompiledPolicy? Shipped(string? ruleId) => ruleId is not null && ShippedPolicies.All.TryGetValue(ruleId, out var p) ? p : null;

    public static async Task<Rule?> FindAsync(GaoxinDb db, Guid zoneId, string? ruleId, CancellationToken ct)
    {
        if (ruleId is null)
        {
            return null;
        }

        var latest = await db.PolicyRuleRevisions.AsNoTracking().Where(r => r.ZoneId == zoneId && r.RuleId == ruleId).OrderByDescending(r => r.Revision).FirstOrDefaultAsync(ct);
        if (latest is not null)
        {
            return new Rule(Compiled.GetOrAdd(latest.Id, _ => CompiledPolicy.Load(latest.Yaml, ruleId + ".yaml")), latest.Label);
        }

        return Shipped(ruleId) is { } shipped ? new Rule(shipped, ShippedLabel) : null;
    }

    /// <summary>Rule ids a zone may link a guide item to: the shipped ones and those it has published.</summary>
    public static async Task<bool> ExistsAsync(GaoxinDb db, Guid zoneId, string ruleId, CancellationToken ct)
        => Shipped(ruleId) is not null || await db.PolicyRuleRevisions.AnyAsync(r => r.ZoneId == zoneId && r.RuleId == ruleId, ct);

    public sealed record Question(string Name, string Type, IReadOnlyList<string>? Options, string Source, string Label);

    public static Question Describe(InputDeclaration input, CultureInfo culture)
        => new(input.Name, input.Type.ToString(), input.Options, input.Source.ToString(), input.Label.For(culture));

    /// <summary>
    /// Reads the written inputs for a policy's declared inputs; unknown names are ignored, an empty value is missing (not
    /// zero). A value that does not fit its type is refused naming the input and what is expected.
    /// </summary>
    public static Dictionary<string, object?> Read(CompiledPolicy policy, IReadOnlyDictionary<string, string?>? written, CultureInfo culture)
    {
        var values = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var input in policy.Policy.Inputs)
        {
            var text = written is not null && written.TryGetValue(input.Name, out var t) ? t : null;
            try
            {
                values[input.Name] = InputValues.Parse(input, text);
            }
            catch (FormatException e)
            {
                throw new DomainException(Text.Get("Err.PolicyInput", input.Label.For(culture), e.Message));
            }
        }

        return values;
    }
}

using System.Globalization;
using Gaoxin.Engines.Rules.Evaluation;
using Gaoxin.Engines.Rules.Policies;

namespace Gaoxin.Modules.Incentives.Features;

/// <summary>The policies as code a guide item may link to (the shipped ones; stored, authored versions come later).</summary>
public static class PolicyRules
{
    public static CompiledPolicy? Find(string? ruleId) => ruleId is not null && ShippedPolicies.All.TryGetValue(ruleId, out var p) ? p : null;

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

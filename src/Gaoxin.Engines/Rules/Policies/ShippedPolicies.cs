using System.Reflection;
using Gaoxin.Engines.Rules.Evaluation;

namespace Gaoxin.Engines.Rules.Policies;

/// <summary>
/// The policies that ship with Gaoxin (embedded <c>Rules/Shipped/*.yaml</c>), each with its <c>*.tests.yaml</c> cases:
/// Liudong's outward-sales reward, Chengde's tech-loan interest subsidy and innovation awards, and Chengde's fund.
/// </summary>
public static class ShippedPolicies
{
    private const string Prefix = "Gaoxin.Engines.Rules.Shipped.";
    private static readonly Lazy<IReadOnlyDictionary<string, CompiledPolicy>> Compiled = new(() =>
        PolicyFiles().ToDictionary(f => f.Name[..^".yaml".Length], f => CompiledPolicy.Load(f.Yaml, f.Name), StringComparer.Ordinal));

    /// <summary>Every shipped policy, compiled, by id.</summary>
    public static IReadOnlyDictionary<string, CompiledPolicy> All => Compiled.Value;

    /// <summary>A shipped policy by id, e.g. <c>liudong-outward-sales</c>.</summary>
    public static CompiledPolicy Get(string id)
        => All.TryGetValue(id, out var p) ? p : throw new KeyNotFoundException($"No shipped policy '{id}' (shipped: {string.Join(", ", All.Keys)}).");

    /// <summary>The shipped YAML files (policies, their tests and funds) by file name, as text.</summary>
    public static IEnumerable<(string Name, string Yaml)> Files()
    {
        var assembly = typeof(ShippedPolicies).Assembly;
        foreach (var resource in assembly.GetManifestResourceNames().Where(n => n.StartsWith(Prefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            yield return (resource[Prefix.Length..], Read(assembly, resource));
        }
    }

    private static IEnumerable<(string Name, string Yaml)> PolicyFiles()
        => Files().Where(f => !f.Name.EndsWith(".tests.yaml", StringComparison.Ordinal) && !f.Name.EndsWith(".fund.yaml", StringComparison.Ordinal));

    private static string Read(Assembly assembly, string resource)
    {
        using var stream = assembly.GetManifestResourceStream(resource)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}

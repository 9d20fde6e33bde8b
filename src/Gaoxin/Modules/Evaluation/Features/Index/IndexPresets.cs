namespace Gaoxin.Modules.Evaluation.Features.Index;

/// <summary>
/// Dimension weights that ship with Gaoxin. <c>table</c> uses the weights in the table as they are.
/// CCID's top-100 advanced-manufacturing parks report names five dimensions but not their weights: equal weights are
/// our assumption, stated in the guide. Torch 2021 first-level weights are from DOMAIN.md §6.
/// </summary>
public static class IndexPresets
{
    public const string Table = "table";
    public const string Ccid = "ccid";
    public const string Torch2021 = "torch2021";

    public static readonly IReadOnlyDictionary<string, IReadOnlyDictionary<string, double>> Weights = new Dictionary<string, IReadOnlyDictionary<string, double>>
    {
        [Ccid] = new Dictionary<string, double> { ["经济实力"] = 0.2, ["创新潜力"] = 0.2, ["融合发展"] = 0.2, ["产业集聚"] = 0.2, ["绿色动力"] = 0.2 },
        [Torch2021] = new Dictionary<string, double>
        {
            ["创新能力和创业活跃度"] = 0.2, ["结构优化和产业价值链"] = 0.2, ["绿色发展和宜居包容性"] = 0.15, ["开放创新和国际竞争力"] = 0.15, ["综合质效和持续创新力"] = 0.3,
        },
    };

    public static IReadOnlyList<string> All => [Table, Ccid, Torch2021];

    /// <summary>The preset's dimension weights (null for <c>table</c>); refuses when the table's dimensions are not the preset's.</summary>
    public static IReadOnlyDictionary<string, double>? For(string? preset, IEnumerable<string> dimensions)
    {
        var name = (preset ?? Table).Trim().ToLowerInvariant();
        if (name == Table)
        {
            return null;
        }

        if (!Weights.TryGetValue(name, out var weights))
        {
            throw new DomainException(Text.Get("Eval.Err.Preset", preset, string.Join(", ", All)));
        }

        var missing = dimensions.Distinct().Where(d => !weights.ContainsKey(d)).ToList();
        if (missing.Count > 0)
        {
            throw new DomainException(Text.Get("Eval.Err.PresetDimensions", name, string.Join("、", missing), string.Join("、", weights.Keys)));
        }

        return weights;
    }
}

using System.Globalization;
using Gaoxin.Modules.Evaluation.Domain;

namespace Gaoxin.Modules.Evaluation.Features.Index;

/// <summary>
/// A method as staff edit it over a table: dimension weights in % (they must add up to 100), indicator multipliers and
/// directions, the minimum coverage for missing data and the normalisation range, written compactly for the API
/// (<c>weights=经济实力:30;创新潜力:10…</c>, <c>multipliers=X1:2</c>, <c>directions=X3:-</c>). Every refusal names the part and what is expected.
/// </summary>
public static class IndexMethodEdit
{
    public sealed record Edited(IReadOnlyDictionary<string, double>? DimensionWeights, List<ParkIndicator> Indicators, double Coverage, double Low, double High);

    public static Edited Apply(ParkTableData data, ComputeParkIndex.Query query, IReadOnlyDictionary<string, double>? presetWeights)
    {
        var problems = new List<string>();
        var dimensions = data.Indicators.Select(i => i.Dimension).Distinct().ToList();
        var weights = presetWeights;
        if (Pairs(query.Weights, "Eval.Check.WeightsText", problems) is { } given)
        {
            foreach (var unknown in given.Keys.Where(k => !dimensions.Contains(k)))
            {
                problems.Add(Text.Get("Eval.Check.WeightDimension", unknown, string.Join("、", dimensions)));
            }

            var missing = dimensions.Where(d => !given.ContainsKey(d)).ToList();
            if (missing.Count > 0)
            {
                problems.Add(Text.Get("Eval.Check.WeightMissing", string.Join("、", missing)));
            }

            if (given.Values.Any(v => v < 0))
            {
                problems.Add(Text.Get("Eval.Check.WeightNegative"));
            }

            var sum = given.Values.Sum();
            if (Math.Abs(sum - 100) > 0.01)
            {
                problems.Add(Text.Get("Eval.Check.WeightsSum", sum.ToString("0.##", CultureInfo.InvariantCulture)));
            }

            weights = given.ToDictionary(w => w.Key, w => w.Value / 100);
        }

        var multipliers = Pairs(query.Multipliers, "Eval.Check.MultipliersText", problems) ?? [];
        var directions = (query.Directions ?? string.Empty).Split([';', '；', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(p => p.Split([':', '：'], 2, StringSplitOptions.TrimEntries)).ToList();
        foreach (var code in multipliers.Keys.Concat(directions.Select(d => d[0])).Where(c => data.Indicators.All(i => i.Code != c)).Distinct())
        {
            problems.Add(Text.Get("Eval.Check.IndicatorCode", code, string.Join("、", data.Indicators.Select(i => i.Code))));
        }

        foreach (var (code, m) in multipliers.Where(m => m.Value <= 0))
        {
            problems.Add(Text.Get("Eval.Check.Multiplier", code, m.ToString(CultureInfo.InvariantCulture)));
        }

        foreach (var d in directions.Where(d => d.Length != 2 || d[1] is not ("+" or "-")))
        {
            problems.Add(Text.Get("Eval.Check.Direction", string.Join(":", d)));
        }

        var coverage = query.Coverage ?? 50;
        if (coverage is <= 0 or > 100)
        {
            problems.Add(Text.Get("Eval.Check.Coverage", coverage.ToString(CultureInfo.InvariantCulture)));
        }

        var (low, high) = (query.Low ?? 0, query.High ?? 100);
        if (low >= high)
        {
            problems.Add(Text.Get("Eval.Check.Range", low.ToString(CultureInfo.InvariantCulture), high.ToString(CultureInfo.InvariantCulture)));
        }

        if (problems.Count > 0)
        {
            throw new DomainException(string.Join(" ", problems));
        }

        var direction = directions.ToDictionary(d => d[0], d => d[1]);
        var indicators = data.Indicators.Select(i => i with
        {
            Weight = multipliers.GetValueOrDefault(i.Code, i.Weight),
            Direction = direction.GetValueOrDefault(i.Code, i.Direction),
        }).ToList();
        return new Edited(weights, indicators, coverage / 100, low, high);
    }

    private static Dictionary<string, double>? Pairs(string? text, string errorKey, List<string> problems)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var pairs = new Dictionary<string, double>();
        foreach (var part in text.Split([';', '；', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var kv = part.Split([':', '：'], 2, StringSplitOptions.TrimEntries);
            if (kv.Length != 2 || kv[0].Length == 0 || !double.TryParse(kv[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || !double.IsFinite(value))
            {
                problems.Add(Text.Get(errorKey, part));
                return null;
            }

            pairs[kv[0]] = value;
        }

        return pairs;
    }
}

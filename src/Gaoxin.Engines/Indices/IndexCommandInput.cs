using System.Globalization;

namespace Gaoxin.Engines.Indices;

/// <summary>
/// The JSON that <c>gaoxin index</c> reads (issue 7), and its translation into a table, a method and uncertainty options.
/// Every refusal names the field to fix.
/// </summary>
public sealed record IndexCommandInput(
    List<string>? Units,
    List<IndexCommandInput.IndicatorInput>? Indicators,
    Dictionary<string, Dictionary<string, double?>?>? Values,
    IndexCommandInput.NormalisationInput? Normalisation,
    string? Aggregation,
    Dictionary<string, double>? DimensionWeights,
    double? MinimumCoverage,
    Winsorisation? Winsorisation,
    IndexCommandInput.UncertaintyInput? Uncertainty)
{
    public sealed record IndicatorInput(string? Code, string? Direction, double? Weight, string? Dimension, double? Target);

    /// <summary>method: minmax (low, high), zscore (mean, sd), rank, target (low, high).</summary>
    public sealed record NormalisationInput(string? Method, double? Low, double? High, double? Mean, double? Sd);

    public sealed record UncertaintyInput(int? Runs, ulong? Seed, double? WeightNoise, List<NormalisationInput>? Normalisations, List<string>? Aggregations, List<Dictionary<string, double>>? WeightSets);

    /// <summary>Dimension name used for an indicator that gives none.</summary>
    public const string DefaultDimension = "index";

    public IndexTable ToTable()
    {
        var units = Units is { Count: > 0 } ? Units : throw Refuse("Give the units: \"units\": [\"A\", \"B\", …].");
        var indicators = (Indicators is { Count: > 0 } ? Indicators : throw Refuse("Give the indicators: \"indicators\": [{\"code\": \"X1\", \"direction\": \"+\", \"weight\": 0.5, \"dimension\": \"D1\"}, …]."))
            .Select((i, n) => new IndexIndicator(
                string.IsNullOrWhiteSpace(i.Code) ? throw Refuse($"Indicator {n + 1} has no code.") : i.Code,
                DirectionOf(i),
                string.IsNullOrWhiteSpace(i.Dimension) ? DefaultDimension : i.Dimension,
                i.Weight ?? 1.0) { Target = i.Target })
            .ToList();
        var values = Values ?? throw Refuse("Give the values: \"values\": {\"A\": {\"X1\": 1000, …}, …}.");
        var stranger = values.Keys.FirstOrDefault(u => !units.Contains(u));
        if (stranger is not null)
        {
            throw Refuse($"\"values\" has '{stranger}', which is not in \"units\".");
        }

        foreach (var unit in units)
        {
            if (!values.TryGetValue(unit, out var row) || row is null)
            {
                throw Refuse($"Unit '{unit}' has no values: add \"{unit}\": {{…}} to \"values\" (a single missing indicator may be null or left out).");
            }

            var unknown = row.Keys.FirstOrDefault(code => indicators.All(i => i.Code != code));
            if (unknown is not null)
            {
                throw Refuse($"Unit '{unit}' has a value for '{unknown}', which is not an indicator.");
            }
        }

        return IndexTable.From(units, indicators, (unit, code) => values[unit]!.TryGetValue(code, out var v) ? v : null);
    }

    public IndexMethod ToMethod() => new(NormaliserOf(Normalisation ?? new NormalisationInput("minmax", 0, 100, null, null)), AggregationOf(Aggregation ?? "arithmetic"))
    {
        DimensionWeights = DimensionWeights,
        MinimumCoverage = MinimumCoverage ?? 0.5,
        Winsorisation = Winsorisation,
    };

    public UncertaintyOptions? ToUncertainty()
    {
        if (Uncertainty is not { } u)
        {
            return null;
        }

        var runs = u.Runs ?? 1000;
        if (runs is < 1 or > 1_000_000)
        {
            throw Refuse($"\"uncertainty.runs\" must be between 1 and 1,000,000, not {runs}.");
        }

        return new UncertaintyOptions(runs, u.Seed ?? 1)
        {
            WeightNoise = u.WeightNoise ?? 0,
            Normalisers = (u.Normalisations ?? []).Select(NormaliserOf).ToList(),
            Aggregations = (u.Aggregations ?? []).Select(AggregationOf).ToList(),
            WeightSets = (u.WeightSets ?? []).Select(s => (IReadOnlyDictionary<string, double>)s).ToList(),
        };
    }

    private static IndicatorDirection DirectionOf(IndicatorInput i) => (i.Direction ?? "+").Trim().ToLowerInvariant() switch
    {
        "+" or "positive" or "1" => IndicatorDirection.Positive,
        "-" or "−" or "negative" or "-1" => IndicatorDirection.Negative,
        _ => throw Refuse($"Indicator '{i.Code}' has direction '{i.Direction}'; use \"+\" (more is better) or \"-\" (less is better)."),
    };

    private static Normaliser NormaliserOf(NormalisationInput n) => (n.Method ?? "minmax").Trim().ToLowerInvariant() switch
    {
        "minmax" or "min-max" => Normaliser.MinMax(n.Low ?? 0, n.High ?? 100),
        "zscore" or "z-score" => Normaliser.ZScore(n.Mean ?? 0, n.Sd ?? 1),
        "rank" => Normaliser.Rank(),
        "target" or "distance" or "dist2target" => Normaliser.DistanceToTarget(n.Low ?? 0, n.High ?? 100),
        _ => throw Refuse($"Normalisation method '{n.Method}' is unknown; use minmax, zscore, rank or target."),
    };

    private static Aggregation AggregationOf(string name) => name.Trim().ToLowerInvariant() switch
    {
        "arithmetic" => Indices.Aggregation.Arithmetic,
        "geometric" => Indices.Aggregation.Geometric,
        _ => throw Refuse(string.Create(CultureInfo.InvariantCulture, $"Aggregation '{name}' is unknown; use arithmetic or geometric.")),
    };

    private static InvalidIndexException Refuse(string message) => new(message);
}

using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Gaoxin.Engines.Indices;

/// <summary>
/// <c>gaoxin index</c> as a pure function: reads the JSON of issue 7 from <paramref name="input"/>, writes
/// <c>{"results":[{"unit","score","rank","dimensions","medianRank","rankInterval"}]}</c> to stdout and returns 0; or
/// writes a message to stderr and returns 2 for invalid input. Scores are printed to three decimal places;
/// <c>medianRank</c> and <c>rankInterval</c> are null without <c>uncertainty</c>.
/// </summary>
public static class IndexCommand
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>One unit of the output.</summary>
    public sealed record UnitOutput(
        string Unit,
        double? Score,
        int? Rank,
        IReadOnlyDictionary<string, double?> Dimensions,
        int? MedianRank,
        int[]? RankInterval,
        [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Excluded);

    /// <summary>The output: results in input order, and any points winsorisation clipped.</summary>
    public sealed record Output(
        IReadOnlyList<UnitOutput> Results,
        [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<ClippedPoint>? Clipped);

    public static int Run(TextReader input, TextWriter stdout, TextWriter stderr)
    {
        try
        {
            var parsed = JsonSerializer.Deserialize<IndexCommandInput>(input.ReadToEnd(), Json) ?? throw new InvalidIndexException("The input is empty.");
            var table = parsed.ToTable();
            var method = parsed.ToMethod();
            var uncertainty = parsed.ToUncertainty();
            IndexResult nominal;
            Dictionary<string, UnitRankInterval> intervals;
            if (uncertainty is null)
            {
                nominal = CompositeIndex.Compute(table, method);
                intervals = [];
            }
            else
            {
                var analysis = UncertaintyAnalysis.Run(table, method, uncertainty);
                nominal = analysis.Nominal;
                intervals = analysis.Units.ToDictionary(u => u.Unit, StringComparer.Ordinal);
            }

            var results = nominal.Units.Select(u =>
            {
                var interval = intervals.GetValueOrDefault(u.Unit);
                return new UnitOutput(
                    u.Unit,
                    Round(u.Score),
                    u.Rank,
                    u.Dimensions.ToDictionary(d => d.Key, d => Round(d.Value), StringComparer.Ordinal),
                    interval?.MedianRank,
                    interval is null ? null : [interval.Low, interval.High],
                    u.Excluded);
            }).ToList();
            stdout.WriteLine(JsonSerializer.Serialize(new Output(results, nominal.Clipped.Count > 0 ? nominal.Clipped : null), Json));
            return 0;
        }
        catch (Exception e) when (e is JsonException or InvalidIndexException)
        {
            stderr.WriteLine($"gaoxin index: {(e is JsonException ? $"the input is not valid JSON for an index: {e.Message}" : e.Message)}");
            return 2;
        }
    }

    private static double? Round(double? value) => value is { } v ? Math.Round(v, 3, MidpointRounding.AwayFromZero) : null;
}

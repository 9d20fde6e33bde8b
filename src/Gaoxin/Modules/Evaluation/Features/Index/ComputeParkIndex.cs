using Gaoxin.Data;
using Gaoxin.Engines.Indices;
using Gaoxin.Hosting.Api;
using Gaoxin.Modules.Evaluation.Domain;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Gaoxin.Modules.Evaluation.Features.Index;

/// <summary>
/// Computes a park table's composite index with the chosen method and its uncertainty: each park's score, rank (1224),
/// dimension scores, and median rank with the 5–95 % interval over Monte Carlo runs that vary the weights (± noise),
/// the normaliser (min–max to [1, 100] or rank) and the aggregation (arithmetic or geometric). Seeded: the same query
/// gives the same intervals.
/// </summary>
public static class ComputeParkIndex
{
    /// <summary>
    /// The method: a preset or the table's weights, or <see cref="Weights"/> (dimension %, summing to 100) with indicator
    /// <see cref="Multipliers"/> and <see cref="Directions"/>; normalisation (with <see cref="Low"/>–<see cref="High"/>),
    /// aggregation, minimum <see cref="Coverage"/> in % of indicators present; Monte Carlo runs, seed and weight noise.
    /// </summary>
    public sealed record Query(string? Preset = null, string? Normalisation = null, string? Aggregation = null, int? Runs = null, ulong? Seed = null, double? WeightNoise = null,
        string? Weights = null, string? Multipliers = null, string? Directions = null, double? Coverage = null, double? Low = null, double? High = null);

    public sealed record ParkDto(string Park, bool Sample, double? Score, int? Rank, int? MedianRank, int? Low, int? High, IReadOnlyDictionary<string, double?> Dimensions, double Coverage, string? Excluded);

    public sealed record ResultDto(Guid TableId, string Name, int Year, string Preset, string Method, int Runs, IReadOnlyList<string> Dimensions, IReadOnlyList<ParkDto> Parks, int Clipped);

    public const int MaxRuns = 20_000;

    public static async Task<ResultDto?> Handle(Guid zoneId, Guid tableId, Query query, GaoxinDb db, CancellationToken ct)
    {
        var table = await db.ParkIndexTables.AsNoTracking().FirstOrDefaultAsync(t => t.Id == tableId && t.ZoneId == zoneId, ct);
        return table is null ? null : Compute(table, query);
    }

    public static ResultDto Compute(ParkIndexTable table, Query query)
    {
        var data = table.Data;
        var runs = query.Runs ?? 1000;
        if (runs is < 0 or > MaxRuns || query.WeightNoise is < 0 or > 1)
        {
            throw new DomainException(Text.Get("Eval.Err.Runs", MaxRuns));
        }

        var preset = (query.Preset ?? IndexPresets.Table).Trim().ToLowerInvariant();
        var presetWeights = IndexPresets.For(preset, data.Indicators.Select(i => i.Dimension));
        var edited = IndexMethodEdit.Apply(data, query, presetWeights);
        var normalisation = (query.Normalisation ?? "minmax").Trim().ToLowerInvariant();
        var aggregation = (query.Aggregation ?? "arithmetic").Trim().ToLowerInvariant();
        var input = new IndexCommandInput(
            data.Parks,
            edited.Indicators.Select(i => new IndexCommandInput.IndicatorInput(i.Code, i.Direction, i.Weight, i.Dimension, null)).ToList(),
            data.Parks.Select((p, r) => (p, r)).ToDictionary(x => x.p, x => (Dictionary<string, double?>?)data.Indicators.Select((i, c) => (i.Code, data.Values[x.r][c])).ToDictionary(v => v.Code, v => v.Item2)),
            new IndexCommandInput.NormalisationInput(normalisation, edited.Low, edited.High, null, null),
            aggregation,
            edited.DimensionWeights?.ToDictionary(),
            edited.Coverage,
            null,
            null);
        try
        {
            var indexTable = input.ToTable();
            var method = input.ToMethod();
            var nominal = CompositeIndex.Compute(indexTable, method);
            var noise = query.WeightNoise ?? 0.25;
            var intervals = runs == 0 ? [] : UncertaintyAnalysis.Run(indexTable, method, new UncertaintyOptions(runs, query.Seed ?? 1)
            {
                WeightNoise = noise,
                Normalisers = [Normaliser.MinMax(1, 100), Normaliser.Rank()],
                Aggregations = [Engines.Indices.Aggregation.Arithmetic, Engines.Indices.Aggregation.Geometric],
            }).Units.ToDictionary(u => u.Unit);
            var parks = nominal.Units.Select(u =>
            {
                var i = intervals.GetValueOrDefault(u.Unit);
                return new ParkDto(u.Unit, data.SampleParks.Contains(u.Unit), Round(u.Score), u.Rank, i?.MedianRank, i?.Low, i?.High,
                    u.Dimensions.ToDictionary(d => d.Key, d => Round(d.Value)), u.Coverage, u.Excluded);
            }).ToList();
            var dimensions = data.Indicators.Select(i => i.Dimension).Distinct().ToList();
            return new ResultDto(table.Id, table.Name, table.Year, preset, IndexMethodLine.Describe(normalisation, edited, aggregation, dimensions, runs, noise), runs,
                dimensions, parks, nominal.Clipped.Count);
        }
        catch (InvalidIndexException e)
        {
            throw new DomainException(Text.Get("Eval.Err.Index", e.Message));
        }
    }

    private static double? Round(double? value) => value is { } v ? Math.Round(v, 3, MidpointRounding.AwayFromZero) : null;

    public static void Map(RouteGroupBuilder zone) => zone
        .MapGet("/evaluation/indices/{id:guid}/result", async Task<IResult> (ZoneRoute zone, Guid id, [AsParameters] Query query, GaoxinDb db, CancellationToken ct)
            => await Handle(zone.Id, id, query, db, ct) is { } result ? TypedResults.Ok(result) : throw new DomainException(Text.Get("Eval.Err.NoTable"), StatusCodes.Status404NotFound))
        .RequireAuthorization(Policies.ApiEvaluationReader)
        .WithName("ComputeParkIndex")
        .WithSummary("A park table's composite index (?preset=ccid|torch2021|table&normalisation=minmax|zscore|rank|target&aggregation=arithmetic|geometric&runs=1000&seed=1&weightNoise=0.25&weights=D1:60;D2:40&multipliers=X1:2&directions=X3:-&coverage=50&low=0&high=100): scores, ranks and 5–95 % rank intervals");
}

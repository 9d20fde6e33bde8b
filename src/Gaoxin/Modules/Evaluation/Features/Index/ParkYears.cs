using Gaoxin.Data;
using Gaoxin.Hosting.Api;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Gaoxin.Modules.Evaluation.Features.Index;

/// <summary>
/// A park's position year on year: every table of the zone that holds the park, each computed with the same method —
/// rank of how many, median rank and 5–95 % interval, score and dimension scores. Years without the park are left out.
/// </summary>
public static class ParkYears
{
    public sealed record YearDto(int Year, Guid TableId, string Table, int Parks, int? Rank, int? MedianRank, int? Low, int? High, double? Score, IReadOnlyDictionary<string, double?> Dimensions);

    public sealed record ResultDto(string Park, string Method, IReadOnlyList<YearDto> Years);

    public static async Task<ResultDto> Handle(Guid zoneId, string? park, ComputeParkIndex.Query query, GaoxinDb db, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(park))
        {
            throw new DomainException(Text.Get("Eval.Err.YearsPark"));
        }

        var name = park.Trim();
        var tables = await db.ParkIndexTables.AsNoTracking().Where(t => t.ZoneId == zoneId).OrderBy(t => t.Year).ThenBy(t => t.ImportedAt).ToListAsync(ct);
        var years = new List<YearDto>();
        var method = string.Empty;
        foreach (var table in tables.Where(t => t.Data.Parks.Contains(name)))
        {
            var result = ComputeParkIndex.Compute(table, query);
            var p = result.Parks.Single(x => x.Park == name);
            years.Add(new YearDto(table.Year, table.Id, table.Name, result.Parks.Count(x => x.Rank is not null), p.Rank, p.MedianRank, p.Low, p.High, p.Score, p.Dimensions));
            method = result.Method;
        }

        return years.Count == 0
            ? throw new DomainException(Text.Get("Eval.Err.YearsNone", name), StatusCodes.Status404NotFound)
            : new ResultDto(name, method, years);
    }

    public static void Map(RouteGroupBuilder zone) => zone
        .MapGet("/evaluation/indices/years", async Task<Ok<ResultDto>> (ZoneRoute zone, string? park, [AsParameters] ComputeParkIndex.Query query, GaoxinDb db, CancellationToken ct)
            => TypedResults.Ok(await Handle(zone.Id, park, query, db, ct)))
        .RequireAuthorization(Policies.ApiEvaluationReader)
        .WithName("ParkIndexYears")
        .WithSummary("A park's rank, rank interval and dimension scores in each year's table of the zone (?park=…, and the method as for a table's result)");
}

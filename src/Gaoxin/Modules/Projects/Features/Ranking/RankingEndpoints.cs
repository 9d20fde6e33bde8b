using System.Text.Json;
using Gaoxin.Data;
using Gaoxin.Hosting.Api;
using Gaoxin.Modules.Projects.Domain;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Gaoxin.Modules.Projects.Features.Ranking;

public sealed record PublishedRankingDto(Guid Id, int Year, int Month, string PublishedBy, DateTimeOffset PublishedAt, UnitRanking Ranking);

public sealed record QuarterRow(Guid DepartmentId, string Department, IReadOnlyList<decimal?> MonthScores, decimal Score, int Rank);

public sealed record QuarterReview(int Year, int Quarter, IReadOnlyList<int> Months, IReadOnlyList<int> PublishedMonths, IReadOnlyList<QuarterRow> Rows);

/// <summary>
/// The monthly ranking of responsible units (按月排队) — computed for any past month, published to keep it as it was
/// (a later publication of the same month is a new revision, the history keeps both) — and the quarterly review
/// (季度考评): the mean of the quarter's months, each month as last published, or as computed when not published.
/// </summary>
public static class RankingEndpoints
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public sealed record Publish(int Year, int Month);

    private static void CheckMonth(int year, int month, DateOnly today)
    {
        if (month is < 1 or > 12 || year < 2000 || (year, month).CompareTo((today.Year, today.Month)) > 0)
        {
            throw new DomainException(Text.Get("Err.ReportMonth", year, month, today.ToString("yyyy-MM")));
        }
    }

    public static async Task<PublishedRanking> PublishAsync(ZoneRoute zone, Publish request, GaoxinDb db, BusinessDay day, TimeProvider clock, CancellationToken ct)
    {
        zone.RequireWritable(db);
        CheckMonth(request.Year, request.Month, day.Today);
        var ranking = await UnitRanking.ComputeAsync(zone.Id, request.Year, request.Month, db, ct);
        var published = new PublishedRanking(zone.Id, request.Year, request.Month, JsonSerializer.Serialize(ranking, Json), db.Scope.UserName ?? "?", clock.GetUtcNow());
        db.PublishedRankings.Add(published);
        await db.SaveChangesAsync(ct);
        return published;
    }

    public static PublishedRankingDto ToDto(PublishedRanking p) => new(p.Id, p.Year, p.Month, p.PublishedBy, p.PublishedAt, JsonSerializer.Deserialize<UnitRanking>(p.RowsJson, Json)!);

    public static async Task<QuarterReview> QuarterAsync(Guid zoneId, int year, int quarter, DateOnly today, GaoxinDb db, CancellationToken ct)
    {
        if (quarter is < 1 or > 4)
        {
            throw new DomainException(Text.Get("Err.Quarter"));
        }

        var months = Enumerable.Range(quarter * 3 - 2, 3).Where(m => (year, m).CompareTo((today.Year, today.Month)) <= 0).ToList();
        var published = await db.PublishedRankings.AsNoTracking().Where(p => p.ZoneId == zoneId && p.Year == year && months.Contains(p.Month)).ToListAsync(ct);
        var rankings = new List<UnitRanking>();
        foreach (var m in months)
        {
            var last = published.Where(p => p.Month == m).OrderByDescending(p => p.PublishedAt).ThenByDescending(p => p.Id).FirstOrDefault();
            rankings.Add(last is null ? await UnitRanking.ComputeAsync(zoneId, year, m, db, ct) : ToDto(last).Ranking);
        }

        var units = rankings.SelectMany(r => r.Rows).GroupBy(r => r.DepartmentId).Select(g =>
        {
            var scores = rankings.Select(r => r.Rows.FirstOrDefault(x => x.DepartmentId == g.Key)?.Score).ToList();
            return (Id: g.Key, Name: g.First().Department, Scores: scores, Mean: Math.Round(scores.Select(s => s ?? 0).DefaultIfEmpty().Average(), 2));
        }).OrderByDescending(u => u.Mean).ThenBy(u => u.Name, StringComparer.Ordinal).ToList();
        var rows = units.Select(u => new QuarterRow(u.Id, u.Name, u.Scores, u.Mean, 1 + units.Count(x => x.Mean > u.Mean))).ToList();
        return new QuarterReview(year, quarter, months, published.Select(p => p.Month).Distinct().Order().ToList(), rows);
    }

    public static void Map(RouteGroupBuilder zone)
    {
        zone.MapGet("/rankings/units", async Task<Ok<UnitRanking>> (ZoneRoute zone, int? year, int? month, GaoxinDb db, BusinessDay day, CancellationToken ct) =>
            {
                var (y, m) = (year ?? day.Today.Year, month ?? day.Today.Month);
                CheckMonth(y, m, day.Today);
                return TypedResults.Ok(await UnitRanking.ComputeAsync(zone.Id, y, m, db, ct));
            })
            .RequireAuthorization(Policies.ApiProjectReader).WithName("RankUnits").WithSummary("The monthly ranking of responsible units as of a month's end (computed now)");
        zone.MapPost("/rankings/units/publish", async Task<Created<PublishedRankingDto>> (ZoneRoute zone, Publish request, GaoxinDb db, BusinessDay day, TimeProvider clock, CancellationToken ct) =>
            {
                var p = await PublishAsync(zone, request, db, day, clock, ct);
                return TypedResults.Created($"/api/v1/zones/{zone.Zone.Code}/rankings/units/history?year={p.Year}", ToDto(p));
            })
            .RequireAuthorization(Policies.ApiProjectEditor).WithName("PublishUnitRanking").WithSummary("Publishes a month's ranking as it stands (kept unchanged in the history)");
        zone.MapGet("/rankings/units/history", async Task<Ok<List<PublishedRankingDto>>> (ZoneRoute zone, int? year, GaoxinDb db, BusinessDay day, CancellationToken ct) =>
            {
                var y = year ?? day.Today.Year;
                var list = await db.PublishedRankings.AsNoTracking().Where(p => p.ZoneId == zone.Id && p.Year == y).OrderBy(p => p.Month).ThenBy(p => p.PublishedAt).ToListAsync(ct);
                return TypedResults.Ok(list.Select(ToDto).ToList());
            })
            .RequireAuthorization(Policies.ApiProjectReader).WithName("UnitRankingHistory").WithSummary("Published monthly rankings of a year, every revision");
        zone.MapGet("/rankings/units/quarter", async Task<Ok<QuarterReview>> (ZoneRoute zone, int? year, int? quarter, GaoxinDb db, BusinessDay day, CancellationToken ct)
                => TypedResults.Ok(await QuarterAsync(zone.Id, year ?? day.Today.Year, quarter ?? (day.Today.Month + 2) / 3, day.Today, db, ct)))
            .RequireAuthorization(Policies.ApiProjectReader).WithName("QuarterlyReview").WithSummary("The quarterly review (季度考评): mean of the quarter's monthly scores");
    }
}

using Gaoxin.Data;
using Gaoxin.Hosting.Api;
using Gaoxin.Modules.Evaluation.Domain;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Gaoxin.Modules.Evaluation.Features.Contest;

/// <summary>A published month (the latest revision unless one is asked for) and the list of its revisions.</summary>
public static class GetPublishedMonth
{
    public sealed record RevisionDto(int Revision, string? Reason, string PublishedBy, DateTimeOffset PublishedAt);

    public sealed record PublishedDto(MonthResultDto Result, IReadOnlyList<RevisionDto> Revisions);

    /// <summary>Null when the month has not been published (or has no such revision).</summary>
    public static async Task<PublishedDto?> Handle(Guid zoneId, string? period, int? revision, GaoxinDb db, BusinessDay day, CancellationToken ct)
    {
        var text = Period.Parse(period, day.Today).ToString();
        var contest = await Contests.RequireAsync(zoneId, db, ct);
        var all = await db.PublishedContestMonths.AsNoTracking().Where(p => p.ZoneId == zoneId && p.ContestId == contest.Id && p.Period == text)
            .OrderByDescending(p => p.Revision).ToListAsync(ct);
        var chosen = revision is { } r ? all.FirstOrDefault(p => p.Revision == r) : all.FirstOrDefault();
        return chosen is null ? null
            : new PublishedDto(MonthResults.Read(chosen), all.Select(p => new RevisionDto(p.Revision, p.Reason, p.PublishedBy, p.PublishedAt)).ToList());
    }

    /// <summary>The latest revision of every published month of the zone's contest in <paramref name="year"/>.</summary>
    public static async Task<List<PublishedContestMonth>> LatestAsync(Guid zoneId, Guid contestId, IReadOnlyList<string> periods, GaoxinDb db, CancellationToken ct)
    {
        var rows = await db.PublishedContestMonths.AsNoTracking().Where(p => p.ZoneId == zoneId && p.ContestId == contestId && periods.Contains(p.Period)).ToListAsync(ct);
        return rows.GroupBy(p => p.Period).Select(g => g.OrderByDescending(p => p.Revision).First()).OrderBy(p => p.Period, StringComparer.Ordinal).ToList();
    }

    public static void Map(RouteGroupBuilder zone) => zone
        .MapGet("/evaluation/contest/published", async Task<IResult> (ZoneRoute zone, string? period, int? revision, GaoxinDb db, BusinessDay day, CancellationToken ct)
            => await Handle(zone.Id, period, revision, db, day, ct) is { } found ? TypedResults.Ok(found) : throw new DomainException(Text.Get("Eval.Err.NotPublished", period), StatusCodes.Status404NotFound))
        .RequireAuthorization(Policies.ApiEvaluationReader)
        .WithName("GetPublishedContestMonth")
        .WithSummary("A published monthly ranking (?period=2022-06, optional &revision=) with its revisions");
}

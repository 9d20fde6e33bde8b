using System.ComponentModel.DataAnnotations;
using Gaoxin.Data;
using Gaoxin.Hosting.Api;
using Gaoxin.Modules.Evaluation.Domain;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Gaoxin.Modules.Evaluation.Features.Contest;

/// <summary>
/// Publishes a month's ranking (发布月度排名). What is published stays as it was. Publishing the same month again is a
/// correction: it needs a reason and different measures, and becomes the next revision; the earlier one is kept.
/// </summary>
public static class PublishMonth
{
    public sealed record Request([property: Required] string? Period, [property: StringLength(500)] string? Reason = null);

    public static async Task<MonthResultDto> Handle(ZoneRoute zone, Request request, GaoxinDb db, BusinessDay day, TimeProvider clock, CancellationToken ct)
    {
        RequestValidation.Ensure(request);
        zone.RequireWritable(db);
        var period = Period.Parse(request.Period, day.Today);
        var contest = await Contests.RequireAsync(zone.Id, db, ct);
        return await PublishAsync(contest, period, request.Reason, db, db.Scope.UserName ?? "?", clock.GetUtcNow(), ct);
    }

    /// <summary>Scores and keeps the month as the next revision (also used by the demo seeding).</summary>
    public static async Task<MonthResultDto> PublishAsync(Domain.Contest contest, Period period, string? reason, GaoxinDb db, string by, DateTimeOffset at, CancellationToken ct)
    {
        var measures = await MonthMeasures.ResolveAsync(contest, period, db, ct);
        var result = MonthResults.Score(contest, measures);
        var measuresJson = EvaluationJson.Write(measures);
        var fingerprint = Fingerprint(contest, measures);
        var text = period.ToString();
        var last = await db.PublishedContestMonths.AsNoTracking().Where(p => p.ZoneId == contest.ZoneId && p.ContestId == contest.Id && p.Period == text)
            .OrderByDescending(p => p.Revision).FirstOrDefaultAsync(ct);
        if (last is not null)
        {
            if (last.Fingerprint == fingerprint)
            {
                throw new DomainException(Text.Get("Eval.Err.AlreadyPublished", text, last.Revision), StatusCodes.Status409Conflict);
            }

            if (string.IsNullOrWhiteSpace(reason))
            {
                throw new DomainException(Text.Get("Eval.Err.RepublishReason", text, last.Revision));
            }
        }

        var published = new PublishedContestMonth(contest.ZoneId, contest.Id, text, (last?.Revision ?? 0) + 1, reason?.Trim() is { Length: > 0 } r ? r : null,
            measuresJson, EvaluationJson.Write(result), fingerprint, by, at);
        db.PublishedContestMonths.Add(published);
        await db.SaveChangesAsync(ct);
        return MonthResults.Read(published);
    }

    private static string Fingerprint(Domain.Contest contest, MonthMeasuresResult measures)
    {
        var scored = EvaluationJson.Write(new
        {
            contest.SpecJson,
            contest.BasePayFen,
            Cells = measures.Cells.Select(c => new { c.Unit, c.Indicator, c.Kind, c.Value, c.Target, c.Baseline, c.Note }),
            Adjustments = measures.Adjustments.Select(a => new { a.Unit, a.Kind, a.Code, a.Points, a.Note }),
        });
        return Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(scored)));
    }

    public static void Map(RouteGroupBuilder zone) => zone
        .MapPost("/evaluation/contest/publish", async Task<Created<MonthResultDto>> (ZoneRoute zone, Request request, GaoxinDb db, BusinessDay day, TimeProvider clock, CancellationToken ct) =>
        {
            var result = await Handle(zone, request, db, day, clock, ct);
            return TypedResults.Created($"/api/v1/zones/{zone.Zone.Code}/evaluation/contest/published?period={result.Period}&revision={result.Revision}", result);
        })
        .RequireAuthorization(Policies.ApiEvaluationEditor)
        .WithName("PublishContestMonth")
        .WithSummary("Publishes a month's ranking; publishing it again is a correction with a reason and becomes the next revision");
}

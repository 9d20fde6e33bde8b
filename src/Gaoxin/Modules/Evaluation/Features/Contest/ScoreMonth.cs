using Gaoxin.Data;
using Gaoxin.Hosting.Api;
using Gaoxin.Modules.Evaluation.Domain;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Gaoxin.Modules.Evaluation.Features.Contest;

/// <summary>Scores a month as its measures stand now, without publishing: staff check the ranking before they publish it.</summary>
public static class ScoreMonth
{
    public static async Task<MonthResultDto> Handle(ZoneRoute zone, string? period, GaoxinDb db, BusinessDay day, CancellationToken ct)
    {
        var month = Period.Parse(period, day.Today);
        var contest = await Contests.RequireAsync(zone.Id, db, ct);
        var measures = await MonthMeasures.ResolveAsync(contest, month, db, ct);
        return MonthResults.Score(contest, measures);
    }

    public static void Map(RouteGroupBuilder zone) => zone
        .MapGet("/evaluation/contest/score", async Task<Ok<MonthResultDto>> (ZoneRoute zone, string? period, GaoxinDb db, BusinessDay day, CancellationToken ct)
            => TypedResults.Ok(await Handle(zone, period, db, day, ct)))
        .RequireAuthorization(Policies.ApiEvaluationReader)
        .WithName("ScoreContestMonth")
        .WithSummary("Scores a month (?period=2022-06) from its measures as they stand, with the breakdown, gap to the next place and pay; nothing is published");
}

using Gaoxin.Data;
using Gaoxin.Hosting.Api;
using Gaoxin.Modules.Evaluation.Domain;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Gaoxin.Modules.Evaluation.Features.Contest;

/// <summary>The month's sheet: every unit × indicator with the measure in force and its source (hand entry or ledger), and the adjustments.</summary>
public static class GetMonthSheet
{
    public static async Task<MonthMeasuresResult> Handle(Guid zoneId, string? period, GaoxinDb db, BusinessDay day, CancellationToken ct)
    {
        var month = Period.Parse(period, day.Today);
        var contest = await Contests.RequireAsync(zoneId, db, ct);
        return await MonthMeasures.ResolveAsync(contest, month, db, ct);
    }

    public static void Map(RouteGroupBuilder zone) => zone
        .MapGet("/evaluation/contest/measures", async Task<Ok<MonthMeasuresResult>> (ZoneRoute zone, string? period, GaoxinDb db, BusinessDay day, CancellationToken ct)
            => TypedResults.Ok(await Handle(zone.Id, period, db, day, ct)))
        .RequireAuthorization(Policies.ApiEvaluationReader)
        .WithName("GetContestMeasures")
        .WithSummary("A month's measures (?period=2022-06): each unit × indicator with its value and source, missing ones marked, and the bonus/penalty/veto entries");
}

using Gaoxin.Data;
using Gaoxin.Hosting.Api;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Gaoxin.Modules.Evaluation.Features.Contest;

public static class GetContest
{
    public static void Map(RouteGroupBuilder zone) => zone
        .MapGet("/evaluation/contest", async Task<Ok<ContestDto>> (ZoneRoute zone, GaoxinDb db, CancellationToken ct)
            => TypedResults.Ok(ContestDto.From(await Contests.RequireAsync(zone.Id, db, ct))))
        .RequireAuthorization(Policies.ApiEvaluationReader)
        .WithName("GetContest")
        .WithSummary("The zone's contest definition (擂台比拼)");
}

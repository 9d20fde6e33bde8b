using Gaoxin.Data;
using Gaoxin.Engines.Scoring;
using Gaoxin.Hosting.Api;
using Gaoxin.Modules.Evaluation.Domain;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Gaoxin.Modules.Evaluation.Features.Contest;

/// <summary>The quarterly review (季度讲评): the mean of the quarter's published months (latest revisions), ranked in class; a veto in any month vetoes the quarter.</summary>
public static class QuarterReview
{
    public sealed record UnitDto(string Unit, string Name, string Class, IReadOnlyList<decimal> MonthScores, decimal Score, string Grade, bool Vetoed, int Rank, decimal? GapToNextPlace);

    public sealed record ReviewDto(int Year, int Quarter, IReadOnlyList<string> Periods, IReadOnlyList<int> Revisions, IReadOnlyList<UnitDto> Units);

    public static async Task<ReviewDto> Handle(Guid zoneId, int year, int quarter, GaoxinDb db, CancellationToken ct)
    {
        if (quarter is < 1 or > 4 || year is < 2000 or > 2100)
        {
            throw new DomainException(Text.Get("Eval.Err.Quarter"));
        }

        var contest = await Contests.RequireAsync(zoneId, db, ct);
        var periods = Enumerable.Range((quarter * 3) - 2, 3).Select(m => new Period(year, m).ToString()).ToList();
        var published = await GetPublishedMonth.LatestAsync(zoneId, contest.Id, periods, db, ct);
        var missing = periods.Except(published.Select(p => p.Period)).ToList();
        if (missing.Count > 0)
        {
            throw new DomainException(Text.Get("Eval.Err.QuarterMissing", string.Join(", ", missing)));
        }

        var months = published.Select(p => ToResult(MonthResults.Read(p))).ToList();
        var rolled = Contests.Engine(() => QuarterlyReview.Roll(contest.Spec.ToDefinition(), months, RollupRule.MeanOfMonths));
        return new ReviewDto(year, quarter, periods, published.Select(p => p.Revision).ToList(),
            rolled.Select(r => new UnitDto(r.Unit.Id, r.Unit.Name, r.Unit.Class, r.MonthScores, r.Score, r.Grade, r.Vetoed, r.Rank, r.GapToNextPlace)).ToList());
    }

    private static ContestResult ToResult(MonthResultDto month) => new(month.Period, month.Units.Select(u => new UnitResult(
        new ContestUnit(u.Unit, u.Name, u.Class), [], [], u.BaseScore, u.Bonus, u.Penalty, u.Score,
        u.Vetoes.Select(v => new VetoEntry(v, string.Empty)).ToList(), u.Grade, u.Rank, u.GapToNextPlace)).ToList());

    public static void Map(RouteGroupBuilder zone) => zone
        .MapGet("/evaluation/contest/quarter", async Task<Ok<ReviewDto>> (ZoneRoute zone, int? year, int? quarter, GaoxinDb db, BusinessDay day, CancellationToken ct)
            => TypedResults.Ok(await Handle(zone.Id, year ?? day.Today.Year, quarter ?? ((day.Today.Month - 1) / 3) + 1, db, ct)))
        .RequireAuthorization(Policies.ApiEvaluationReader)
        .WithName("GetContestQuarter")
        .WithSummary("The quarterly review (?year=2022&quarter=2): the mean of the quarter's published months, graded and ranked in class");
}

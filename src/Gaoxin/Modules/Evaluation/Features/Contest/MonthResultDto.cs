using Gaoxin.Engines.Scoring;
using Gaoxin.Modules.Evaluation.Domain;

namespace Gaoxin.Modules.Evaluation.Features.Contest;

public sealed record IndicatorScoreDto(string Code, string Name, string Group, decimal Points, decimal Score, string Explanation, string? Source);

/// <summary>A unit's month: rank in class, score and its breakdown, the gap to the place above, grade and performance pay.</summary>
public sealed record UnitResultDto(
    string Unit, string Name, string Class, int Rank, decimal Score, decimal BaseScore, decimal Bonus, decimal Penalty, string Grade, bool Vetoed,
    IReadOnlyList<string> Vetoes, decimal? GapToNextPlace, IReadOnlyList<GroupScore> Groups, IReadOnlyList<IndicatorScoreDto> Indicators,
    decimal BasePay, decimal Pay, string PayExplanation);

/// <summary>A scored month: a preview (no revision) or a published revision with who published it and why.</summary>
public sealed record MonthResultDto(string Period, int? Revision, string? Reason, string? PublishedBy, DateTimeOffset? PublishedAt, IReadOnlyList<UnitResultDto> Units);

public static class MonthResults
{
    /// <summary>Scores the month's measures with the engine and adds pay; refuses (400) with the engine's message.</summary>
    public static MonthResultDto Score(Domain.Contest contest, MonthMeasuresResult measures)
    {
        var spec = contest.Spec;
        return Contests.Engine(() =>
        {
            var definition = spec.ToDefinition();
            var result = ContestScorer.Score(definition, measures.ToSheet());
            var basePay = Engines.Money.Fen.ToYuan(contest.BasePayFen);
            var pay = PayLinkage.ForPeriod(result, spec.PayOrDefault.ToRule(), _ => basePay).ToDictionary(p => p.Unit.Id, p => p.Pay);
            var units = result.Units.Select(u => new UnitResultDto(
                u.Unit.Id, u.Unit.Name, u.Unit.Class, u.Rank, u.Score, u.BaseScore, u.Bonus, u.Penalty, u.Grade, u.Vetoed,
                u.Vetoes.Select(v => $"{v.Code}: {v.Note}").ToList(), u.GapToNextPlace, u.Groups,
                u.Indicators.Select(i => new IndicatorScoreDto(i.Code, i.Name, i.Group, i.Points, i.Score, i.Explanation, i.Source)).ToList(),
                basePay, pay[u.Unit.Id].Amount, pay[u.Unit.Id].Explanation)).ToList();
            return new MonthResultDto(measures.Period, null, null, null, null, units);
        });
    }

    public static MonthResultDto Read(PublishedContestMonth published)
        => EvaluationJson.Read<MonthResultDto>(published.ResultJson) with
        {
            Revision = published.Revision, Reason = published.Reason, PublishedBy = published.PublishedBy, PublishedAt = published.PublishedAt,
        };
}

using Gaoxin.Engines.Scoring;

namespace Gaoxin.Engines.Tests.Scoring;

/// <summary>The contest of issue 7's worked example: six departments, one indicator under each of the four comparisons.</summary>
internal static class Contests
{
    public static readonly string[] Units = ["U1", "U2", "U3", "U4", "U5", "U6"];

    public static ContestDefinition Issue7() => new(
        "2025 擂台比拼",
        Units.Select(u => new ContestUnit(u, $"部门{u}", "一类")).ToList(),
        [
            new ContestIndicator("T1", "签约项目完成率", ContestGroups.Targets, 40m, new CompletionRateRule()),
            new ContestIndicator("I1", "招商引资到位资金", ContestGroups.Investment, 30m, new RankPointsRule(2m)),
            new ContestIndicator("C1", "项目开工率", ContestGroups.Construction, 20m, new CompletionRateRule()),
            new ContestIndicator("S1", "服务按时办结率", ContestGroups.Service, 10m, new CompletionRateRule()),
        ])
    {
        Bonuses = [new AdjustmentItem("B1", "引进重大项目", 5m)],
        BonusCap = 5m,
        Penalties = [new AdjustmentItem("P1", "督办事项逾期", 10m)],
        PenaltyCap = 10m,
        Vetoes = [new VetoItem("V1", "重大安全生产事故")],
    };

    /// <summary>U3 is the unit of the worked example: 4 of 5 signed, third of six for investment, 90 % started, 92 % on time.</summary>
    public static PeriodSheet Issue7Month(string period = "2025-03")
    {
        var sheet = new PeriodSheet(period);
        decimal[] investment = [900, 800, 700, 600, 500, 400];
        for (var i = 0; i < Units.Length; i++)
        {
            sheet.Measure(Units[i], "T1", Measure.Completion(5, 5))
                .Measure(Units[i], "I1", new Measure(investment[i]) { Source = "招商台账" })
                .Measure(Units[i], "C1", Measure.Rate(1m))
                .Measure(Units[i], "S1", Measure.Rate(1m));
        }

        return sheet.Measure("U3", "T1", Measure.Completion(4, 5))
            .Measure("U3", "C1", Measure.Rate(0.9m))
            .Measure("U3", "S1", Measure.Rate(0.92m))
            .Bonus("U3", "B1", 4m, "引进10亿元项目")
            .Penalty("U3", "P1", 1m, "督办件逾期一件");
    }
}

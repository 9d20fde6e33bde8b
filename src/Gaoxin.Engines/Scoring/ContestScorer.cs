namespace Gaoxin.Engines.Scoring;

/// <summary>
/// Scores one period of a contest: each indicator by its rule (rank rules against the unit's class), summed by
/// comparison into the base score; bonuses and penalties capped per item and in total; veto; grade; rank in class.
/// Pure and deterministic; refuses with a message listing every missing measure rather than scoring a hole as zero.
/// </summary>
public static class ContestScorer
{
    public static ContestResult Score(ContestDefinition contest, PeriodSheet sheet)
    {
        contest.Validate();
        CheckSheet(contest, sheet);

        var results = new List<UnitResult>(contest.Units.Count);
        foreach (var classUnits in contest.Units.GroupBy(u => u.Class, StringComparer.Ordinal))
        {
            var members = classUnits.ToList();
            var peers = contest.Indicators.ToDictionary(
                i => i.Code,
                i => (IReadOnlyDictionary<string, Measure>)members.ToDictionary(u => u.Id, u => sheet.MeasureOf(u.Id, i.Code)!, StringComparer.Ordinal),
                StringComparer.Ordinal);
            var scored = members.Select(u => ScoreUnit(contest, sheet, u, peers)).ToList();
            foreach (var (unit, rank, gap) in ContestRanking.Rank(scored, u => u.Score, u => u.Vetoed))
            {
                results.Add(unit with { Rank = rank, GapToNextPlace = gap });
            }
        }

        return new ContestResult(sheet.Period, results);
    }

    private static UnitResult ScoreUnit(ContestDefinition contest, PeriodSheet sheet, ContestUnit unit, Dictionary<string, IReadOnlyDictionary<string, Measure>> classMeasures)
    {
        var indicators = new List<IndicatorScore>(contest.Indicators.Count);
        foreach (var indicator in contest.Indicators)
        {
            var measure = sheet.MeasureOf(unit.Id, indicator.Code)!;
            var (score, explanation) = indicator.Rule.Score(indicator, unit.Id, measure, classMeasures[indicator.Code]);
            indicators.Add(new IndicatorScore(indicator.Code, indicator.Name, indicator.Group, indicator.Points, contest.Round(score), explanation, measure.Source));
        }

        var groups = contest.Groups
            .Select(g => new GroupScore(g, indicators.Where(i => i.Group == g).Sum(i => i.Points), indicators.Where(i => i.Group == g).Sum(i => i.Score)))
            .ToList();
        var baseScore = indicators.Sum(i => i.Score);
        var bonus = Capped(sheet.BonusesOf(unit.Id), contest.Bonuses, contest.BonusCap);
        var penalty = Capped(sheet.PenaltiesOf(unit.Id), contest.Penalties, contest.PenaltyCap);
        var total = contest.Round(baseScore + bonus - penalty);
        var vetoes = sheet.VetoesOf(unit.Id);
        return new UnitResult(unit, indicators, groups, baseScore, bonus, penalty, total, vetoes, contest.Grades.GradeOf(total, vetoes.Count > 0), 0, null);
    }

    private static decimal Capped(IReadOnlyList<Adjustment> entered, IReadOnlyList<AdjustmentItem> items, decimal totalCap)
    {
        var perItem = items.Sum(item => Math.Min(entered.Where(a => a.Code == item.Code).Sum(a => a.Points), item.Cap));
        return Math.Min(perItem, totalCap);
    }

    private static void CheckSheet(ContestDefinition contest, PeriodSheet sheet)
    {
        var units = contest.Units.Select(u => u.Id).ToHashSet(StringComparer.Ordinal);
        var unknownUnit = sheet.UnitsEntered.FirstOrDefault(u => !units.Contains(u));
        if (unknownUnit is not null)
        {
            throw new InvalidContestException($"Period {sheet.Period}: '{unknownUnit}' is not a unit of contest '{contest.Name}'.");
        }

        var missing = contest.Units
            .SelectMany(u => contest.Indicators.Where(i => sheet.MeasureOf(u.Id, i.Code) is null).Select(i => $"{u.Id}/{i.Code}"))
            .ToList();
        if (missing.Count > 0)
        {
            throw new InvalidContestException($"Period {sheet.Period}: enter a measure for {string.Join(", ", missing)} before scoring.");
        }

        foreach (var unit in contest.Units)
        {
            CheckCodes(sheet.BonusesOf(unit.Id), contest.Bonuses, unit.Id, "bonus");
            CheckCodes(sheet.PenaltiesOf(unit.Id), contest.Penalties, unit.Id, "penalty");
            var veto = sheet.VetoesOf(unit.Id).FirstOrDefault(v => contest.Vetoes.All(x => x.Code != v.Code));
            if (veto is not null)
            {
                throw new InvalidContestException($"Period {sheet.Period}: '{veto.Code}' entered for '{unit.Id}' is not a veto item of this contest.");
            }
        }
    }

    private static void CheckCodes(IReadOnlyList<Adjustment> entered, IReadOnlyList<AdjustmentItem> items, string unitId, string what)
    {
        foreach (var a in entered)
        {
            if (items.All(i => i.Code != a.Code))
            {
                throw new InvalidContestException($"'{a.Code}' entered for '{unitId}' is not a {what} item of this contest.");
            }

            if (a.Points < 0)
            {
                throw new InvalidContestException($"The {what} '{a.Code}' for '{unitId}' is {a.Points}: enter {what} points as a positive number.");
            }
        }
    }
}

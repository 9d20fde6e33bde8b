using Gaoxin.Data;
using Gaoxin.Engines.Scoring;
using Gaoxin.Modules.Evaluation.Domain;
using Microsoft.EntityFrameworkCore;

namespace Gaoxin.Modules.Evaluation.Features.Contest;

/// <summary>One cell of the month's sheet: the measure in force (null when missing), its kind and where it came from.</summary>
public sealed record MeasureCell(string Unit, string Indicator, string? Kind, decimal? Value, decimal? Target, decimal? Baseline, string? Note, string Source, string SourceText, bool Computed)
{
    public Measure? ToMeasure() => Value is not { } v ? null : Kind switch
    {
        "completion" => Measure.Completion(v, Target ?? 0m) with { Source = SourceText, Note = Note },
        "baseline" => Measure.VersusBaseline(v, Baseline ?? 0m) with { Source = SourceText, Note = Note },
        "manual" => Measure.Manual(v, Note ?? string.Empty) with { Source = SourceText },
        _ => new Measure(v) { Source = SourceText, Note = Note },
    };
}

/// <summary>The month's measures in force: a hand entry wins; otherwise Gaoxin's ledgers where the indicator and unit allow.</summary>
public sealed record MonthMeasuresResult(string Period, IReadOnlyList<MeasureCell> Cells, IReadOnlyList<AdjustmentEntry> Adjustments)
{
    public IReadOnlyList<MeasureCell> Missing => Cells.Where(c => c.Value is null).ToList();

    public PeriodSheet ToSheet()
    {
        var sheet = new PeriodSheet(Period);
        foreach (var cell in Cells)
        {
            if (cell.ToMeasure() is { } measure)
            {
                sheet.Measure(cell.Unit, cell.Indicator, measure);
            }
        }

        foreach (var a in Adjustments)
        {
            _ = a.Kind switch
            {
                "bonus" => sheet.Bonus(a.Unit, a.Code, a.Points, a.Note),
                "penalty" => sheet.Penalty(a.Unit, a.Code, a.Points, a.Note),
                _ => sheet.Veto(a.Unit, a.Code, a.Note),
            };
        }

        return sheet;
    }
}

public static class MonthMeasures
{
    public static async Task<MonthMeasuresResult> ResolveAsync(Domain.Contest contest, Period period, GaoxinDb db, CancellationToken ct)
    {
        var spec = contest.Spec;
        var month = await db.ContestMonths.AsNoTracking().FirstOrDefaultAsync(m => m.ZoneId == contest.ZoneId && m.ContestId == contest.Id && m.Period == period.ToString(), ct);
        var entries = month?.Entries ?? new SheetEntries([], []);
        var cells = new List<MeasureCell>();
        foreach (var unit in spec.Units)
        {
            foreach (var indicator in spec.Indicators)
            {
                var entry = entries.Measures.FirstOrDefault(m => m.Unit == unit.Code && m.Indicator == indicator.Code);
                if (entry is not null)
                {
                    cells.Add(new MeasureCell(unit.Code, indicator.Code, entry.Kind, entry.Value, entry.Target, entry.Baseline, entry.Note, MeasureSources.Manual,
                        Text.Get("Eval.Source.Manual", entry.By), false));
                    continue;
                }

                var computed = unit.DepartmentId is { } department
                    ? indicator.SourceOrManual switch
                    {
                        MeasureSources.Investment => await InvestmentAsync(contest.ZoneId, department, period, db, ct),
                        MeasureSources.Problems => await ProblemsAsync(contest.ZoneId, department, period, db, ct),
                        _ => null,
                    }
                    : null;
                cells.Add(computed is null
                    ? new MeasureCell(unit.Code, indicator.Code, null, null, null, null, null, indicator.SourceOrManual, Text.Get("Eval.Source.Missing"), false)
                    : computed with { Unit = unit.Code, Indicator = indicator.Code });
            }
        }

        return new MonthMeasuresResult(period.ToString(), cells, entries.Adjustments);
    }

    /// <summary>
    /// 比建设进度 from the ledger: the year-to-date investment reported by the department's projects against the time-elapsed
    /// share of their year plans (序时进度 = plan × month ÷ 12, DOMAIN.md §2), in 万元. None without a plan.
    /// </summary>
    private static async Task<MeasureCell?> InvestmentAsync(Guid zoneId, Guid department, Period period, GaoxinDb db, CancellationToken ct)
    {
        var projects = db.Projects.Where(p => p.ZoneId == zoneId && p.ResponsibleDepartmentId == department).Select(p => p.Id);
        var planFen = await db.ProjectYearPlans.Where(y => y.ZoneId == zoneId && y.Year == period.Year && projects.Contains(y.ProjectId)).SumAsync(y => (long?)y.PlannedFen, ct) ?? 0;
        if (planFen <= 0)
        {
            return null;
        }

        var actualFen = await db.MonthlyReports.Where(r => r.ZoneId == zoneId && r.Year == period.Year && r.Month <= period.Month && projects.Contains(r.ProjectId))
            .SumAsync(r => (long?)r.ReportedFen, ct) ?? 0;
        var count = await projects.CountAsync(ct);
        var actual = Math.Round(actualFen / 1_000_000m, 2);
        var target = Math.Round(planFen * period.Month / 12m / 1_000_000m, 2);
        return target <= 0 ? null : new MeasureCell("", "", "completion", actual, target, null, null, MeasureSources.Investment, Text.Get("Eval.Source.Investment", count), true);
    }

    /// <summary>比服务保障 from the problem list: of the department's problems due by the month's end, the share resolved by their deadline.</summary>
    private static async Task<MeasureCell?> ProblemsAsync(Guid zoneId, Guid department, Period period, GaoxinDb db, CancellationToken ct)
    {
        var end = period.LastDay;
        var due = await db.Problems.AsNoTracking().Where(p => p.ZoneId == zoneId && p.DepartmentId == department && p.Deadline != null && p.Deadline <= end).ToListAsync(ct);
        if (due.Count == 0)
        {
            return null;
        }

        var onTime = due.Count(p => p.ResolvedOnTime);
        return new MeasureCell("", "", "rate", Math.Round((decimal)onTime / due.Count, 4), null, null, null, MeasureSources.Problems, Text.Get("Eval.Source.Problems", onTime, due.Count), true);
    }
}

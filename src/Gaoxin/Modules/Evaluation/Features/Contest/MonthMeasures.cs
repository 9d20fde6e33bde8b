using Gaoxin.Data;
using Gaoxin.Engines.Scoring;
using Gaoxin.Modules.Evaluation.Domain;
using Gaoxin.Modules.Evaluation.Features.Contest.Sources;
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

    /// <summary>A cell computed from Gaoxin's ledgers (unit and indicator are filled in by the caller).</summary>
    public static MeasureCell FromLedger(string kind, decimal value, decimal? target, string source, string sourceText)
        => new(string.Empty, string.Empty, kind, value, target, null, null, source, sourceText, true);
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

                var computed = MeasureSources.Find(indicator.SourceOrManual) is { } source
                    ? await source.MeasureAsync(new MeasureQuery(contest.ZoneId, unit, indicator, period, db), ct)
                    : null;
                cells.Add(computed is null
                    ? new MeasureCell(unit.Code, indicator.Code, null, null, null, null, null, indicator.SourceOrManual, Text.Get("Eval.Source.Missing"), false)
                    : computed with { Unit = unit.Code, Indicator = indicator.Code });
            }
        }

        return new MonthMeasuresResult(period.ToString(), cells, entries.Adjustments);
    }
}

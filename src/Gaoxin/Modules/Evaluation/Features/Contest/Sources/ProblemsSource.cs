using Microsoft.EntityFrameworkCore;

namespace Gaoxin.Modules.Evaluation.Features.Contest.Sources;

/// <summary>比服务保障 from the problem list: of the department's problems due by the month's end, the share resolved by their deadline.</summary>
public sealed class ProblemsSource : IMeasureSource
{
    public string Key => MeasureSources.Problems;

    public async Task<MeasureCell?> MeasureAsync(MeasureQuery q, CancellationToken ct)
    {
        if (q.Unit.DepartmentId is not { } department)
        {
            return null;
        }

        var end = q.Period.LastDay;
        var due = await q.Db.Problems.AsNoTracking().Where(p => p.ZoneId == q.ZoneId && p.DepartmentId == department && p.Deadline != null && p.Deadline <= end).ToListAsync(ct);
        if (due.Count == 0)
        {
            return null;
        }

        var onTime = due.Count(p => p.ResolvedOnTime);
        return MeasureCell.FromLedger("rate", Math.Round((decimal)onTime / due.Count, 4), null, Key, Text.Get("Eval.Source.Problems", onTime, due.Count));
    }
}

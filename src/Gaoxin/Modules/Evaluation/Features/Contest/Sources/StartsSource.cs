using Gaoxin.Modules.Projects.Domain;
using Microsoft.EntityFrameworkCore;

namespace Gaoxin.Modules.Evaluation.Features.Contest.Sources;

/// <summary>
/// 比建设进度 from the projects' stage history: the department's projects that moved to 开工 in the month (新开工项目).
/// A project that entered the ledger already started (its first record) is not a start of that month: only a move from
/// an earlier stage counts. Against the unit's monthly target when the indicator has one (completion rule), otherwise as a
/// value to rank.
/// </summary>
public sealed class StartsSource : IMeasureSource
{
    public string Key => MeasureSources.Starts;

    public async Task<MeasureCell?> MeasureAsync(MeasureQuery q, CancellationToken ct)
    {
        if (q.Unit.DepartmentId is not { } department)
        {
            return null;
        }

        var first = new DateOnly(q.Period.Year, q.Period.Month, 1);
        var last = q.Period.LastDay;
        var projects = q.Db.Projects.Where(p => p.ZoneId == q.ZoneId && p.ResponsibleDepartmentId == department && p.DeletedAt == null).Select(p => p.Id);
        var count = await q.Db.StageChanges.AsNoTracking()
            .Where(c => c.ZoneId == q.ZoneId && projects.Contains(c.ProjectId) && c.From != null && c.To == ProjectStage.Started && c.On >= first && c.On <= last)
            .Select(c => c.ProjectId).Distinct().CountAsync(ct);
        var text = Text.Get("Eval.Source." + Key, count);
        return MeasureSources.CountedOrAgainstTarget(q, count, Key, text);
    }
}

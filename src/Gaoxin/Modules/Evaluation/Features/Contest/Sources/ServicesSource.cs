using Gaoxin.Modules.Innovation.Features.Services;

namespace Gaoxin.Modules.Evaluation.Features.Contest.Sources;

/// <summary>
/// 比服务保障 from the one-stop service desk: of the requests routed to the unit's department and due in the month, the share
/// answered by their due date (<see cref="ServiceTimeliness"/>; a request answered late or not at all is due and not in time).
/// </summary>
public sealed class ServicesSource : IMeasureSource
{
    public string Key => MeasureSources.Services;

    public async Task<MeasureCell?> MeasureAsync(MeasureQuery q, CancellationToken ct)
    {
        if (q.Unit.DepartmentId is not { } department)
        {
            return null;
        }

        var rows = await ServiceTimeliness.ForMonthAsync(q.ZoneId, q.Period.Year, q.Period.Month, q.Db, ct);
        if (rows.FirstOrDefault(r => r.DepartmentId == department) is not { Due: > 0 } row)
        {
            return null;
        }

        return MeasureCell.FromLedger("rate", Math.Round((decimal)row.AnsweredInTime / row.Due, 4), null, Key, Text.Get("Eval.Source.services", row.AnsweredInTime, row.Due));
    }
}

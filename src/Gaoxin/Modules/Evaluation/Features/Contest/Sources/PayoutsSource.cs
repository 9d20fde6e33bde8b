using Gaoxin.Engines.Calendar;
using Gaoxin.Modules.Incentives.Domain;
using Microsoft.EntityFrameworkCore;

namespace Gaoxin.Modules.Evaluation.Features.Contest.Sources;

/// <summary>
/// 比服务保障 from the policy grants: of the 快申快享 grants that fell due in the month (60 working days after the
/// application on the PRC working calendar, DOMAIN.md §4) or were paid in it, the share paid by that deadline. Rejected
/// grants do not count. Grants belong to the zone, not to a department, so every unit gets the zone's figure.
/// </summary>
public sealed class PayoutsSource : IMeasureSource
{
    /// <summary>快申快享: paid within 60 working days of the application (DOMAIN.md §4).</summary>
    public const int WorkingDays = 60;

    public string Key => MeasureSources.Payouts;

    public async Task<MeasureCell?> MeasureAsync(MeasureQuery q, CancellationToken ct)
    {
        var first = new DateOnly(q.Period.Year, q.Period.Month, 1);
        var last = q.Period.LastDay;
        var grants = await q.Db.Grants.AsNoTracking()
            .Where(g => g.ZoneId == q.ZoneId && g.Origin == GrantOrigin.Application && g.Status != GrantStatus.Rejected)
            .Select(g => new { g.Id, g.PaidOn }).ToListAsync(ct);
        var ids = grants.Select(g => g.Id).ToList();
        var applied = (await q.Db.GrantSteps.AsNoTracking().Where(s => s.ZoneId == q.ZoneId && s.Action == GrantAction.Apply && ids.Contains(s.GrantId))
                .Select(s => new { s.GrantId, s.At }).ToListAsync(ct))
            .GroupBy(s => s.GrantId).ToDictionary(g => g.Key, g => DateOnly.FromDateTime(g.Min(s => s.At).ToOffset(BusinessDate.China).DateTime));
        var calendar = WorkingCalendar.Prc(MissingYearPolicy.MondayToFriday);
        var counted = grants.Where(g => applied.ContainsKey(g.Id))
            .Select(g => (g.PaidOn, Deadline: calendar.AddWorkingDays(applied[g.Id], WorkingDays)))
            .Where(g => (g.Deadline >= first && g.Deadline <= last) || (g.PaidOn >= first && g.PaidOn <= last))
            .ToList();
        if (counted.Count == 0)
        {
            return null;
        }

        var onTime = counted.Count(g => g.PaidOn is { } paid && paid <= g.Deadline);
        return MeasureCell.FromLedger("rate", Math.Round((decimal)onTime / counted.Count, 4), null, Key, Text.Get("Eval.Source.payouts", onTime, counted.Count, WorkingDays));
    }
}

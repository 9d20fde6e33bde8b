using System.Globalization;
using Microsoft.EntityFrameworkCore;

namespace Gaoxin.Modules.Evaluation.Features.Contest.Sources;

/// <summary>
/// 比招商力度 from the signings ledger: what the department's projects signed in the month — the agreed amount in 万元
/// (<c>signings</c>) or the number of signed projects (<c>signing-count</c>, a capital increase adds no project, DOMAIN.md §2).
/// Against the unit's monthly target when the indicator has one (completion rule), otherwise as a value to rank.
/// </summary>
public sealed class SigningsSource(string key, bool countOnly) : IMeasureSource
{
    public string Key => key;

    public async Task<MeasureCell?> MeasureAsync(MeasureQuery q, CancellationToken ct)
    {
        if (q.Unit.DepartmentId is not { } department)
        {
            return null;
        }

        var first = new DateOnly(q.Period.Year, q.Period.Month, 1);
        var last = q.Period.LastDay;
        var projects = q.Db.Projects.Where(p => p.ZoneId == q.ZoneId && p.ResponsibleDepartmentId == department).Select(p => p.Id);
        var signed = await q.Db.Signings.AsNoTracking()
            .Where(s => s.ZoneId == q.ZoneId && s.ProjectId != null && projects.Contains(s.ProjectId.Value) && s.SignedOn >= first && s.SignedOn <= last)
            .Select(s => new { s.AgreedFen, s.Kind }).ToListAsync(ct);
        var count = signed.Count(s => s.Kind != Projects.Domain.SigningKind.CapitalIncrease);
        var amount = Math.Round(signed.Sum(s => s.AgreedFen) / 1_000_000m, 2);
        var value = countOnly ? count : amount;
        var text = Text.Get("Eval.Source." + Key, count, amount.ToString("0.##", CultureInfo.InvariantCulture));
        return MeasureSources.CountedOrAgainstTarget(q, value, Key, text);
    }
}

using Gaoxin.Data;
using Gaoxin.Hosting.Api;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Gaoxin.Modules.Innovation.Features.Services;

/// <summary>
/// Per handling department of a zone, the service requests due in a month and how many of them were answered by their
/// due date — the measure "services answered in time" (服务按期答复) the unit contest reads. A request answered late,
/// or not at all, counts as due and not in time.
/// </summary>
public static class ServiceTimeliness
{
    public sealed record Row(Guid DepartmentId, string Department, int Due, int AnsweredInTime);

    public static async Task<List<Row>> ForMonthAsync(Guid zoneId, int year, int month, GaoxinDb db, CancellationToken ct)
    {
        EnterpriseAccess.RequireYear(year);
        if (month is < 1 or > 12)
        {
            throw FieldsException.One("month", Text.Get("Svc.Err.Month"));
        }

        var first = new DateOnly(year, month, 1);
        var next = first.AddMonths(1);
        var due = await db.ServiceRequests.AsNoTracking()
            .Where(r => r.ZoneId == zoneId && r.DepartmentId != null && r.DueOn >= first && r.DueOn < next)
            .Select(r => new { Department = r.DepartmentId!.Value, InTime = r.AnsweredOn != null && r.AnsweredOn <= r.DueOn })
            .ToListAsync(ct);
        var ids = due.Select(d => d.Department).Distinct().ToList();
        var names = await db.Departments.AsNoTracking().IgnoreQueryFilters().Where(d => ids.Contains(d.Id)).ToDictionaryAsync(d => d.Id, d => d.Name, ct);
        return due.GroupBy(d => d.Department)
            .Select(g => new Row(g.Key, names.GetValueOrDefault(g.Key, "?"), g.Count(), g.Count(x => x.InTime)))
            .OrderBy(r => r.Department, StringComparer.Ordinal).ToList();
    }

    public static void Map(RouteGroupBuilder zone) => zone
        .MapGet("/services/timeliness", async Task<Ok<List<Row>>> (ZoneRoute zone, int? year, int? month, GaoxinDb db, BusinessDay day, CancellationToken ct) =>
        {
            EnterpriseAccess.RequireStaff(db);
            return TypedResults.Ok(await ForMonthAsync(zone.Id, year ?? day.Today.Year, month ?? day.Today.Month, db, ct));
        })
        .RequireAuthorization(Policies.ApiInnovationReader)
        .WithName("ServiceTimeliness")
        .WithSummary("Per handling department: requests due in the month and how many were answered by their due date");
}

using Gaoxin.Data;
using Gaoxin.Hosting.Api;
using Gaoxin.Modules.Innovation.Domain;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Gaoxin.Modules.Innovation.Features.Services;

/// <summary>
/// The desk's monthly statistics: received (raised in the month), answered (answered in the month), answered in time
/// (of those, on or before the due date), overdue (answered late in the month, or still unanswered past the due date at
/// the month's end — or today for the current month) and mean satisfaction (of those answered in the month and rated);
/// for each month of the year, and for the chosen month by type and by department.
/// </summary>
public static class ServiceStatistics
{
    public sealed record Figures(int Received, int Answered, int AnsweredInTime, int Overdue, decimal? MeanSatisfaction);

    public sealed record MonthFigures(int Month, Figures Figures);

    public sealed record KeyFigures(string Key, Figures Figures);

    public sealed record Result(int Year, int Month, Figures Totals, IReadOnlyList<MonthFigures> Months, IReadOnlyList<KeyFigures> ByType, IReadOnlyList<KeyFigures> ByDepartment);

    public static Figures Of(IReadOnlyCollection<ServiceRequest> requests, int year, int month, DateOnly today)
    {
        var first = new DateOnly(year, month, 1);
        var last = first.AddMonths(1).AddDays(-1);
        var asOf = last < today ? last : today;
        bool In(DateOnly? d) => d is { } x && x >= first && x <= last;
        var answered = requests.Where(r => In(r.AnsweredOn)).ToList();
        var overdue = first > today ? 0 : requests.Count(r => (In(r.AnsweredOn) && r.DueOn is not null && !r.AnsweredInTime)
            || (r.DueOn is { } due && due < asOf && r.RaisedOn <= asOf && (r.AnsweredOn is null || r.AnsweredOn > asOf)));
        var rated = answered.Where(r => r.Satisfaction is not null).ToList();
        return new Figures(requests.Count(r => In(r.RaisedOn)), answered.Count, answered.Count(r => r.AnsweredInTime), overdue,
            rated.Count == 0 ? null : Math.Round(rated.Average(r => (decimal)r.Satisfaction!.Value), 2, MidpointRounding.AwayFromZero));
    }

    public static async Task<Result> Handle(Guid zoneId, int year, int month, GaoxinDb db, DateOnly today, CancellationToken ct)
    {
        EnterpriseAccess.RequireStaff(db);
        EnterpriseAccess.RequireYear(year);
        if (month is < 1 or > 12)
        {
            throw FieldsException.One("month", Text.Get("Svc.Err.Month"));
        }

        var start = new DateOnly(year, 1, 1);
        var requests = await db.ServiceRequests.AsNoTracking().Where(r => r.ZoneId == zoneId && r.RaisedOn < start.AddYears(1) && (r.AnsweredOn == null || r.AnsweredOn >= start)).ToListAsync(ct);
        var departments = await db.Departments.AsNoTracking().IgnoreQueryFilters().Where(d => d.ZoneId == zoneId).ToDictionaryAsync(d => d.Id, d => d.Name, ct);
        var byType = requests.GroupBy(r => r.Type).Select(g => new KeyFigures(g.Key, Of(g.ToList(), year, month, today)))
            .Where(k => k.Figures != Empty).OrderBy(k => k.Key, StringComparer.Ordinal).ToList();
        var byDepartment = requests.GroupBy(r => r.DepartmentId)
            .Select(g => new KeyFigures(g.Key is { } d ? departments.GetValueOrDefault(d, "?") : Text.Get("Svc.Unassigned"), Of(g.ToList(), year, month, today)))
            .Where(k => k.Figures != Empty).OrderBy(k => k.Key, StringComparer.Ordinal).ToList();
        return new Result(year, month, Of(requests, year, month, today), Enumerable.Range(1, 12).Select(m => new MonthFigures(m, Of(requests, year, m, today))).ToList(), byType, byDepartment);
    }

    private static readonly Figures Empty = new(0, 0, 0, 0, null);

    public static void Map(RouteGroupBuilder zone) => zone
        .MapGet("/services/statistics", async Task<Ok<Result>> (ZoneRoute zone, int? year, int? month, GaoxinDb db, BusinessDay day, CancellationToken ct)
            => TypedResults.Ok(await Handle(zone.Id, year ?? day.Today.Year, month ?? day.Today.Month, db, day.Today, ct)))
        .RequireAuthorization(Policies.ApiInnovationReader)
        .WithName("ServiceStatistics")
        .WithSummary("Monthly statistics of the service desk: received, answered, answered in time, overdue, mean satisfaction; by month, type and department");
}

using Gaoxin.Data;
using Gaoxin.Engines.Calendar;
using Gaoxin.Hosting.Api;
using Gaoxin.Modules.Innovation.Domain;
using Gaoxin.Modules.Schedules.Domain;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Gaoxin.Modules.Innovation.Features.Services;

/// <summary>
/// Moves a service request along 受理/分派 → 办理中 → 已答复 → 已评价 → 关闭. Staff route, start, answer and close; the
/// enterprise (or staff recording its answer) rates. Each step needs the version the caller saw: two people acting on
/// the same request at once get a 409, not a silent overwrite.
/// </summary>
public static class AdvanceServiceRequest
{
    /// <summary>The longest time limit a desk may set (working days).</summary>
    public const int MaxLimit = 60;

    public sealed record Accept(Guid DepartmentId, string? Handler, int LimitWorkingDays, long Version);

    public sealed record Step(long Version);

    public sealed record Answer(string? Reply, long Version);

    public sealed record Rating(int Satisfaction, string? Comment, long Version);

    private static async Task<ServiceRequest> LoadAsync(ZoneRoute zone, Guid id, long version, GaoxinDb db, CancellationToken ct)
    {
        zone.RequireWritable(db);
        var request = await ServiceRequestDtos.FindAsync(db, zone.Id, id, ct);
        request.RequireVersion(version);
        return request;
    }

    public static async Task<ServiceRequest> AcceptAsync(ZoneRoute zone, Guid id, Accept body, GaoxinDb db, DateOnly today, CancellationToken ct)
    {
        EnterpriseAccess.RequireStaff(db);
        if (body.LimitWorkingDays is < 1 or > MaxLimit)
        {
            throw FieldsException.One("limitWorkingDays", Text.Get("Svc.Err.Limit", 1, MaxLimit));
        }

        if (body.Handler?.Trim().Length > 100)
        {
            throw FieldsException.One("handler", Text.Get("Err.CellTooLong", 100));
        }

        var request = await LoadAsync(zone, id, body.Version, db, ct);
        if (!await db.Departments.AnyAsync(d => d.Id == body.DepartmentId && d.ZoneId == zone.Id, ct))
        {
            throw FieldsException.One("departmentId", Text.Get("Err.UnknownDepartment"));
        }

        var calendar = await ScheduleCalendars.ForZoneAsync(zone.Id, db, ct);
        DateOnly due;
        try
        {
            // The n-th working day after the day it is accepted, on the zone's calendar (holidays and make-up days included).
            due = calendar.AddWorkingDays(request.AcceptedOn ?? today, body.LimitWorkingDays);
        }
        catch (CalendarYearNotLoadedException e)
        {
            throw FieldsException.One("limitWorkingDays", e.Message);
        }

        request.Accept(body.DepartmentId, body.Handler, body.LimitWorkingDays, due, today);
        await db.SaveChangesAsync(ct);
        return request;
    }

    public static async Task<ServiceRequest> StartAsync(ZoneRoute zone, Guid id, Step body, GaoxinDb db, CancellationToken ct)
    {
        EnterpriseAccess.RequireStaff(db);
        var request = await LoadAsync(zone, id, body.Version, db, ct);
        request.Start();
        await db.SaveChangesAsync(ct);
        return request;
    }

    public static async Task<ServiceRequest> AnswerAsync(ZoneRoute zone, Guid id, Answer body, GaoxinDb db, DateOnly today, CancellationToken ct)
    {
        EnterpriseAccess.RequireStaff(db);
        var reply = body.Reply?.Trim() ?? string.Empty;
        if (reply.Length is < 2 or > 2000)
        {
            throw FieldsException.One("reply", Text.Get("Svc.Err.Title", 2, 2000));
        }

        var request = await LoadAsync(zone, id, body.Version, db, ct);
        request.Answer(reply, today);
        await db.SaveChangesAsync(ct);
        return request;
    }

    public static async Task<ServiceRequest> RateAsync(ZoneRoute zone, Guid id, Rating body, GaoxinDb db, CancellationToken ct)
    {
        if (body.Satisfaction is < 1 or > 5)
        {
            throw FieldsException.One("satisfaction", Text.Get("Svc.Err.Satisfaction"));
        }

        if (body.Comment?.Trim().Length > 500)
        {
            throw FieldsException.One("comment", Text.Get("Err.CellTooLong", 500));
        }

        var request = await LoadAsync(zone, id, body.Version, db, ct);
        request.Rate(body.Satisfaction, body.Comment);
        await db.SaveChangesAsync(ct);
        return request;
    }

    public static async Task<ServiceRequest> CloseAsync(ZoneRoute zone, Guid id, Step body, GaoxinDb db, DateOnly today, CancellationToken ct)
    {
        EnterpriseAccess.RequireStaff(db);
        var request = await LoadAsync(zone, id, body.Version, db, ct);
        request.Close(today);
        await db.SaveChangesAsync(ct);
        return request;
    }

    public static void Map(RouteGroupBuilder zone)
    {
        zone.MapPost("/services/{id:guid}/accept", async Task<Ok<ServiceRequestDto>> (ZoneRoute zone, Guid id, Accept body, GaoxinDb db, BusinessDay day, CancellationToken ct)
                => TypedResults.Ok(await db.ToDtoAsync(await AcceptAsync(zone, id, body, db, day.Today, ct), day.Today, ct)))
            .RequireAuthorization(Policies.ApiInnovationEditor).WithName("AcceptServiceRequest")
            .WithSummary("受理/分派: routes a request to a department (and a person) with a time limit in working days on the zone's calendar");
        zone.MapPost("/services/{id:guid}/start", async Task<Ok<ServiceRequestDto>> (ZoneRoute zone, Guid id, Step body, GaoxinDb db, BusinessDay day, CancellationToken ct)
                => TypedResults.Ok(await db.ToDtoAsync(await StartAsync(zone, id, body, db, ct), day.Today, ct)))
            .RequireAuthorization(Policies.ApiInnovationEditor).WithName("StartServiceRequest").WithSummary("办理中: the handler starts");
        zone.MapPost("/services/{id:guid}/answer", async Task<Ok<ServiceRequestDto>> (ZoneRoute zone, Guid id, Answer body, GaoxinDb db, BusinessDay day, CancellationToken ct)
                => TypedResults.Ok(await db.ToDtoAsync(await AnswerAsync(zone, id, body, db, day.Today, ct), day.Today, ct)))
            .RequireAuthorization(Policies.ApiInnovationEditor).WithName("AnswerServiceRequest").WithSummary("已答复: the handler's reply");
        zone.MapPost("/services/{id:guid}/rate", async Task<Ok<ServiceRequestDto>> (ZoneRoute zone, Guid id, Rating body, GaoxinDb db, BusinessDay day, CancellationToken ct)
                => TypedResults.Ok(await db.ToDtoAsync(await RateAsync(zone, id, body, db, ct), day.Today, ct)))
            .RequireAuthorization(Policies.ApiEnterpriseFile).WithName("RateServiceRequest").WithSummary("已评价: the enterprise's satisfaction 1–5 with an answered request");
        zone.MapPost("/services/{id:guid}/close", async Task<Ok<ServiceRequestDto>> (ZoneRoute zone, Guid id, Step body, GaoxinDb db, BusinessDay day, CancellationToken ct)
                => TypedResults.Ok(await db.ToDtoAsync(await CloseAsync(zone, id, body, db, day.Today, ct), day.Today, ct)))
            .RequireAuthorization(Policies.ApiInnovationEditor).WithName("CloseServiceRequest").WithSummary("关闭: closes an answered request");
    }
}

using System.Data;
using Gaoxin.Data;
using Gaoxin.Hosting.Api;
using Gaoxin.Modules.Innovation.Domain;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;

namespace Gaoxin.Modules.Innovation.Features.Services;

/// <summary>The service desk's list: search; filter by status, type, department, open or overdue; sort; page; Excel. An enterprise account sees only its own requests.</summary>
public static class ListServiceRequests
{
    public sealed record Query(string? Search = null, ServiceStatus? Status = null, string? Type = null, Guid? DepartmentId = null, bool? Open = null, bool? Overdue = null,
        string? Sort = null, bool Descending = false, int Page = 1, int PageSize = 50);

    public static async Task<IQueryable<ServiceRequest>> FilterAsync(Query query, Guid zoneId, DateOnly today, GaoxinDb db, CancellationToken ct)
    {
        var requests = db.ServiceRequests.AsNoTracking().Where(r => r.ZoneId == zoneId);
        if (EnterpriseAccess.IsEnterpriseUser(db))
        {
            var own = await EnterpriseAccess.OwnEnterpriseAsync(db, ct) ?? Guid.Empty;
            requests = requests.Where(r => r.EnterpriseId == own);
        }

        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            var s = query.Search.Trim();
            requests = requests.Where(r => r.Title.Contains(s) || (r.Detail != null && r.Detail.Contains(s)) || (r.Handler != null && r.Handler.Contains(s))
                || db.Enterprises.Any(e => e.Id == r.EnterpriseId && e.Name.Contains(s)));
        }

        if (query.Status is { } status)
        {
            requests = requests.Where(r => r.Status == status);
        }

        if (!string.IsNullOrWhiteSpace(query.Type))
        {
            requests = requests.Where(r => r.Type == query.Type.Trim());
        }

        if (query.DepartmentId is { } department)
        {
            requests = requests.Where(r => r.DepartmentId == department);
        }

        if (query.Open is true)
        {
            requests = requests.Where(r => r.Status != ServiceStatus.Closed);
        }

        if (query.Overdue is true)
        {
            requests = requests.Where(r => (r.Status == ServiceStatus.Submitted || r.Status == ServiceStatus.Accepted || r.Status == ServiceStatus.InProgress) && r.DueOn != null && r.DueOn < today);
        }

        return (query.Sort?.ToLowerInvariant(), query.Descending) switch
        {
            ("due", false) => requests.OrderBy(r => r.DueOn).ThenBy(r => r.Id),
            ("due", true) => requests.OrderByDescending(r => r.DueOn).ThenBy(r => r.Id),
            ("status", false) => requests.OrderBy(r => r.Status).ThenBy(r => r.Id),
            ("status", true) => requests.OrderByDescending(r => r.Status).ThenBy(r => r.Id),
            ("type", false) => requests.OrderBy(r => r.Type).ThenBy(r => r.Id),
            ("type", true) => requests.OrderByDescending(r => r.Type).ThenBy(r => r.Id),
            ("title", false) => requests.OrderBy(r => r.Title).ThenBy(r => r.Id),
            ("title", true) => requests.OrderByDescending(r => r.Title).ThenBy(r => r.Id),
            (_, false) => requests.OrderByDescending(r => r.RaisedOn).ThenByDescending(r => r.Id),
            (_, true) => requests.OrderBy(r => r.RaisedOn).ThenBy(r => r.Id),
        };
    }

    public static async Task<Paged<ServiceRequestDto>> Handle(Query query, Guid zoneId, DateOnly today, GaoxinDb db, CancellationToken ct)
    {
        var requests = await FilterAsync(query, zoneId, today, db, ct);
        var total = await requests.CountAsync(ct);
        var size = Paging.Clamp(query.PageSize);
        var page = Math.Max(1, query.Page);
        var items = await requests.Skip((page - 1) * size).Take(size).ToListAsync(ct);
        return new Paged<ServiceRequestDto>(await db.ToDtosAsync(items, today, ct), total, page, size);
    }

    /// <summary>The types in use in the zone, after the defaults (a zone adds a type by using it).</summary>
    public static async Task<List<string>> TypesAsync(Guid zoneId, GaoxinDb db, CancellationToken ct)
    {
        var used = await db.ServiceRequests.AsNoTracking().Where(r => r.ZoneId == zoneId).Select(r => r.Type).Distinct().ToListAsync(ct);
        return ServiceRequest.DefaultTypes.Concat(used.Except(ServiceRequest.DefaultTypes).Order(StringComparer.Ordinal)).ToList();
    }

    public static async Task WriteAsync(Stream stream, Guid zoneId, Query query, DateOnly today, GaoxinDb db, CancellationToken ct)
    {
        var items = await db.ToDtosAsync(await (await FilterAsync(query, zoneId, today, db, ct)).ToListAsync(ct), today, ct);
        var table = new DataTable("services");
        foreach (var header in new[] { "类型 Type", "事项 Title", "企业 Enterprise", "提交日期 Raised", "状态 Status", "承办部门 Department", "承办人 Handler", "时限（工作日） Limit (working days)",
                     "到期日 Due", "答复日期 Answered", "按期答复 In time", "逾期 Overdue", "满意度 Satisfaction", "答复 Reply" })
        {
            table.Columns.Add(header, typeof(object));
        }

        foreach (var r in items)
        {
            table.Rows.Add(new object?[]
                {
                    r.Type, r.Title, r.Enterprise, r.RaisedOn.ToString("yyyy-MM-dd"), Text.Get("Svc.Status." + r.Status), r.Department, r.Handler, r.LimitWorkingDays,
                    r.DueOn?.ToString("yyyy-MM-dd"), r.AnsweredOn?.ToString("yyyy-MM-dd"), r.AnsweredOn is null ? null : r.AnsweredInTime ? "是" : "否", r.Overdue ? "是" : "否", r.Satisfaction, r.Reply,
                }
                .Select(v => v is string s ? ExcelFiles.Cell(s) : v ?? DBNull.Value).ToArray());
        }

        await stream.SaveAsAsync(new Dictionary<string, object> { ["服务 Services"] = table }, cancellationToken: ct);
    }

    public static void Map(RouteGroupBuilder zone)
    {
        zone.MapGet("/services", async Task<Ok<Paged<ServiceRequestDto>>> (ZoneRoute zone, [AsParameters] Query query, GaoxinDb db, BusinessDay day, CancellationToken ct)
                => TypedResults.Ok(await Handle(query, zone.Id, day.Today, db, ct)))
            .RequireAuthorization(Policies.ApiEnterpriseFile)
            .WithName("ListServiceRequests")
            .WithSummary("The service desk's requests (an enterprise account: its own) with status, due date and overdue flag");
        zone.MapGet("/services/{id:guid}", async Task<Ok<ServiceRequestDto>> (ZoneRoute zone, Guid id, GaoxinDb db, BusinessDay day, CancellationToken ct)
                => TypedResults.Ok(await db.ToDtoAsync(await ServiceRequestDtos.FindAsync(db, zone.Id, id, ct, track: false), day.Today, ct)))
            .RequireAuthorization(Policies.ApiEnterpriseFile)
            .WithName("GetServiceRequest")
            .WithSummary("One service request");
    }

    public static void MapExport(IEndpointRouteBuilder app) => app
        .MapGet("/export/services.xlsx", async (ZoneRoute zone, [AsParameters] Query query, GaoxinDb db, BusinessDay day, CancellationToken ct) =>
        {
            var stream = new MemoryStream();
            await WriteAsync(stream, zone.Id, query, day.Today, db, ct);
            stream.Position = 0;
            return Results.File(stream, ExcelFiles.ContentType, $"services-{zone.Zone.Code}.xlsx");
        })
        .RequireAuthorization(Policies.EnterpriseFile)
        .ExcludeFromDescription();
}

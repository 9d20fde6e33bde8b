using Gaoxin.Data;
using Gaoxin.Modules.Innovation.Domain;
using Microsoft.EntityFrameworkCore;

namespace Gaoxin.Modules.Innovation.Features.Services;

/// <summary>A service request as shown: with the enterprise's and department's names, and whether it is overdue today.</summary>
public sealed record ServiceRequestDto(
    Guid Id, string Type, string Title, string? Detail, Guid EnterpriseId, string Enterprise, string RaisedBy, DateOnly RaisedOn, ServiceStatus Status,
    Guid? DepartmentId, string? Department, string? Handler, int? LimitWorkingDays, DateOnly? AcceptedOn, DateOnly? DueOn, string? Reply, DateOnly? AnsweredOn,
    int? Satisfaction, string? Comment, DateOnly? ClosedOn, bool Overdue, bool AnsweredInTime, bool IsSampleData, long Version);

public static class ServiceRequestDtos
{
    public static async Task<List<ServiceRequestDto>> ToDtosAsync(this GaoxinDb db, IReadOnlyCollection<ServiceRequest> requests, DateOnly today, CancellationToken ct)
    {
        var enterpriseIds = requests.Select(r => r.EnterpriseId).Distinct().ToList();
        var names = await db.Enterprises.AsNoTracking().Where(e => enterpriseIds.Contains(e.Id)).ToDictionaryAsync(e => e.Id, e => e.Name, ct);
        var departmentIds = requests.Where(r => r.DepartmentId != null).Select(r => r.DepartmentId!.Value).Distinct().ToList();
        var departments = await db.Departments.AsNoTracking().IgnoreQueryFilters().Where(d => departmentIds.Contains(d.Id)).ToDictionaryAsync(d => d.Id, d => d.Name, ct);
        return requests.Select(r => new ServiceRequestDto(r.Id, r.Type, r.Title, r.Detail, r.EnterpriseId, names.GetValueOrDefault(r.EnterpriseId) ?? "?", r.RaisedBy, r.RaisedOn, r.Status,
            r.DepartmentId, r.DepartmentId is { } d ? departments.GetValueOrDefault(d) : null, r.Handler, r.LimitWorkingDays, r.AcceptedOn, r.DueOn, r.Reply, r.AnsweredOn,
            r.Satisfaction, r.Comment, r.ClosedOn, r.IsOverdue(today), r.AnsweredInTime, r.IsSampleData, r.Version)).ToList();
    }

    public static async Task<ServiceRequestDto> ToDtoAsync(this GaoxinDb db, ServiceRequest request, DateOnly today, CancellationToken ct)
        => (await db.ToDtosAsync([request], today, ct))[0];

    /// <summary>The request, if the caller may see it: staff any of the zone, an enterprise account only its own enterprise's (others answer 404).</summary>
    public static async Task<ServiceRequest> FindAsync(GaoxinDb db, Guid zoneId, Guid id, CancellationToken ct, bool track = true)
    {
        var query = track ? db.ServiceRequests : db.ServiceRequests.AsNoTracking();
        var request = await query.FirstOrDefaultAsync(r => r.Id == id && r.ZoneId == zoneId, ct);
        if (request is null || (EnterpriseAccess.IsEnterpriseUser(db) && await EnterpriseAccess.OwnEnterpriseAsync(db, ct) != request.EnterpriseId))
        {
            throw new DomainException(Text.Get("Err.NoSuchRecord", Text.Get("Thing.serviceRequest")), StatusCodes.Status404NotFound);
        }

        return request;
    }
}

using Gaoxin.Data;
using Gaoxin.Hosting.Api;
using Gaoxin.Modules.Innovation.Domain;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Gaoxin.Modules.Innovation.Features.Services;

/// <summary>
/// 提交: an enterprise account raises a request for its own enterprise (any other enterprise named is refused as unknown);
/// staff raise one for any enterprise of the zone's file.
/// </summary>
public static class RaiseServiceRequest
{
    public sealed record Request(Guid? EnterpriseId, string? Type, string? Title, string? Detail);

    public static async Task<ServiceRequest> Handle(Guid zoneId, Request request, GaoxinDb db, DateOnly today, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        var type = request.Type?.Trim() ?? string.Empty;
        if (type.Length is 0 or > 30)
        {
            errors["type"] = [Text.Get("Svc.Err.Type", 30)];
        }

        var title = request.Title?.Trim() ?? string.Empty;
        if (title.Length is < 2 or > 200)
        {
            errors["title"] = [Text.Get("Svc.Err.Title", 2, 200)];
        }

        if (request.Detail?.Trim().Length > 2000)
        {
            errors["detail"] = [Text.Get("Err.CellTooLong", 2000)];
        }

        Guid? enterpriseId = EnterpriseAccess.IsEnterpriseUser(db) ? await EnterpriseAccess.OwnEnterpriseAsync(db, ct) ?? request.EnterpriseId : request.EnterpriseId;
        if (enterpriseId is null)
        {
            errors["enterpriseId"] = [Text.Get("Svc.Err.Enterprise")];
        }

        if (errors.Count > 0)
        {
            throw new FieldsException(errors);
        }

        var enterprise = await EnterpriseAccess.FindAsync(db, zoneId, enterpriseId!.Value, ct, track: false);
        if (!db.Scope.CanWrite(zoneId))
        {
            throw new DomainException(Text.Get("Err.ReadOnlyZone"), StatusCodes.Status403Forbidden);
        }

        var raised = new ServiceRequest(zoneId, enterprise.Id, type, title, request.Detail, db.Scope.UserName ?? "?", today);
        db.ServiceRequests.Add(raised);
        await db.SaveChangesAsync(ct);
        return raised;
    }

    public static void Map(RouteGroupBuilder zone) => zone
        .MapPost("/services", async Task<Created<ServiceRequestDto>> (ZoneRoute zone, Request request, GaoxinDb db, BusinessDay day, CancellationToken ct) =>
        {
            var raised = await Handle(zone.Id, request, db, day.Today, ct);
            return TypedResults.Created($"/api/v1/zones/{zone.Zone.Code}/services/{raised.Id}", await db.ToDtoAsync(raised, day.Today, ct));
        })
        .RequireAuthorization(Policies.ApiEnterpriseFile)
        .WithName("RaiseServiceRequest")
        .WithSummary("提交: raises a service request (type, title, detail) for an enterprise of the file; an enterprise account for its own");
}

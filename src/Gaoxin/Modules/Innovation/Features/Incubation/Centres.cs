using Gaoxin.Data;
using Gaoxin.Hosting.Api;
using Gaoxin.Modules.Innovation.Domain;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Gaoxin.Modules.Innovation.Features.Incubation;

public sealed record CentreDto(Guid Id, string Partner, string Name, string Field, Guid? EnterpriseId, string? Enterprise, CarrierLevel Level, DateOnly StartOn, DateOnly? EndOn, bool IsSampleData);

/// <summary>University–enterprise centres (校企合作) and R&amp;D platforms: partner university, centre, field, enterprise, level, dates (the end not before the start).</summary>
public static class Centres
{
    public sealed record Request(string? Partner, string? Name, string? Field, Guid? EnterpriseId, CarrierLevel Level, DateOnly StartOn, DateOnly? EndOn);

    public sealed record Query(string? Search = null, CarrierLevel? Level = null, int Page = 1, int PageSize = 50);

    public static async Task<UniversityCentre> CreateAsync(ZoneRoute zone, Request request, GaoxinDb db, CancellationToken ct)
    {
        EnterpriseAccess.RequireStaff(db);
        var errors = new Dictionary<string, string[]>();
        foreach (var (field, value, max) in new[] { ("partner", request.Partner, 200), ("name", request.Name, 200), ("field", request.Field, 100) })
        {
            if ((value?.Trim().Length ?? 0) is var n && (n < 2 || n > max))
            {
                errors[field] = [Text.Get("Svc.Err.Title", 2, max)];
            }
        }

        if (request.EndOn < request.StartOn)
        {
            errors["endOn"] = [Text.Get("Inc.Err.EndBeforeStart", request.EndOn?.ToString("yyyy-MM-dd"), request.StartOn.ToString("yyyy-MM-dd"))];
        }

        if (!Enum.IsDefined(request.Level))
        {
            errors["level"] = [Text.Get("Inc.Err.Kind")];
        }

        if (errors.Count > 0)
        {
            throw new FieldsException(errors);
        }

        zone.RequireWritable(db);
        if (request.EnterpriseId is { } enterpriseId)
        {
            await EnterpriseAccess.FindAsync(db, zone.Id, enterpriseId, ct, track: false);
        }

        var centre = new UniversityCentre(zone.Id, request.Partner!, request.Name!, request.Field!, request.EnterpriseId, request.Level, request.StartOn, request.EndOn);
        db.UniversityCentres.Add(centre);
        await db.SaveChangesAsync(ct);
        return centre;
    }

    public static async Task<Paged<CentreDto>> ListAsync(Guid zoneId, Query query, GaoxinDb db, CancellationToken ct)
    {
        EnterpriseAccess.RequireStaff(db);
        var centres = db.UniversityCentres.AsNoTracking().Where(c => c.ZoneId == zoneId);
        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            var s = query.Search.Trim();
            centres = centres.Where(c => c.Name.Contains(s) || c.Partner.Contains(s) || c.Field.Contains(s));
        }

        if (query.Level is { } level)
        {
            centres = centres.Where(c => c.Level == level);
        }

        var total = await centres.CountAsync(ct);
        var size = Paging.Clamp(query.PageSize);
        var page = Math.Max(1, query.Page);
        var rows = await centres.OrderBy(c => c.Level).ThenBy(c => c.Name).Skip((page - 1) * size).Take(size)
            .Select(c => new CentreDto(c.Id, c.Partner, c.Name, c.Field, c.EnterpriseId, db.Enterprises.Where(e => e.Id == c.EnterpriseId).Select(e => e.Name).FirstOrDefault(),
                c.Level, c.StartOn, c.EndOn, c.IsSampleData)).ToListAsync(ct);
        return new Paged<CentreDto>(rows, total, page, size);
    }

    public static void Map(RouteGroupBuilder zone)
    {
        zone.MapGet("/centres", async Task<Ok<Paged<CentreDto>>> (ZoneRoute zone, [AsParameters] Query query, GaoxinDb db, CancellationToken ct)
                => TypedResults.Ok(await ListAsync(zone.Id, query, db, ct)))
            .RequireAuthorization(Policies.ApiInnovationReader).WithName("ListCentres").WithSummary("University–enterprise centres and R&D platforms");
        zone.MapPost("/centres", async Task<Created<CentreDto>> (ZoneRoute zone, Request request, GaoxinDb db, CancellationToken ct) =>
            {
                var c = await CreateAsync(zone, request, db, ct);
                return TypedResults.Created($"/api/v1/zones/{zone.Zone.Code}/centres/{c.Id}",
                    new CentreDto(c.Id, c.Partner, c.Name, c.Field, c.EnterpriseId, null, c.Level, c.StartOn, c.EndOn, c.IsSampleData));
            })
            .RequireAuthorization(Policies.ApiInnovationEditor).WithName("CreateCentre").WithSummary("Adds a university–enterprise centre (end not before start)");
    }
}

using Gaoxin.Data;
using Gaoxin.Hosting.Api;
using Gaoxin.Modules.Innovation.Domain;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Gaoxin.Modules.Innovation.Features.Incubation;

public sealed record CentreDto(Guid Id, string Partner, string Name, string Field, Guid? EnterpriseId, string? Enterprise, CarrierLevel Level, DateOnly StartOn, DateOnly? EndOn, bool IsSampleData,
    long Version);

/// <summary>
/// University–enterprise centres (校企合作) and R&amp;D platforms: partner university, centre, field, enterprise, level, dates (the end not before the start);
/// list, add, correct (version-checked) and remove one entered by mistake.
/// </summary>
public static class Centres
{
    public sealed record Request(string? Partner, string? Name, string? Field, Guid? EnterpriseId, CarrierLevel Level, DateOnly StartOn, DateOnly? EndOn, long Version = 0);

    public sealed record Query(string? Search = null, CarrierLevel? Level = null, string? Sort = null, bool Descending = false, int Page = 1, int PageSize = 50);

    /// <summary>The earliest start a centre may have: before it the date is taken for a missing one.</summary>
    public static readonly DateOnly EarliestStart = new(1950, 1, 1);

    /// <summary>Refuses bad input field by field (400 naming each), and an enterprise not of the zone (404), before anything is written.</summary>
    private static async Task CheckAsync(ZoneRoute zone, Request request, GaoxinDb db, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        foreach (var (field, value, max) in new[] { ("partner", request.Partner, 200), ("name", request.Name, 200), ("field", request.Field, 100) })
        {
            if ((value?.Trim().Length ?? 0) is var n && (n < 2 || n > max))
            {
                errors[field] = [Text.Get("Svc.Err.Title", 2, max)];
            }
        }

        if (request.StartOn < EarliestStart || request.StartOn.Year > 2100)
        {
            errors["startOn"] = [Text.Get("Ent.Err.Date", "1950-01-01", "2100-12-31")];
        }
        else if (request.EndOn < request.StartOn)
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
    }

    public static async Task<UniversityCentre> CreateAsync(ZoneRoute zone, Request request, GaoxinDb db, CancellationToken ct)
    {
        EnterpriseAccess.RequireStaff(db);
        await CheckAsync(zone, request, db, ct);
        var centre = new UniversityCentre(zone.Id, request.Partner!, request.Name!, request.Field!, request.EnterpriseId, request.Level, request.StartOn, request.EndOn);
        db.UniversityCentres.Add(centre);
        await db.SaveChangesAsync(ct);
        return centre;
    }

    public static async Task<UniversityCentre> UpdateAsync(ZoneRoute zone, Guid id, Request request, GaoxinDb db, CancellationToken ct)
    {
        EnterpriseAccess.RequireStaff(db);
        var centre = await FindAsync(db, zone.Id, id, ct);
        await CheckAsync(zone, request, db, ct);
        centre.RequireVersion(request.Version);
        centre.Correct(request.Partner!, request.Name!, request.Field!, request.EnterpriseId, request.Level, request.StartOn, request.EndOn);
        await db.SaveChangesAsync(ct);
        return centre;
    }

    /// <summary>Removes a centre entered by mistake: marked deleted (kept for the record, hidden from lists); version-checked like a correction.</summary>
    public static async Task DeleteAsync(ZoneRoute zone, Guid id, long version, GaoxinDb db, TimeProvider clock, CancellationToken ct)
    {
        EnterpriseAccess.RequireStaff(db);
        var centre = await FindAsync(db, zone.Id, id, ct);
        zone.RequireWritable(db);
        centre.RequireVersion(version);
        centre.Delete(clock.GetUtcNow());
        await db.SaveChangesAsync(ct);
    }

    private static async Task<UniversityCentre> FindAsync(GaoxinDb db, Guid zoneId, Guid id, CancellationToken ct)
        => await db.UniversityCentres.FirstOrDefaultAsync(c => c.Id == id && c.ZoneId == zoneId, ct)
            ?? throw new DomainException(Text.Get("Err.NoSuchRecord", Text.Get("Thing.centre")), StatusCodes.Status404NotFound);

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
        var ordered = (query.Sort?.ToLowerInvariant(), query.Descending) switch
        {
            ("name", false) => centres.OrderBy(c => c.Name),
            ("name", true) => centres.OrderByDescending(c => c.Name),
            ("partner", false) => centres.OrderBy(c => c.Partner).ThenBy(c => c.Name),
            ("partner", true) => centres.OrderByDescending(c => c.Partner).ThenBy(c => c.Name),
            ("field", false) => centres.OrderBy(c => c.Field).ThenBy(c => c.Name),
            ("field", true) => centres.OrderByDescending(c => c.Field).ThenBy(c => c.Name),
            ("start", false) => centres.OrderBy(c => c.StartOn).ThenBy(c => c.Name),
            ("start", true) => centres.OrderByDescending(c => c.StartOn).ThenBy(c => c.Name),
            (_, true) => centres.OrderByDescending(c => c.Level).ThenBy(c => c.Name),
            _ => centres.OrderBy(c => c.Level).ThenBy(c => c.Name),
        };
        var rows = await ordered.ThenBy(c => c.Id).Skip((page - 1) * size).Take(size)
            .Select(c => new CentreDto(c.Id, c.Partner, c.Name, c.Field, c.EnterpriseId, db.Enterprises.Where(e => e.Id == c.EnterpriseId).Select(e => e.Name).FirstOrDefault(),
                c.Level, c.StartOn, c.EndOn, c.IsSampleData, c.Version)).ToListAsync(ct);
        return new Paged<CentreDto>(rows, total, page, size);
    }

    private static async Task<CentreDto> DtoAsync(UniversityCentre c, GaoxinDb db, CancellationToken ct)
        => new(c.Id, c.Partner, c.Name, c.Field, c.EnterpriseId, c.EnterpriseId is { } e ? await db.Enterprises.Where(x => x.Id == e).Select(x => x.Name).FirstOrDefaultAsync(ct) : null,
            c.Level, c.StartOn, c.EndOn, c.IsSampleData, c.Version);

    public static void Map(RouteGroupBuilder zone)
    {
        zone.MapGet("/centres", async Task<Ok<Paged<CentreDto>>> (ZoneRoute zone, [AsParameters] Query query, GaoxinDb db, CancellationToken ct)
                => TypedResults.Ok(await ListAsync(zone.Id, query, db, ct)))
            .RequireAuthorization(Policies.ApiInnovationReader).WithName("ListCentres").WithSummary("University–enterprise centres and R&D platforms");
        zone.MapPost("/centres", async Task<Created<CentreDto>> (ZoneRoute zone, Request request, GaoxinDb db, CancellationToken ct) =>
            {
                var c = await CreateAsync(zone, request, db, ct);
                return TypedResults.Created($"/api/v1/zones/{zone.Zone.Code}/centres/{c.Id}", await DtoAsync(c, db, ct));
            })
            .RequireAuthorization(Policies.ApiInnovationEditor).WithName("CreateCentre").WithSummary("Adds a university–enterprise centre (end not before start)");
        zone.MapPut("/centres/{id:guid}", async Task<Ok<CentreDto>> (ZoneRoute zone, Guid id, Request request, GaoxinDb db, CancellationToken ct)
                => TypedResults.Ok(await DtoAsync(await UpdateAsync(zone, id, request, db, ct), db, ct)))
            .RequireAuthorization(Policies.ApiInnovationEditor).WithName("UpdateCentre").WithSummary("Corrects a university–enterprise centre (version-checked)");
        zone.MapDelete("/centres/{id:guid}", async Task<NoContent> (ZoneRoute zone, Guid id, long version, GaoxinDb db, TimeProvider clock, CancellationToken ct) =>
            {
                await DeleteAsync(zone, id, version, db, clock, ct);
                return TypedResults.NoContent();
            })
            .RequireAuthorization(Policies.ApiInnovationEditor).WithName("DeleteCentre").WithSummary("Removes a centre entered by mistake (?version=, version-checked)");
    }
}

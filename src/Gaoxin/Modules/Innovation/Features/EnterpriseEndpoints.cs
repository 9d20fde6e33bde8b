using Gaoxin.Data;
using Gaoxin.Hosting.Api;
using Gaoxin.Modules.Innovation.Domain;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Gaoxin.Modules.Innovation.Features;

/// <summary>Enters an enterprise into the zone's files; its credit code must be valid and not yet used in the zone.</summary>
public static class CreateEnterprise
{
    public static async Task<Enterprise> Handle(Guid zoneId, EnterpriseFields fields, GaoxinDb db, BusinessDay day, CancellationToken ct)
    {
        EnterpriseAccess.RequireStaff(db);
        if (!db.Scope.CanWrite(zoneId))
        {
            throw new DomainException(Text.Get("Err.ReadOnlyZone"), StatusCodes.Status403Forbidden);
        }

        fields.Check(day.Today);
        var code = fields.CreditCode.Trim().ToUpperInvariant();
        if (await db.Enterprises.IgnoreQueryFilters().AnyAsync(e => e.ZoneId == zoneId && e.CreditCode == code, ct))
        {
            throw new DomainException(Text.Get("Ent.Err.CodeTaken", code), StatusCodes.Status409Conflict);
        }

        var enterprise = new Enterprise(zoneId, fields.Name, code);
        fields.AssignTo(enterprise);
        db.Enterprises.Add(enterprise);
        await db.SaveChangesAsync(ct);
        return enterprise;
    }

    public static void Map(RouteGroupBuilder zone) => zone
        .MapPost("/enterprises", async Task<Created<EnterpriseDto>> (ZoneRoute zone, EnterpriseFields request, GaoxinDb db, BusinessDay day, CancellationToken ct) =>
        {
            var e = await Handle(zone.Id, request, db, day, ct);
            return TypedResults.Created($"/api/v1/zones/{zone.Zone.Code}/enterprises/{e.Id}", EnterpriseDto.From(e, []));
        })
        .RequireAuthorization(Policies.ApiInnovationEditor)
        .WithName("CreateEnterprise")
        .WithSummary("Enters an enterprise (name, unified social credit code, …); 400 naming creditCode when it is wrong, 409 when the zone has it");
}

public static class GetEnterprise
{
    public static async Task<EnterpriseDto> Handle(Guid zoneId, Guid id, GaoxinDb db, DateOnly today, CancellationToken ct)
    {
        var e = await EnterpriseAccess.FindAsync(db, zoneId, id, ct, track: false);
        var qualifications = await db.Qualifications.AsNoTracking().Where(q => q.EnterpriseId == id).OrderBy(q => q.Kind).ThenByDescending(q => q.GrantedOn).ToListAsync(ct);
        return EnterpriseDto.From(e, qualifications.Select(q => QualificationDto.From(q, today)).ToList()) with
        {
            Events = await Events.EventFigures.BriefAsync(zoneId, id, db, ct),
        };
    }

    public static void Map(RouteGroupBuilder zone) => zone
        .MapGet("/enterprises/{id:guid}", async Task<Ok<EnterpriseDto>> (ZoneRoute zone, Guid id, GaoxinDb db, BusinessDay day, CancellationToken ct)
            => TypedResults.Ok(await Handle(zone.Id, id, db, day.Today, ct)))
        .RequireAuthorization(Policies.ApiEnterpriseFile)
        .WithName("GetEnterprise")
        .WithSummary("One enterprise file with its qualifications and its events in short (events.count, events.latestListing); an enterprise account: its own only");
}

/// <summary>Edits an enterprise's particulars; send the version you read (409 if someone changed it since).</summary>
public static class UpdateEnterprise
{
    public sealed record Request(EnterpriseFields Fields, long Version);

    public static async Task<Enterprise> Handle(Guid zoneId, Guid id, Request request, GaoxinDb db, BusinessDay day, CancellationToken ct)
    {
        var e = await EnterpriseAccess.FindAsync(db, zoneId, id, ct);
        if (!db.Scope.CanWrite(zoneId))
        {
            throw new DomainException(Text.Get("Err.ReadOnlyZone"), StatusCodes.Status403Forbidden);
        }

        e.RequireVersion(request.Version);
        request.Fields.Check(day.Today);
        var code = request.Fields.CreditCode.Trim().ToUpperInvariant();
        if (code != e.CreditCode)
        {
            // The credit code identifies the file: only staff change it, and never onto another file's code.
            EnterpriseAccess.RequireStaff(db);
            if (await db.Enterprises.IgnoreQueryFilters().AnyAsync(x => x.ZoneId == zoneId && x.CreditCode == code && x.Id != id, ct))
            {
                throw new DomainException(Text.Get("Ent.Err.CodeTaken", code), StatusCodes.Status409Conflict);
            }
        }

        request.Fields.AssignTo(e);
        await db.SaveChangesAsync(ct);
        return e;
    }

    public static void Map(RouteGroupBuilder zone) => zone
        .MapPut("/enterprises/{id:guid}", async Task<Ok<EnterpriseDto>> (ZoneRoute zone, Guid id, Request request, GaoxinDb db, BusinessDay day, CancellationToken ct) =>
        {
            await Handle(zone.Id, id, request, db, day, ct);
            return TypedResults.Ok(await GetEnterprise.Handle(zone.Id, id, db, day.Today, ct));
        })
        .RequireAuthorization(Policies.ApiEnterpriseFile)
        .WithName("UpdateEnterprise")
        .WithSummary("Edits an enterprise's particulars (version-checked; an enterprise account: its own file, not its credit code)");
}

/// <summary>A zone's enterprises: search by name or code, filter by industry, chain and qualification in force, sort, page.</summary>
public static class ListEnterprises
{
    public sealed record Query(string? Search = null, string? Industry = null, string? Chain = null, Engines.Qualifications.QualificationKind? Qualification = null,
        int? Year = null, string? Sort = null, bool Descending = false, int Page = 1, int PageSize = 50);

    public sealed record Row(Guid Id, string Name, string CreditCode, string Industry, string Chain, DateOnly? RegisteredOn, decimal? Revenue, int? Staff,
        IReadOnlyList<Engines.Qualifications.QualificationKind> Qualifications, bool IsSampleData);

    public static IQueryable<Enterprise> Filter(Query query, Guid zoneId, GaoxinDb db, DateOnly today)
    {
        var list = db.Enterprises.AsNoTracking().Where(e => e.ZoneId == zoneId);
        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            var s = query.Search.Trim();
            var upper = s.ToUpperInvariant();
            list = list.Where(e => e.Name.Contains(s) || e.CreditCode.Contains(upper));
        }

        if (!string.IsNullOrWhiteSpace(query.Industry))
        {
            var industry = query.Industry.Trim();
            list = list.Where(e => e.Industry == industry);
        }

        if (!string.IsNullOrWhiteSpace(query.Chain))
        {
            var chain = query.Chain.Trim();
            list = list.Where(e => e.Chain == chain);
        }

        if (query.Qualification is { } kind)
        {
            list = list.Where(e => db.Qualifications.Any(q => q.EnterpriseId == e.Id && q.Kind == kind && q.GrantedOn <= today && q.ExpiresOn >= today));
        }

        var year = query.Year ?? today.Year - 1;
        return (query.Sort?.ToLowerInvariant(), query.Descending) switch
        {
            ("code", false) => list.OrderBy(e => e.CreditCode),
            ("code", true) => list.OrderByDescending(e => e.CreditCode),
            ("registered", false) => list.OrderBy(e => e.RegisteredOn).ThenBy(e => e.Name),
            ("registered", true) => list.OrderByDescending(e => e.RegisteredOn).ThenBy(e => e.Name),
            ("revenue", false) => list.OrderBy(e => db.EnterpriseYears.Where(y => y.EnterpriseId == e.Id && y.Year == year).Select(y => (long?)y.RevenueFen).FirstOrDefault()).ThenBy(e => e.Name),
            ("revenue", true) => list.OrderByDescending(e => db.EnterpriseYears.Where(y => y.EnterpriseId == e.Id && y.Year == year).Select(y => (long?)y.RevenueFen).FirstOrDefault()).ThenBy(e => e.Name),
            (_, true) => list.OrderByDescending(e => e.Name).ThenBy(e => e.CreditCode),
            _ => list.OrderBy(e => e.Name).ThenBy(e => e.CreditCode),
        };
    }

    public static async Task<Paged<Row>> Handle(Query query, Guid zoneId, GaoxinDb db, DateOnly today, CancellationToken ct)
    {
        EnterpriseAccess.RequireStaff(db);
        var list = Filter(query, zoneId, db, today);
        var total = await list.CountAsync(ct);
        var size = Paging.Clamp(query.PageSize);
        var page = Math.Max(1, query.Page);
        var year = query.Year ?? today.Year - 1;
        var rows = await list.Skip((page - 1) * size).Take(size).Select(e => new
        {
            e.Id, e.Name, e.CreditCode, e.Industry, e.Chain, e.RegisteredOn, e.IsSampleData,
            Figures = db.EnterpriseYears.Where(y => y.EnterpriseId == e.Id && y.Year == year).Select(y => new { y.RevenueFen, y.Staff }).FirstOrDefault(),
        }).ToListAsync(ct);
        var ids = rows.Select(r => r.Id).ToList();
        var held = await db.Qualifications.AsNoTracking().Where(q => ids.Contains(q.EnterpriseId) && q.GrantedOn <= today && q.ExpiresOn >= today)
            .Select(q => new { q.EnterpriseId, q.Kind }).ToListAsync(ct);
        return new Paged<Row>(rows.Select(r => new Row(r.Id, r.Name, r.CreditCode, r.Industry, r.Chain, r.RegisteredOn, r.Figures is null ? null : r.Figures.RevenueFen / 100m,
            r.Figures?.Staff, held.Where(h => h.EnterpriseId == r.Id).Select(h => h.Kind).Distinct().Order().ToList(), r.IsSampleData)).ToList(), total, page, size);
    }

    public static void Map(RouteGroupBuilder zone) => zone
        .MapGet("/enterprises", async Task<Ok<Paged<Row>>> (ZoneRoute zone, [AsParameters] Query query, GaoxinDb db, BusinessDay day, CancellationToken ct)
            => TypedResults.Ok(await Handle(query, zone.Id, db, day.Today, ct)))
        .RequireAuthorization(Policies.ApiInnovationReader)
        .WithName("ListEnterprises")
        .WithSummary("A zone's enterprises: search, filter by industry, chain and qualification in force, sort by name, code, registration or revenue; page");
}

/// <summary>Binds an enterprise account to the enterprise whose file it keeps (zone admins).</summary>
public static class BindEnterpriseAccount
{
    public sealed record Request(Guid UserId);

    public static async Task Handle(Guid zoneId, Guid id, Request request, GaoxinDb db, CancellationToken ct)
    {
        EnterpriseAccess.RequireStaff(db);
        var enterprise = await EnterpriseAccess.FindAsync(db, zoneId, id, ct);
        if (!db.Scope.CanWrite(zoneId) || !(db.Scope.IsInRole(Accounts.Domain.Roles.ZoneAdmin) || db.Scope.IsInRole(Accounts.Domain.Roles.PlatformAdmin)))
        {
            throw new DomainException(Text.Get("Err.ReadOnlyZone"), StatusCodes.Status403Forbidden);
        }

        var user = await db.Users.FirstOrDefaultAsync(u => u.Id == request.UserId && u.ZoneId == zoneId, ct)
            ?? throw new DomainException(Text.Get("Err.NoSuchRecord", Text.Get("Thing.account")), StatusCodes.Status404NotFound);
        var roles = await (from ur in db.UserRoles join r in db.Roles on ur.RoleId equals r.Id where ur.UserId == user.Id select r.Name).ToListAsync(ct);
        if (!roles.Contains(Accounts.Domain.Roles.Enterprise))
        {
            throw new DomainException(Text.Get("Ent.Err.NotEnterpriseAccount", user.UserName));
        }

        var binding = await db.EnterpriseAccounts.FirstOrDefaultAsync(a => a.UserId == user.Id, ct);
        if (binding is null)
        {
            db.EnterpriseAccounts.Add(new EnterpriseAccount(zoneId, user.Id, enterprise.Id));
        }
        else
        {
            binding.EnterpriseId = enterprise.Id;
        }

        await db.SaveChangesAsync(ct);
    }

    public static void Map(RouteGroupBuilder zone) => zone
        .MapPost("/enterprises/{id:guid}/accounts", async Task<NoContent> (ZoneRoute zone, Guid id, Request request, GaoxinDb db, CancellationToken ct) =>
        {
            await Handle(zone.Id, id, request, db, ct);
            return TypedResults.NoContent();
        })
        .RequireAuthorization(Policies.ApiZoneAdmin)
        .WithName("BindEnterpriseAccount")
        .WithSummary("Binds an enterprise-role account to this enterprise: it then reads and reports this file only");
}

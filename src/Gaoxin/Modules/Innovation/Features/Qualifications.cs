using Gaoxin.Data;
using Gaoxin.Engines.Qualifications;
using Gaoxin.Hosting.Api;
using Gaoxin.Modules.Innovation.Domain;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Gaoxin.Modules.Innovation.Features;

/// <summary>Records and corrects qualifications (staff); lists those expiring soon (HNTE re-application is due before expiry).</summary>
public static class Qualifications
{
    /// <summary>A qualification's particulars; without an expiry, the grant's validity (3 years, tech-based SME: the year) applies.</summary>
    public sealed record Request(QualificationKind Kind, QualificationLevel Level, string? CertificateNumber, DateOnly GrantedOn, DateOnly? ExpiresOn = null, long Version = 0);

    public sealed record ExpiringRow(Guid Id, Guid EnterpriseId, string Enterprise, QualificationKind Kind, QualificationLevel Level, string CertificateNumber, DateOnly ExpiresOn, int DaysLeft);

    public static DateOnly DefaultExpiry(QualificationKind kind, DateOnly granted)
        => QualificationCriteria.ValidYears(kind) == 1 ? new DateOnly(granted.Year, 12, 31) : granted.AddYears(QualificationCriteria.ValidYears(kind)).AddDays(-1);

    private static void Apply(Qualification q, Request request, DateOnly today)
    {
        if (request.CertificateNumber?.Trim().Length > 60)
        {
            throw FieldsException.One("certificateNumber", Text.Get("Err.CellTooLong", 60));
        }

        if (request.GrantedOn > today || request.GrantedOn.Year < 1990)
        {
            throw FieldsException.One("grantedOn", Text.Get("Ent.Err.Date", "1990-01-01", today.ToString("yyyy-MM-dd")));
        }

        var expires = request.ExpiresOn ?? DefaultExpiry(request.Kind, request.GrantedOn);
        if (expires < request.GrantedOn)
        {
            throw FieldsException.One("expiresOn", Text.Get("Ent.Err.ExpiryBeforeGrant", expires.ToString("yyyy-MM-dd"), request.GrantedOn.ToString("yyyy-MM-dd")));
        }

        q.Set(request.Level, request.CertificateNumber ?? string.Empty, request.GrantedOn, expires);
    }

    public static async Task<Qualification> AddAsync(Guid zoneId, Guid enterpriseId, Request request, GaoxinDb db, DateOnly today, CancellationToken ct)
    {
        EnterpriseAccess.RequireStaff(db);
        var enterprise = await EnterpriseAccess.FindAsync(db, zoneId, enterpriseId, ct, track: false);
        if (!db.Scope.CanWrite(zoneId))
        {
            throw new DomainException(Text.Get("Err.ReadOnlyZone"), StatusCodes.Status403Forbidden);
        }

        var q = new Qualification(zoneId, enterprise.Id, request.Kind);
        Apply(q, request, today);
        db.Qualifications.Add(q);
        await db.SaveChangesAsync(ct);
        return q;
    }

    public static async Task<Qualification> UpdateAsync(Guid zoneId, Guid id, Request request, GaoxinDb db, DateOnly today, CancellationToken ct)
    {
        EnterpriseAccess.RequireStaff(db);
        var q = await db.Qualifications.FirstOrDefaultAsync(x => x.Id == id && x.ZoneId == zoneId, ct)
            ?? throw new DomainException(Text.Get("Err.NoSuchRecord", Text.Get("Thing.qualification")), StatusCodes.Status404NotFound);
        if (!db.Scope.CanWrite(zoneId))
        {
            throw new DomainException(Text.Get("Err.ReadOnlyZone"), StatusCodes.Status403Forbidden);
        }

        q.RequireVersion(request.Version);
        if (request.Kind != q.Kind)
        {
            throw FieldsException.One("kind", Text.Get("Ent.Err.KindFixed"));
        }

        Apply(q, request, today);
        await db.SaveChangesAsync(ct);
        return q;
    }

    public static async Task<List<ExpiringRow>> ExpiringAsync(Guid zoneId, int days, QualificationKind? kind, GaoxinDb db, DateOnly today, CancellationToken ct)
    {
        EnterpriseAccess.RequireStaff(db);
        var until = today.AddDays(Math.Clamp(days, 0, 3650));
        var rows = await (from q in db.Qualifications.AsNoTracking()
                          join e in db.Enterprises.AsNoTracking() on q.EnterpriseId equals e.Id
                          where q.ZoneId == zoneId && q.ExpiresOn >= today && q.ExpiresOn <= until && (kind == null || q.Kind == kind)
                          orderby q.ExpiresOn, e.Name
                          select new { q.Id, q.EnterpriseId, e.Name, q.Kind, q.Level, q.CertificateNumber, q.ExpiresOn }).ToListAsync(ct);
        // A grant already renewed (a later one of the same kind in force past this expiry) needs no alert.
        var ids = rows.Select(r => r.EnterpriseId).Distinct().ToList();
        var renewals = await db.Qualifications.AsNoTracking().Where(q => ids.Contains(q.EnterpriseId)).Select(q => new { q.EnterpriseId, q.Kind, q.ExpiresOn }).ToListAsync(ct);
        return rows.Where(r => !renewals.Any(n => n.EnterpriseId == r.EnterpriseId && n.Kind == r.Kind && n.ExpiresOn > r.ExpiresOn))
            .Select(r => new ExpiringRow(r.Id, r.EnterpriseId, r.Name, r.Kind, r.Level, r.CertificateNumber, r.ExpiresOn, r.ExpiresOn.DayNumber - today.DayNumber)).ToList();
    }

    public static void Map(RouteGroupBuilder zone)
    {
        zone.MapPost("/enterprises/{id:guid}/qualifications", async Task<Created<QualificationDto>> (ZoneRoute zone, Guid id, Request request, GaoxinDb db, BusinessDay day, CancellationToken ct) =>
            {
                var q = await AddAsync(zone.Id, id, request, db, day.Today, ct);
                return TypedResults.Created($"/api/v1/zones/{zone.Zone.Code}/qualifications/{q.Id}", QualificationDto.From(q, day.Today));
            })
            .RequireAuthorization(Policies.ApiInnovationEditor)
            .WithName("AddQualification")
            .WithSummary("Records a qualification (kind, level, certificate, grant, expiry); an expiry before the grant is refused");

        zone.MapPut("/qualifications/{id:guid}", async Task<Ok<QualificationDto>> (ZoneRoute zone, Guid id, Request request, GaoxinDb db, BusinessDay day, CancellationToken ct)
                => TypedResults.Ok(QualificationDto.From(await UpdateAsync(zone.Id, id, request, db, day.Today, ct), day.Today)))
            .RequireAuthorization(Policies.ApiInnovationEditor)
            .WithName("UpdateQualification")
            .WithSummary("Corrects a qualification (version-checked)");

        zone.MapGet("/qualifications/expiring", async Task<Ok<List<ExpiringRow>>> (ZoneRoute zone, int? days, QualificationKind? kind, GaoxinDb db, BusinessDay day, CancellationToken ct)
                => TypedResults.Ok(await ExpiringAsync(zone.Id, days ?? 90, kind, db, day.Today, ct)))
            .RequireAuthorization(Policies.ApiInnovationReader)
            .WithName("ExpiringQualifications")
            .WithSummary("Qualifications expiring within N days (default 90) and not yet renewed, soonest first");
    }
}

using Gaoxin.Data;
using Gaoxin.Engines.Qualifications;
using Gaoxin.Hosting.Api;
using Gaoxin.Modules.Innovation.Domain;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Gaoxin.Modules.Innovation.Features.Incubation;

/// <summary>
/// Incubatees of a carrier: move in (an enterprise of the file or a name; not over the carrier's free area), graduate on a
/// criterion (checked against the enterprise's file where it is linked) and exit; neither before the move-in.
/// </summary>
public static class Incubatees
{
    /// <summary>Cumulative revenue of the two years before graduation that the revenue criterion needs (1000万元, in fen).</summary>
    public const long GraduationRevenueFen = 1_000_000_000;

    public sealed record MoveIn(Guid? EnterpriseId, string? Name, DateOnly MovedInOn, decimal AreaSquareMeters);

    public sealed record Graduation(DateOnly On, GraduationBasis Basis, long Version);

    public sealed record Exit(DateOnly On, string? Reason, long Version);

    public static async Task<Incubatee> MoveInAsync(ZoneRoute zone, Guid carrierId, MoveIn request, GaoxinDb db, DateOnly today, CancellationToken ct)
    {
        EnterpriseAccess.RequireStaff(db);
        zone.RequireWritable(db);
        var carrier = await Carriers.FindAsync(db, zone.Id, carrierId, ct, track: false);
        var name = request.Name?.Trim() ?? string.Empty;
        if (request.EnterpriseId is { } enterpriseId)
        {
            name = (await EnterpriseAccess.FindAsync(db, zone.Id, enterpriseId, ct, track: false)).Name;
        }
        else if (name.Length is < 2 or > 200)
        {
            throw FieldsException.One("name", Text.Get("Svc.Err.Title", 2, 200));
        }

        if (request.MovedInOn > today || request.MovedInOn.Year < 1990)
        {
            throw FieldsException.One("movedInOn", Text.Get("Ent.Err.Date", "1990-01-01", today.ToString("yyyy-MM-dd")));
        }

        if (request.AreaSquareMeters < 0 || decimal.Round(request.AreaSquareMeters, 2) != request.AreaSquareMeters)
        {
            throw FieldsException.One("areaSquareMeters", Text.Get("Inc.Err.Area"));
        }

        var used = await db.Incubatees.Where(i => i.CarrierId == carrierId && i.ExitedOn == null && i.GraduatedOn == null).SumAsync(i => (decimal?)i.AreaSquareMeters, ct) ?? 0;
        if (used + request.AreaSquareMeters > carrier.AreaSquareMeters)
        {
            throw FieldsException.One("areaSquareMeters", Text.Get("Inc.Err.NoRoom", carrier.AreaSquareMeters - used, carrier.AreaSquareMeters));
        }

        var incubatee = new Incubatee(zone.Id, carrierId, request.EnterpriseId, name, request.MovedInOn, request.AreaSquareMeters);
        db.Incubatees.Add(incubatee);
        await db.SaveChangesAsync(ct);
        return incubatee;
    }

    private static async Task<Incubatee> LoadAsync(ZoneRoute zone, Guid id, long version, GaoxinDb db, CancellationToken ct)
    {
        EnterpriseAccess.RequireStaff(db);
        zone.RequireWritable(db);
        var incubatee = await db.Incubatees.FirstOrDefaultAsync(i => i.Id == id && i.ZoneId == zone.Id, ct)
            ?? throw new DomainException(Text.Get("Err.NoSuchRecord", Text.Get("Thing.incubatee")), StatusCodes.Status404NotFound);
        return incubatee.RequireVersion(version);
    }

    public static async Task<Incubatee> GraduateAsync(ZoneRoute zone, Guid id, Graduation request, GaoxinDb db, DateOnly today, CancellationToken ct)
    {
        if (request.On > today)
        {
            throw FieldsException.One("on", Text.Get("Ent.Err.Date", "1990-01-01", today.ToString("yyyy-MM-dd")));
        }

        var incubatee = await LoadAsync(zone, id, request.Version, db, ct);
        if (incubatee.EnterpriseId is { } enterpriseId)
        {
            await RequireCriterionAsync(enterpriseId, request, db, ct);
        }

        incubatee.Graduate(request.On, request.Basis);
        await db.SaveChangesAsync(ct);
        return incubatee;
    }

    /// <summary>Where the incubatee is on file, its file must show the criterion: an HNTE grant by the date, or the two years' revenue.</summary>
    private static async Task RequireCriterionAsync(Guid enterpriseId, Graduation request, GaoxinDb db, CancellationToken ct)
    {
        var criterion = (await CriteriaAsync(enterpriseId, request.On, db, ct)).Single(c => c.Basis == request.Basis);
        if (criterion.Met == false)
        {
            throw FieldsException.One("basis", criterion.Detail);
        }
    }

    /// <summary>
    /// One graduation criterion on a day: met or not by the enterprise's file (an HNTE grant by the day; revenue of the two years before it),
    /// a listing recorded among its events by the day; or null where the file cannot tell (a merger or acquisition, a listing not
    /// recorded; an incubatee not on file) and the office attests it.
    /// </summary>
    public sealed record Criterion(GraduationBasis Basis, bool? Met, string Detail);

    public sealed record GraduationCheck(Guid IncubateeId, DateOnly On, bool OnFile, IReadOnlyList<Criterion> Criteria);

    public static async Task<IReadOnlyList<Criterion>> CriteriaAsync(Guid? enterpriseId, DateOnly on, GaoxinDb db, CancellationToken ct)
    {
        if (enterpriseId is not { } id)
        {
            return Enum.GetValues<GraduationBasis>().Select(b => new Criterion(b, null, Text.Get("Inc.Crit.NotOnFile"))).ToList();
        }

        var hnte = await db.Qualifications.AsNoTracking().Where(q => q.EnterpriseId == id && q.Kind == QualificationKind.Hnte && q.GrantedOn <= on)
            .OrderByDescending(q => q.GrantedOn).Select(q => new { q.GrantedOn, q.CertificateNumber }).FirstOrDefaultAsync(ct);
        var years = new[] { on.Year - 2, on.Year - 1 };
        var revenue = await db.EnterpriseYears.AsNoTracking().Where(y => y.EnterpriseId == id && years.Contains(y.Year)).Select(y => y.RevenueFen).ToListAsync(ct);
        var revenueMet = revenue.Count == 2 && revenue.Sum() > GraduationRevenueFen;
        var listing = await db.EnterpriseEvents.AsNoTracking().Where(e => e.EnterpriseId == id && e.Kind == EnterpriseEventKind.Listing && e.Date <= on)
            .OrderBy(e => e.Date).Select(e => new { e.Date, e.Board }).FirstOrDefaultAsync(ct);
        return
        [
            hnte is null
                ? new(GraduationBasis.Hnte, false, Text.Get("Inc.Err.NoHnte", on.ToString("yyyy-MM-dd")))
                : new(GraduationBasis.Hnte, true, Text.Get("Inc.Crit.Hnte", hnte.GrantedOn.ToString("yyyy-MM-dd"), hnte.CertificateNumber)),
            new(GraduationBasis.Revenue, revenueMet, revenueMet
                ? Text.Get("Inc.Crit.Revenue", years[0], years[1], revenue.Sum() / 1_000_000m)
                : Text.Get("Inc.Err.Revenue", years[0], years[1], revenue.Sum() / 1_000_000m)),
            listing is null
                ? new(GraduationBasis.MergedOrListed, null, Text.Get("Inc.Crit.Attested"))
                : new(GraduationBasis.MergedOrListed, true, Text.Get("Inc.Crit.Listed", listing.Date.ToString("yyyy-MM-dd"), Text.Get("EvtBoard." + listing.Board))),
        ];
    }

    public static async Task<GraduationCheck> CheckAsync(Guid zoneId, Guid id, DateOnly on, GaoxinDb db, CancellationToken ct)
    {
        EnterpriseAccess.RequireStaff(db);
        var incubatee = await db.Incubatees.AsNoTracking().FirstOrDefaultAsync(i => i.Id == id && i.ZoneId == zoneId, ct)
            ?? throw new DomainException(Text.Get("Err.NoSuchRecord", Text.Get("Thing.incubatee")), StatusCodes.Status404NotFound);
        return new GraduationCheck(id, on, incubatee.EnterpriseId is not null, await CriteriaAsync(incubatee.EnterpriseId, on, db, ct));
    }

    public static async Task<Incubatee> ExitAsync(ZoneRoute zone, Guid id, Exit request, GaoxinDb db, DateOnly today, CancellationToken ct)
    {
        if (request.On > today)
        {
            throw FieldsException.One("on", Text.Get("Ent.Err.Date", "1990-01-01", today.ToString("yyyy-MM-dd")));
        }

        if (request.Reason?.Trim().Length > 500)
        {
            throw FieldsException.One("reason", Text.Get("Err.CellTooLong", 500));
        }

        var incubatee = await LoadAsync(zone, id, request.Version, db, ct);
        incubatee.Exit(request.On, request.Reason);
        await db.SaveChangesAsync(ct);
        return incubatee;
    }

    public static void Map(RouteGroupBuilder zone)
    {
        zone.MapPost("/carriers/{id:guid}/incubatees", async Task<Created<IncubateeDto>> (ZoneRoute zone, Guid id, MoveIn request, GaoxinDb db, BusinessDay day, CancellationToken ct) =>
            {
                var incubatee = await MoveInAsync(zone, id, request, db, day.Today, ct);
                return TypedResults.Created($"/api/v1/zones/{zone.Zone.Code}/incubatees/{incubatee.Id}", IncubateeDto.From(incubatee, day.Today));
            })
            .RequireAuthorization(Policies.ApiInnovationEditor).WithName("MoveInIncubatee").WithSummary("An incubatee moves into a carrier (enterprise of the file or a name, date, area m²)");
        zone.MapPost("/incubatees/{id:guid}/graduate", async Task<Ok<IncubateeDto>> (ZoneRoute zone, Guid id, Graduation request, GaoxinDb db, BusinessDay day, CancellationToken ct)
                => TypedResults.Ok(IncubateeDto.From(await GraduateAsync(zone, id, request, db, day.Today, ct), day.Today)))
            .RequireAuthorization(Policies.ApiInnovationEditor).WithName("GraduateIncubatee").WithSummary("毕业: graduation on a criterion (HNTE, revenue, merged or listed); not before move-in");
        zone.MapGet("/incubatees/{id:guid}/graduation", async Task<Ok<GraduationCheck>> (ZoneRoute zone, Guid id, DateOnly? on, GaoxinDb db, BusinessDay day, CancellationToken ct)
                => TypedResults.Ok(await CheckAsync(zone.Id, id, on ?? day.Today, db, ct)))
            .RequireAuthorization(Policies.ApiInnovationReader).WithName("CheckGraduation")
            .WithSummary("Which graduation criteria the incubatee's file meets on a day (?on=, default today); null where the office attests it");
        zone.MapPost("/incubatees/{id:guid}/exit", async Task<Ok<IncubateeDto>> (ZoneRoute zone, Guid id, Exit request, GaoxinDb db, BusinessDay day, CancellationToken ct)
                => TypedResults.Ok(IncubateeDto.From(await ExitAsync(zone, id, request, db, day.Today, ct), day.Today)))
            .RequireAuthorization(Policies.ApiInnovationEditor).WithName("ExitIncubatee").WithSummary("迁出: the incubatee leaves; not before move-in (or graduation)");
    }
}

using Gaoxin.Data;
using Gaoxin.Hosting.Api;
using Gaoxin.Modules.Innovation.Features;
using Gaoxin.Modules.Talent.Domain;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Gaoxin.Modules.Talent.Features;

/// <summary>The zone's talent programmes with how many people each took in (all years and the year asked for).</summary>
public static class ListProgrammes
{
    public sealed record Row(Guid Id, ProgrammeKind Kind, string Name, int Enrolled, int EnrolledInYear);

    public static async Task<List<Row>> Handle(Guid zoneId, int year, GaoxinDb db, CancellationToken ct)
    {
        await TalentAccess.RequireStaffViewAsync(db, ct);
        var (from, to) = (new DateOnly(year, 1, 1), new DateOnly(year + 1, 1, 1));
        return await db.TalentProgrammes.AsNoTracking().Where(p => p.ZoneId == zoneId).OrderBy(p => p.Kind).ThenBy(p => p.Name)
            .Select(p => new Row(p.Id, p.Kind, p.Name, db.TalentEnrolments.Count(e => e.ProgrammeId == p.Id),
                db.TalentEnrolments.Count(e => e.ProgrammeId == p.Id && e.EnrolledOn >= from && e.EnrolledOn < to))).ToListAsync(ct);
    }

    public static void Map(RouteGroupBuilder zone) => zone
        .MapGet("/talent/programmes", async Task<Ok<List<Row>>> (ZoneRoute zone, int? year, GaoxinDb db, BusinessDay day, CancellationToken ct) =>
        {
            var y = year ?? day.Today.Year;
            EnterpriseAccess.RequireYear(y);
            return TypedResults.Ok(await Handle(zone.Id, y, db, ct));
        })
        .RequireAuthorization(TalentPolicies.ApiTalentReader)
        .WithName("ListTalentProgrammes")
        .WithSummary("The zone's talent programmes (英才引进, 雏鹰培育, 名校英才 and its own) with enrolment counts");
}

/// <summary>Adds a zone's own programme (the three standard ones are there from the start).</summary>
public static class AddProgramme
{
    public sealed record Request(string Name);

    public static async Task<Programme> Handle(Guid zoneId, Request request, GaoxinDb db, CancellationToken ct)
    {
        await TalentAccess.RequireKeeperAsync(db, zoneId, ct);
        var name = (request.Name ?? string.Empty).Trim();
        if (name.Length is 0 or > 100)
        {
            throw FieldsException.One("name", Text.Get("Talent.Err.Name"));
        }

        if (await db.TalentProgrammes.AnyAsync(p => p.ZoneId == zoneId && p.Name == name, ct))
        {
            throw new DomainException(Text.Get("Talent.Err.ProgrammeTaken", name), StatusCodes.Status409Conflict);
        }

        var programme = new Programme(zoneId, ProgrammeKind.ZoneOwn, name);
        db.TalentProgrammes.Add(programme);
        await db.SaveChangesAsync(ct);
        return programme;
    }

    /// <summary>The three programmes of the source page, added to a zone that has none.</summary>
    public static async Task EnsureStandardAsync(GaoxinDb db, Guid zoneId, CancellationToken ct)
    {
        if (await db.TalentProgrammes.IgnoreQueryFilters().AnyAsync(p => p.ZoneId == zoneId, ct))
        {
            return;
        }

        db.TalentProgrammes.AddRange(
            new Programme(zoneId, ProgrammeKind.TalentIntroduction, "英才引进"),
            new Programme(zoneId, ProgrammeKind.YoungEagle, "雏鹰培育"),
            new Programme(zoneId, ProgrammeKind.TopUniversity, "名校英才"));
        await db.SaveChangesAsync(ct);
    }

    public static void Map(RouteGroupBuilder zone) => zone
        .MapPost("/talent/programmes", async Task<Created<ListProgrammes.Row>> (ZoneRoute zone, Request request, GaoxinDb db, CancellationToken ct) =>
        {
            var p = await Handle(zone.Id, request, db, ct);
            return TypedResults.Created($"/api/v1/zones/{zone.Zone.Code}/talent/programmes", new ListProgrammes.Row(p.Id, p.Kind, p.Name, 0, 0));
        })
        .RequireAuthorization(TalentPolicies.ApiTalentReader)
        .WithName("AddTalentProgramme")
        .WithSummary("Adds a zone's own talent programme; 409 when the name is taken");
}

/// <summary>Takes a person into a programme on a date with its support items (住房, 薪酬补贴, 落户 …; amounts in yuan).</summary>
public static class EnrolPerson
{
    public sealed record Support(SupportKind Kind, decimal Amount, DateOnly GrantedOn, string? Note = null);

    public sealed record Request(Guid ProgrammeId, DateOnly EnrolledOn, IReadOnlyList<Support>? Supports = null);

    public static async Task<Enrolment> Handle(Guid zoneId, Guid personId, Request request, GaoxinDb db, BusinessDay day, CancellationToken ct)
    {
        await TalentAccess.RequireKeeperAsync(db, zoneId, ct);
        await TalentAccess.FindPersonAsync(db, zoneId, personId, ct);
        if (!await db.TalentProgrammes.AnyAsync(p => p.Id == request.ProgrammeId && p.ZoneId == zoneId, ct))
        {
            throw FieldsException.One("programmeId", Text.Get("Talent.Err.UnknownProgramme"));
        }

        if (request.EnrolledOn.Year < 2000 || request.EnrolledOn > day.Today)
        {
            throw FieldsException.One("enrolledOn", Text.Get("Talent.Err.DateRange", 2000, day.Today.ToString("yyyy-MM-dd")));
        }

        if (await db.TalentEnrolments.AnyAsync(e => e.PersonId == personId && e.ProgrammeId == request.ProgrammeId, ct))
        {
            throw new DomainException(Text.Get("Talent.Err.Enrolled"), StatusCodes.Status409Conflict);
        }

        var enrolment = new Enrolment(zoneId, personId, request.ProgrammeId, request.EnrolledOn);
        var items = new List<SupportItem>();
        var supports = request.Supports ?? [];
        for (var i = 0; i < supports.Count; i++)
        {
            var s = supports[i];
            long fen;
            try
            {
                fen = s.Amount < 0 ? throw new ArgumentException("negative") : Engines.Money.Fen.FromYuan(s.Amount);
            }
            catch (ArgumentException)
            {
                throw FieldsException.One($"supports[{i}].amount", Text.Get("Talent.Err.Amount", s.Amount));
            }

            if (s.GrantedOn < request.EnrolledOn)
            {
                throw FieldsException.One($"supports[{i}].grantedOn", Text.Get("Talent.Err.SupportBeforeEnrolment", s.GrantedOn.ToString("yyyy-MM-dd"), request.EnrolledOn.ToString("yyyy-MM-dd")));
            }

            items.Add(new SupportItem(zoneId, enrolment.Id, s.Kind, fen, s.GrantedOn, s.Note ?? string.Empty));
        }

        db.TalentEnrolments.Add(enrolment);
        db.TalentSupportItems.AddRange(items);
        await db.SaveChangesAsync(ct);
        return enrolment;
    }

    public static void Map(RouteGroupBuilder zone) => zone
        .MapPost("/talent/people/{id:guid}/enrolments", async Task<Created<GetPerson.Detail>> (ZoneRoute zone, Guid id, Request request, GaoxinDb db, BusinessDay day, CancellationToken ct) =>
        {
            await Handle(zone.Id, id, request, db, day, ct);
            return TypedResults.Created($"/api/v1/zones/{zone.Zone.Code}/talent/people/{id}", await GetPerson.DetailAsync(zone.Id, id, db, ct));
        })
        .RequireAuthorization(TalentPolicies.ApiTalentReader)
        .WithName("EnrolPerson")
        .WithSummary("Takes a person into a programme (a talent introduced that year) with support items and amounts (yuan)");
}

/// <summary>Records a flexible engagement (周末工程师, 双薪双聘) with a hosting enterprise of the zone; the end may not precede the start.</summary>
public static class AddEngagement
{
    public sealed record Request(FlexibleForm Form, Guid HostEnterpriseId, DateOnly Start, DateOnly? End = null);

    public static async Task Handle(Guid zoneId, Guid personId, Request request, GaoxinDb db, CancellationToken ct)
    {
        await TalentAccess.RequireKeeperAsync(db, zoneId, ct);
        await TalentAccess.FindPersonAsync(db, zoneId, personId, ct);
        await TalentAccess.EnterpriseNameAsync(db, zoneId, request.HostEnterpriseId, "hostEnterpriseId", ct);
        if (request.Start.Year < 2000)
        {
            throw FieldsException.One("start", Text.Get("Talent.Err.DateRange", 2000, "2100-12-31"));
        }

        if (request.End is { } end && end < request.Start)
        {
            throw FieldsException.One("end", Text.Get("Talent.Err.EndBeforeStart", end.ToString("yyyy-MM-dd"), request.Start.ToString("yyyy-MM-dd")));
        }

        db.TalentEngagements.Add(new FlexibleEngagement(zoneId, personId, request.Form, request.HostEnterpriseId, request.Start, request.End));
        await db.SaveChangesAsync(ct);
    }

    public static void Map(RouteGroupBuilder zone) => zone
        .MapPost("/talent/people/{id:guid}/engagements", async Task<Created<GetPerson.Detail>> (ZoneRoute zone, Guid id, Request request, GaoxinDb db, CancellationToken ct) =>
        {
            await Handle(zone.Id, id, request, db, ct);
            return TypedResults.Created($"/api/v1/zones/{zone.Zone.Code}/talent/people/{id}", await GetPerson.DetailAsync(zone.Id, id, db, ct));
        })
        .RequireAuthorization(TalentPolicies.ApiTalentReader)
        .WithName("AddFlexibleEngagement")
        .WithSummary("Records a 周末工程师 or 双薪双聘 engagement with a hosting enterprise and period (400 naming end when it precedes start)");
}

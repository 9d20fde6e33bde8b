using Gaoxin.Data;
using Gaoxin.Engines.Talent;
using Gaoxin.Hosting.Api;
using Gaoxin.Modules.Talent.Domain;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Gaoxin.Modules.Talent.Features;

/// <summary>
/// One person as the caller may see them: personal data (contact, ID number, birth year) only in the full view,
/// whole on the person's own record and masked in lists (110105********1234, 138****5678).
/// </summary>
public sealed record PersonDto(Guid Id, string Name, Gender Gender, Degree Degree, TitleLevel Title, IReadOnlyList<string> Fields, Guid? EmployerId, string Employer,
    int? BirthYear, string? Phone, string? Email, string? IdNumber, bool PersonalData, bool IsSampleData, long Version)
{
    public static PersonDto From(Person p, string employer, PersonalView view, bool masked)
    {
        var full = view == PersonalView.Full;
        return new PersonDto(p.Id, p.Name, p.Gender, p.Degree, p.Title, p.FieldList, p.EmployerId, employer,
            full ? p.BirthYear : null,
            full ? masked ? Masking.Phone(p.Phone) : p.Phone : null,
            full ? masked ? Masking.Email(p.Email) : p.Email : null,
            full ? masked ? Masking.IdNumber(p.IdNumber) : p.IdNumber : null,
            full, p.IsSampleData, p.Version);
    }
}

/// <summary>Enters a person into the zone's talent pool (admins and talent staff).</summary>
public static class AddPerson
{
    public static async Task<Person> Handle(Guid zoneId, PersonFields fields, GaoxinDb db, BusinessDay day, CancellationToken ct)
    {
        await TalentAccess.RequireKeeperAsync(db, zoneId, ct);
        await fields.CheckAsync(zoneId, db, day.Today, ct);
        var person = new Person(zoneId, fields.Name);
        fields.AssignTo(person);
        db.TalentPeople.Add(person);
        await db.SaveChangesAsync(ct);
        return person;
    }

    public static void Map(RouteGroupBuilder zone) => zone
        .MapPost("/talent/people", async Task<Created<PersonDto>> (ZoneRoute zone, PersonFields request, GaoxinDb db, BusinessDay day, CancellationToken ct) =>
        {
            var p = await Handle(zone.Id, request, db, day, ct);
            return TypedResults.Created($"/api/v1/zones/{zone.Zone.Code}/talent/people/{p.Id}", await GetPerson.Handle(zone.Id, p.Id, db, ct));
        })
        .RequireAuthorization(TalentPolicies.ApiTalentReader)
        .WithName("AddPerson")
        .WithSummary("Enters a person into the talent pool; 400 naming birthYear, idNumber (GB 11643 form and check digit), employerId (not an enterprise of the zone) …");
}

/// <summary>Edits a person's particulars; send the version you read (409 if someone changed it since).</summary>
public static class UpdatePerson
{
    public sealed record Request(PersonFields Fields, long Version);

    public static async Task Handle(Guid zoneId, Guid id, Request request, GaoxinDb db, BusinessDay day, CancellationToken ct)
    {
        await TalentAccess.RequireKeeperAsync(db, zoneId, ct);
        var person = await TalentAccess.FindPersonAsync(db, zoneId, id, ct, track: true);
        person.RequireVersion(request.Version);
        await request.Fields.CheckAsync(zoneId, db, day.Today, ct);
        request.Fields.AssignTo(person);
        await db.SaveChangesAsync(ct);
    }

    public static void Map(RouteGroupBuilder zone) => zone
        .MapPut("/talent/people/{id:guid}", async Task<Ok<PersonDto>> (ZoneRoute zone, Guid id, Request request, GaoxinDb db, BusinessDay day, CancellationToken ct) =>
        {
            await Handle(zone.Id, id, request, db, day, ct);
            return TypedResults.Ok(await GetPerson.Handle(zone.Id, id, db, ct));
        })
        .RequireAuthorization(TalentPolicies.ApiTalentReader)
        .WithName("UpdatePerson")
        .WithSummary("Edits a person of the pool (version-checked; admins and talent staff)");
}

/// <summary>One person with programmes and flexible engagements; personal data whole only for the pool's keepers.</summary>
public static class GetPerson
{
    public sealed record EnrolmentRow(Guid Id, Guid ProgrammeId, string Programme, ProgrammeKind Kind, DateOnly EnrolledOn, IReadOnlyList<SupportRow> Supports);

    public sealed record SupportRow(SupportKind Kind, decimal Amount, DateOnly GrantedOn, string Note);

    public sealed record EngagementRow(Guid Id, FlexibleForm Form, Guid HostEnterpriseId, string Host, DateOnly Start, DateOnly? End);

    /// <summary>What came of a match of this person with an enterprise's need (对接结果), latest first.</summary>
    public sealed record OutcomeRow(Guid NeedId, string Need, Guid EnterpriseId, string Enterprise, MatchOutcomeKind Outcome, DateOnly On, string Note);

    public sealed record Detail(PersonDto Person, IReadOnlyList<EnrolmentRow> Enrolments, IReadOnlyList<EngagementRow> Engagements, IReadOnlyList<OutcomeRow> Outcomes);

    public static async Task<PersonDto> Handle(Guid zoneId, Guid id, GaoxinDb db, CancellationToken ct)
        => (await DetailAsync(zoneId, id, db, ct)).Person;

    public static async Task<Detail> DetailAsync(Guid zoneId, Guid id, GaoxinDb db, CancellationToken ct)
    {
        var view = await TalentAccess.RequireStaffViewAsync(db, ct);
        var p = await TalentAccess.FindPersonAsync(db, zoneId, id, ct);
        var employer = p.EmployerId is { } e ? await db.Enterprises.Where(x => x.Id == e).Select(x => x.Name).FirstOrDefaultAsync(ct) ?? string.Empty : p.EmployerName;
        var enrolments = await (from en in db.TalentEnrolments.AsNoTracking()
                                join pr in db.TalentProgrammes on en.ProgrammeId equals pr.Id
                                where en.PersonId == id
                                orderby en.EnrolledOn
                                select new { en.Id, en.ProgrammeId, pr.Name, pr.Kind, en.EnrolledOn }).ToListAsync(ct);
        var ids = enrolments.Select(x => x.Id).ToList();
        var supports = await db.TalentSupportItems.AsNoTracking().Where(s => ids.Contains(s.EnrolmentId)).OrderBy(s => s.GrantedOn).ThenBy(s => s.Kind).ToListAsync(ct);
        var engagements = await (from f in db.TalentEngagements.AsNoTracking()
                                 join x in db.Enterprises on f.HostEnterpriseId equals x.Id
                                 where f.PersonId == id
                                 orderby f.Start
                                 select new EngagementRow(f.Id, f.Form, f.HostEnterpriseId, x.Name, f.Start, f.End)).ToListAsync(ct);
        var outcomes = await (from o in db.TalentMatchOutcomes.AsNoTracking()
                              join n in db.TalentNeeds on o.NeedId equals n.Id
                              join x in db.Enterprises on o.EnterpriseId equals x.Id
                              where o.PersonId == id
                              orderby o.At descending
                              select new OutcomeRow(o.NeedId, n.Title, o.EnterpriseId, x.Name, o.Outcome, o.On, o.Note)).ToListAsync(ct);
        return new Detail(PersonDto.From(p, employer, view, masked: false),
            enrolments.Select(en => new EnrolmentRow(en.Id, en.ProgrammeId, en.Name, en.Kind, en.EnrolledOn,
                supports.Where(s => s.EnrolmentId == en.Id).Select(s => new SupportRow(s.Kind, s.AmountFen / 100m, s.GrantedOn, s.Note)).ToList())).ToList(),
            engagements, outcomes);
    }

    public static void Map(RouteGroupBuilder zone) => zone
        .MapGet("/talent/people/{id:guid}", async Task<Ok<Detail>> (ZoneRoute zone, Guid id, GaoxinDb db, CancellationToken ct)
            => TypedResults.Ok(await DetailAsync(zone.Id, id, db, ct)))
        .RequireAuthorization(TalentPolicies.ApiTalentReader)
        .WithName("GetPerson")
        .WithSummary("One person of the pool with programmes, support, flexible engagements and match outcomes (contact and ID number only for admins and talent staff)");
}

/// <summary>The pool: search by name, field or employer, filter by title, field and programme, sort, page. Personal data masked.</summary>
public static class ListPeople
{
    public sealed record Query(string? Search = null, TitleLevel? Title = null, string? Field = null, Guid? Programme = null, string? Sort = null, bool Descending = false,
        int Page = 1, int PageSize = 50);

    public static IQueryable<Person> Filter(Query query, Guid zoneId, GaoxinDb db)
    {
        var list = db.TalentPeople.AsNoTracking().Where(p => p.ZoneId == zoneId);
        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            var s = query.Search.Trim();
            list = list.Where(p => p.Name.Contains(s) || p.Fields.Contains(s) || p.EmployerName.Contains(s)
                || db.Enterprises.Any(e => e.Id == p.EmployerId && e.Name.Contains(s)));
        }

        if (query.Title is { } title)
        {
            list = list.Where(p => p.Title == title);
        }

        if (!string.IsNullOrWhiteSpace(query.Field))
        {
            var f = query.Field.Trim();
            list = list.Where(p => p.Fields == f || p.Fields.StartsWith(f + ";") || p.Fields.EndsWith(";" + f) || p.Fields.Contains(";" + f + ";"));
        }

        if (query.Programme is { } programme)
        {
            list = list.Where(p => db.TalentEnrolments.Any(e => e.PersonId == p.Id && e.ProgrammeId == programme));
        }

        // Titles sort by level (正高 first), not by their names.
        var rank = (System.Linq.Expressions.Expression<Func<Person, int>>)(p => p.Title == TitleLevel.Senior ? 0 : p.Title == TitleLevel.AssociateSenior ? 1 : p.Title == TitleLevel.Intermediate ? 2 : 3);
        return (query.Sort?.ToLowerInvariant(), query.Descending) switch
        {
            ("title", false) => list.OrderBy(rank).ThenBy(p => p.Name).ThenBy(p => p.Id),
            ("title", true) => list.OrderByDescending(rank).ThenBy(p => p.Name).ThenBy(p => p.Id),
            ("employer", false) => list.OrderBy(p => db.Enterprises.Where(e => e.Id == p.EmployerId).Select(e => e.Name).FirstOrDefault() ?? p.EmployerName).ThenBy(p => p.Name).ThenBy(p => p.Id),
            ("employer", true) => list.OrderByDescending(p => db.Enterprises.Where(e => e.Id == p.EmployerId).Select(e => e.Name).FirstOrDefault() ?? p.EmployerName).ThenBy(p => p.Name).ThenBy(p => p.Id),
            (_, true) => list.OrderByDescending(p => p.Name).ThenBy(p => p.Id),
            _ => list.OrderBy(p => p.Name).ThenBy(p => p.Id),
        };
    }

    /// <summary>The filtered people with their employers' names, cut to the caller's view (masked).</summary>
    public static async Task<List<PersonDto>> RowsAsync(IQueryable<Person> people, GaoxinDb db, PersonalView view, CancellationToken ct)
    {
        var rows = await people.Select(p => new { Person = p, Employer = db.Enterprises.Where(e => e.Id == p.EmployerId).Select(e => e.Name).FirstOrDefault() }).ToListAsync(ct);
        return rows.Select(r => PersonDto.From(r.Person, r.Employer ?? r.Person.EmployerName, view, masked: true)).ToList();
    }

    public static async Task<Paged<PersonDto>> Handle(Query query, Guid zoneId, GaoxinDb db, CancellationToken ct)
    {
        var view = await TalentAccess.RequireStaffViewAsync(db, ct);
        var list = Filter(query, zoneId, db);
        var total = await list.CountAsync(ct);
        var size = Paging.Clamp(query.PageSize);
        var page = Math.Max(1, query.Page);
        return new Paged<PersonDto>(await RowsAsync(list.Skip((page - 1) * size).Take(size), db, view, ct), total, page, size);
    }

    public static void Map(RouteGroupBuilder zone) => zone
        .MapGet("/talent/people", async Task<Ok<Paged<PersonDto>>> (ZoneRoute zone, [AsParameters] Query query, GaoxinDb db, CancellationToken ct)
            => TypedResults.Ok(await Handle(query, zone.Id, db, ct)))
        .RequireAuthorization(TalentPolicies.ApiTalentReader)
        .WithName("ListPeople")
        .WithSummary("The talent pool: search, filter by title, field and programme, sort by name, title or employer, page; contact and ID number masked, and only for admins and talent staff");
}

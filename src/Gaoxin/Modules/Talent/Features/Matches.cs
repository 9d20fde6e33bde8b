using System.Globalization;
using Gaoxin.Data;
using Gaoxin.Hosting.Api;
using Gaoxin.Engines.Talent;
using Gaoxin.Modules.Innovation.Features;
using Gaoxin.Modules.Talent.Domain;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Gaoxin.Modules.Talent.Features;

/// <summary>
/// The people of the pool ranked for a need (<see cref="TalentMatching"/>), each with its reasons in zh-CN and en.
/// Past cooperation is read from the records: flexible engagements hosted by the need's enterprise and engaged
/// outcomes of its other needs. Staff see the employer and the latest outcome; an enterprise account only the
/// person's name, title and fields.
/// </summary>
public static class ListMatches
{
    private static readonly CultureInfo Zh = CultureInfo.GetCultureInfo("zh-CN");
    private static readonly CultureInfo En = CultureInfo.InvariantCulture;

    public sealed record Reason(string Code, int Points, string Zh, string En);

    public sealed record Row(int Rank, Guid PersonId, string Name, TitleLevel Title, IReadOnlyList<string> Fields, int Score, string Explanation, string ExplanationZh,
        string ExplanationEn, IReadOnlyList<Reason> Reasons, string? Employer, MatchOutcomeKind? Outcome);

    public static async Task<List<Row>> Handle(Guid zoneId, Guid needId, GaoxinDb db, CancellationToken ct)
    {
        var need = await TalentAccess.FindNeedAsync(db, zoneId, needId, ct);
        var staff = !EnterpriseAccess.IsEnterpriseUser(db);
        var people = await db.TalentPeople.AsNoTracking().Where(p => p.ZoneId == zoneId)
            .Select(p => new { p.Id, p.Name, p.Title, p.Fields, p.EmployerId, p.EmployerName }).ToListAsync(ct);
        var engagements = await db.TalentEngagements.AsNoTracking().Where(f => f.ZoneId == zoneId && f.HostEnterpriseId == need.EnterpriseId)
            .Select(f => new { f.PersonId, f.Form, f.Start }).ToListAsync(ct);
        var engaged = await (from o in db.TalentMatchOutcomes.AsNoTracking()
                             join n in db.TalentNeeds on o.NeedId equals n.Id
                             where o.ZoneId == zoneId && o.EnterpriseId == need.EnterpriseId && o.Outcome == MatchOutcomeKind.Engaged && o.NeedId != needId
                             select new { o.PersonId, o.On, n.Title }).ToListAsync(ct);
        var candidates = people.Select(p => new MatchCandidate(p.Id, p.Name, p.Title, Person.SplitFields(p.Fields),
            engagements.Where(f => f.PersonId == p.Id).Select(f => new Cooperation(f.Form == FlexibleForm.WeekendEngineer ? CooperationKind.WeekendEngineer : CooperationKind.DualEmployment, f.Start.Year))
                .Concat(engaged.Where(o => o.PersonId == p.Id).Select(o => new Cooperation(CooperationKind.EngagedMatch, o.On.Year, o.Title))).ToList()));
        var ranked = TalentMatching.Rank(new MatchNeed(need.Field, need.WantedTitle), candidates);

        var latest = staff
            ? (await db.TalentMatchOutcomes.AsNoTracking().Where(o => o.NeedId == needId).Select(o => new { o.PersonId, o.Outcome, o.At }).ToListAsync(ct))
                .GroupBy(o => o.PersonId).ToDictionary(g => g.Key, g => g.OrderByDescending(o => o.At).First().Outcome)
            : [];
        var employerIds = people.Where(p => p.EmployerId is not null).Select(p => p.EmployerId!.Value).Distinct().ToList();
        var employers = staff ? await db.Enterprises.AsNoTracking().Where(e => employerIds.Contains(e.Id)).ToDictionaryAsync(e => e.Id, e => e.Name, ct) : [];
        var byId = people.ToDictionary(p => p.Id);
        var zh = CultureInfo.CurrentUICulture.Name.StartsWith("zh", StringComparison.Ordinal);
        return ranked.Select((m, i) =>
        {
            var reasons = m.Reasons.Select(r => new Reason(r.Code, r.Points, Explain(r, Zh), Explain(r, En))).ToList();
            var explanationZh = string.Join("；", reasons.Select(r => r.Zh));
            var explanationEn = string.Join("; ", reasons.Select(r => r.En));
            var p = byId[m.Id];
            string? employer = staff ? p.EmployerId is { } e && employers.TryGetValue(e, out var name) ? name : p.EmployerName : null;
            return new Row(i + 1, m.Id, m.Name, m.Title, m.Fields, m.Score, zh ? explanationZh : explanationEn, explanationZh, explanationEn, reasons, employer,
                latest.TryGetValue(m.Id, out var o) ? o : null);
        }).ToList();
    }

    /// <summary>One reason in a language: "field 新材料 matches", "正高 title", "worked with this enterprise as 周末工程师 2022".</summary>
    public static string Explain(MatchReason r, CultureInfo culture)
    {
        string Label(string prefix, string name) => Text.In(culture, prefix + name);
        var args = r.Code switch
        {
            "Title" or "BelowWanted" => [Label("Talent.Title.", r.Args[0])],
            "Worked" => [Label("Talent.Cooperation.", r.Args[0]), r.Args[1]],
            "Engaged" => [r.Args[1], r.Args[2]],
            _ => r.Args.Cast<object>().ToArray(),
        };
        return string.Format(culture, Text.In(culture, "Match." + r.Code), args);
    }

    public static void Map(RouteGroupBuilder zone) => zone
        .MapGet("/talent/needs/{id:guid}/matches", async Task<Ok<List<Row>>> (ZoneRoute zone, Guid id, GaoxinDb db, CancellationToken ct)
            => TypedResults.Ok(await Handle(zone.Id, id, db, ct)))
        .RequireAuthorization(TalentPolicies.ApiTalentNeeds)
        .WithName("ListTalentMatches")
        .WithSummary("People of the pool ranked for a need by field, title and past cooperation with the enterprise, each explained in zh-CN and en");
}

/// <summary>Records what came of a match (contacted, engaged, declined); an engaged one counts as past cooperation for later needs.</summary>
public static class RecordMatchOutcome
{
    public sealed record Request(Guid PersonId, MatchOutcomeKind Outcome, DateOnly? On = null, string? Note = null);

    public sealed record Row(Guid Id, Guid PersonId, string Name, MatchOutcomeKind Outcome, DateOnly On, string Note, string By);

    public static async Task Handle(Guid zoneId, Guid needId, Request request, GaoxinDb db, BusinessDay day, TimeProvider clock, CancellationToken ct)
    {
        await TalentAccess.RequireKeeperAsync(db, zoneId, ct);
        var need = await TalentAccess.FindNeedAsync(db, zoneId, needId, ct);
        if (!await db.TalentPeople.AnyAsync(p => p.Id == request.PersonId && p.ZoneId == zoneId, ct))
        {
            throw FieldsException.One("personId", Text.Get("Err.NoSuchRecord", Text.Get("Thing.person")));
        }

        var on = request.On ?? day.Today;
        if (on > day.Today || on.Year < 2000)
        {
            throw FieldsException.One("on", Text.Get("Talent.Err.DateRange", 2000, day.Today.ToString("yyyy-MM-dd")));
        }

        if ((request.Note?.Length ?? 0) > 500)
        {
            throw FieldsException.One("note", Text.Get("Talent.Err.Description"));
        }

        db.TalentMatchOutcomes.Add(new MatchOutcome(zoneId, needId, request.PersonId, need.EnterpriseId, request.Outcome, on, request.Note ?? string.Empty,
            db.Scope.UserName ?? string.Empty, clock.GetUtcNow()));
        await db.SaveChangesAsync(ct);
    }

    public static async Task<List<Row>> ListAsync(Guid zoneId, Guid needId, GaoxinDb db, CancellationToken ct)
    {
        await TalentAccess.FindNeedAsync(db, zoneId, needId, ct);
        return await (from o in db.TalentMatchOutcomes.AsNoTracking()
                      join p in db.TalentPeople on o.PersonId equals p.Id
                      where o.NeedId == needId
                      orderby o.At descending
                      select new Row(o.Id, o.PersonId, p.Name, o.Outcome, o.On, o.Note, o.By)).ToListAsync(ct);
    }

    public static void Map(RouteGroupBuilder zone)
    {
        zone.MapPost("/talent/needs/{id:guid}/outcomes", async Task<Created<List<Row>>> (ZoneRoute zone, Guid id, Request request, GaoxinDb db, BusinessDay day, TimeProvider clock, CancellationToken ct) =>
            {
                await Handle(zone.Id, id, request, db, day, clock, ct);
                return TypedResults.Created($"/api/v1/zones/{zone.Zone.Code}/talent/needs/{id}/outcomes", await ListAsync(zone.Id, id, db, ct));
            })
            .RequireAuthorization(TalentPolicies.ApiTalentReader)
            .WithName("RecordMatchOutcome")
            .WithSummary("Records the outcome of a match (Contacted, Engaged, Declined) for a person and need (admins and talent staff)");
        zone.MapGet("/talent/needs/{id:guid}/outcomes", async Task<Ok<List<Row>>> (ZoneRoute zone, Guid id, GaoxinDb db, CancellationToken ct) =>
            {
                await TalentAccess.RequireStaffViewAsync(db, ct);
                return TypedResults.Ok(await ListAsync(zone.Id, id, db, ct));
            })
            .RequireAuthorization(TalentPolicies.ApiTalentReader)
            .WithName("ListMatchOutcomes")
            .WithSummary("The outcomes recorded for a need, latest first");
    }
}

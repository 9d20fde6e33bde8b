using Gaoxin.Data;
using Gaoxin.Hosting.Api;
using Gaoxin.Engines.Talent;
using Gaoxin.Modules.Innovation.Features;
using Gaoxin.Modules.Talent.Domain;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Gaoxin.Modules.Talent.Features;

/// <summary>
/// The talent pool's figures for a year: people in the pool by title, field and programme, talents introduced in the
/// year (enrolments into a programme dated that year) against the year's target, and support given. Counts only, no
/// personal data, so every reader of the innovation summary may see them.
/// </summary>
public static class TalentSummary
{
    /// <summary>The <c>talent</c> block of the innovation summary.</summary>
    public sealed record Block(int Total, int Senior, int AssociateSenior, int Introduced, int? IntroducedTarget);

    public sealed record Count(string Key, int Value);

    public sealed record Dashboard(int Year, Block Talent, decimal? TargetProgressPercent, IReadOnlyList<Count> ByTitle, IReadOnlyList<Count> ByField,
        IReadOnlyList<Count> ByProgramme, IReadOnlyList<Support> SupportByKind, int OpenNeeds, IReadOnlyList<Count> Outcomes);

    /// <summary>Support items of a kind granted in the year and their total (yuan).</summary>
    public sealed record Support(SupportKind Kind, int Items, decimal Amount);

    public static async Task<Block> BlockAsync(Guid zoneId, int year, GaoxinDb db, CancellationToken ct)
    {
        var titles = await db.TalentPeople.Where(p => p.ZoneId == zoneId).GroupBy(p => p.Title).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
        var (from, to) = (new DateOnly(year, 1, 1), new DateOnly(year + 1, 1, 1));
        var introduced = await db.TalentEnrolments.CountAsync(e => e.ZoneId == zoneId && e.EnrolledOn >= from && e.EnrolledOn < to, ct);
        var target = await db.TalentTargets.Where(t => t.ZoneId == zoneId && t.Year == year).Select(t => (int?)t.Introduced).FirstOrDefaultAsync(ct);
        return new Block(titles.Sum(t => t.Count), titles.Where(t => t.Key == TitleLevel.Senior).Sum(t => t.Count),
            titles.Where(t => t.Key == TitleLevel.AssociateSenior).Sum(t => t.Count), introduced, target);
    }

    public static async Task<Dashboard> Handle(Guid zoneId, int year, GaoxinDb db, DateOnly today, CancellationToken ct)
    {
        EnterpriseAccess.RequireYear(year);
        var block = await BlockAsync(zoneId, year, db, ct);
        var people = await db.TalentPeople.AsNoTracking().Where(p => p.ZoneId == zoneId).Select(p => new { p.Title, p.Fields }).ToListAsync(ct);
        var (from, to) = (new DateOnly(year, 1, 1), new DateOnly(year + 1, 1, 1));
        var programmes = await db.TalentProgrammes.AsNoTracking().Where(p => p.ZoneId == zoneId).OrderBy(p => p.Kind).ThenBy(p => p.Name)
            .Select(p => new Count(p.Name, db.TalentEnrolments.Count(e => e.ProgrammeId == p.Id && e.EnrolledOn >= from && e.EnrolledOn < to))).ToListAsync(ct);
        var support = await db.TalentSupportItems.AsNoTracking().Where(s => s.ZoneId == zoneId && s.GrantedOn >= from && s.GrantedOn < to)
            .Select(s => new { s.Kind, s.AmountFen }).ToListAsync(ct);
        var outcomes = await db.TalentMatchOutcomes.AsNoTracking().Where(o => o.ZoneId == zoneId && o.On >= from && o.On < to).Select(o => o.Outcome).ToListAsync(ct);
        var openNeeds = await db.TalentNeeds.CountAsync(n => n.ZoneId == zoneId && n.Deadline >= today, ct);
        return new Dashboard(year, block,
            block.IntroducedTarget is { } t and > 0 ? Math.Round(100m * block.Introduced / t, 1) : null,
            Enum.GetValues<TitleLevel>().Select(l => new Count(l.ToString(), people.Count(p => p.Title == l))).ToList(),
            people.SelectMany(p => Person.SplitFields(p.Fields)).GroupBy(f => f).Select(g => new Count(g.Key, g.Count()))
                .OrderByDescending(c => c.Value).ThenBy(c => c.Key, StringComparer.Ordinal).ToList(),
            programmes,
            Enum.GetValues<SupportKind>().Select(k => new Support(k, support.Count(s => s.Kind == k), support.Where(s => s.Kind == k).Sum(s => s.AmountFen) / 100m)).ToList(),
            openNeeds,
            Enum.GetValues<MatchOutcomeKind>().Select(k => new Count(k.ToString(), outcomes.Count(o => o == k))).ToList());
    }

    public static void Map(RouteGroupBuilder zone) => zone
        .MapGet("/talent/summary", async Task<Ok<Dashboard>> (ZoneRoute zone, int? year, GaoxinDb db, BusinessDay day, CancellationToken ct) =>
        {
            await TalentAccess.RequireStaffViewAsync(db, ct);
            return TypedResults.Ok(await Handle(zone.Id, year ?? day.Today.Year, db, day.Today, ct));
        })
        .RequireAuthorization(TalentPolicies.ApiTalentReader)
        .WithName("TalentSummary")
        .WithSummary("The talent dashboard's figures: the pool by title, field and programme, talents introduced in the year against the target, support given, needs and outcomes");
}

using Gaoxin.Data;
using Gaoxin.Engines.Qualifications;
using Gaoxin.Hosting.Api;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Gaoxin.Modules.Innovation.Features;

/// <summary>
/// The innovation dashboard's figures for a year: enterprises and qualifications in force at the year's end (or on the
/// business date for the current year). One nested record per block so other parts of the platform (talent,
/// incubation) add their block as a property without changing the others.
/// </summary>
public static class InnovationSummary
{
    public sealed record CountBlock(int Count, int NewInYear, int? Target);

    public sealed record EnterprisesBlock(int Count, int WithFigures, decimal Revenue, decimal RdExpense, decimal OutwardSupply);

    /// <summary>The zone's published statistics of the latest year up to the one asked for (null when none is entered).</summary>
    public sealed record StatisticsBlock(int Year, decimal? RdToGdpPercent, decimal? TechContractTurnover);

    public sealed record Summary(int Year, DateOnly AsOf, EnterprisesBlock Enterprises, CountBlock Hnte, CountBlock TechSme, CountBlock InnovativeSme, CountBlock Srdi,
        CountBlock SrdiProvincialOrHigher, CountBlock LittleGiant, CountBlock AboveScale, StatisticsBlock? Statistics)
    {
        /// <summary>The incubation chain (carriers, area, enterprises in incubation, graduates) on <see cref="AsOf"/>.</summary>
        public Incubation.IncubationFigures.Block? Incubation { get; init; }
        /// <summary>The talent pool's block (talent.total, talent.senior, talent.associateSenior, talent.introduced).</summary>
        public Gaoxin.Modules.Talent.Features.TalentSummary.Block? Talent { get; init; }
        /// <summary>Listing and financing (events.listedEnterprises, events.financingsInYear, events.financingAmountInYear).</summary>
        public Events.EventFigures.Block? Events { get; init; }
    }

    public static async Task<Summary> Handle(Guid zoneId, int year, GaoxinDb db, DateOnly today, CancellationToken ct)
    {
        EnterpriseAccess.RequireYear(year);
        var asOf = year == today.Year ? today : new DateOnly(year, 12, 31);
        var qualifications = await db.Qualifications.AsNoTracking().Where(q => q.ZoneId == zoneId && q.GrantedOn <= asOf)
            .Select(q => new { q.EnterpriseId, q.Kind, q.Level, q.GrantedOn, q.ExpiresOn }).ToListAsync(ct);
        var targets = await db.CultivationTargets.AsNoTracking().Where(t => t.ZoneId == zoneId && t.Year == year).ToDictionaryAsync(t => t.Kind, t => t.Count, ct);
        var count = await db.Enterprises.CountAsync(e => e.ZoneId == zoneId, ct);
        var figuresYear = year - 1;
        var figures = await db.EnterpriseYears.AsNoTracking().Where(y => y.ZoneId == zoneId && y.Year == figuresYear)
            .Select(y => new { y.RevenueFen, y.RdExpenseFen, y.OutwardSupplyFen }).ToListAsync(ct);
        var statistics = await db.InnovationStatistics.AsNoTracking().Where(s => s.ZoneId == zoneId && s.Year <= year).OrderByDescending(s => s.Year).FirstOrDefaultAsync(ct);

        CountBlock Block(QualificationKind kind, bool provincialOrHigher = false)
        {
            var ofKind = qualifications.Where(q => q.Kind == kind && (!provincialOrHigher || q.Level != Domain.QualificationLevel.City)).ToList();
            return new CountBlock(ofKind.Where(q => q.ExpiresOn >= asOf).Select(q => q.EnterpriseId).Distinct().Count(),
                ofKind.Where(q => q.GrantedOn.Year == year).Select(q => q.EnterpriseId).Distinct().Count(), provincialOrHigher ? null : targets.TryGetValue(kind, out var t) ? t : null);
        }

        return new Summary(year, asOf,
            new EnterprisesBlock(count, figures.Count, figures.Sum(f => f.RevenueFen) / 100m, figures.Sum(f => f.RdExpenseFen) / 100m, figures.Sum(f => f.OutwardSupplyFen) / 100m),
            Block(QualificationKind.Hnte), Block(QualificationKind.TechSme), Block(QualificationKind.InnovativeSme), Block(QualificationKind.Srdi),
            Block(QualificationKind.Srdi, provincialOrHigher: true), Block(QualificationKind.LittleGiant), Block(QualificationKind.AboveScale),
            statistics is null ? null : new StatisticsBlock(statistics.Year, statistics.RdToGdpPercent, statistics.TechContractTurnoverFen / 100m))
        {
            Incubation = await Incubation.IncubationFigures.ForAsync(zoneId, asOf, db, ct),
            Talent = await Gaoxin.Modules.Talent.Features.TalentSummary.BlockAsync(zoneId, year, db, ct),
            Events = await Events.EventFigures.ForAsync(zoneId, asOf, db, ct),
        };
    }

    public static void Map(RouteGroupBuilder zone) => zone
        .MapGet("/innovation/summary", async Task<Ok<Summary>> (ZoneRoute zone, int? year, GaoxinDb db, BusinessDay day, CancellationToken ct) =>
        {
            EnterpriseAccess.RequireStaff(db);
            return TypedResults.Ok(await Handle(zone.Id, year ?? day.Today.Year, db, day.Today, ct));
        })
        .RequireAuthorization(Policies.ApiInnovationReader)
        .WithName("InnovationSummary")
        .WithSummary("The year's innovation figures: enterprises, qualifications in force (hnte.count, techSme.count, …) with new grants and targets");
}

/// <summary>Enters a year's published innovation statistics of the zone (R&amp;D ÷ GDP, technology-contract turnover); version-checked.</summary>
public static class SetInnovationStatistics
{
    public sealed record Request(decimal? RdToGdpPercent, decimal? TechContractTurnover, long Version = 0);

    public static async Task Handle(Guid zoneId, int year, Request request, GaoxinDb db, BusinessDay day, CancellationToken ct)
    {
        EnterpriseAccess.RequireStaff(db);
        if (!db.Scope.CanWrite(zoneId))
        {
            throw new DomainException(Text.Get("Err.ReadOnlyZone"), StatusCodes.Status403Forbidden);
        }

        if (year < 2000 || year > day.Today.Year)
        {
            throw FieldsException.One("year", Text.Get("Ent.Err.Year", 2000, day.Today.Year));
        }

        if (request.RdToGdpPercent is < 0 or > 100 || (request.RdToGdpPercent is { } p && decimal.Round(p, 4) != p))
        {
            throw FieldsException.One("rdToGdpPercent", Text.Get("Ent.Err.Percent", request.RdToGdpPercent));
        }

        if (request.TechContractTurnover is < 0)
        {
            throw FieldsException.One("techContractTurnover", Text.Get("Ent.Err.Negative", Text.Get("Ent.Field.techContractTurnover")));
        }

        long? fen;
        try
        {
            fen = request.TechContractTurnover is { } yuan ? Engines.Money.Fen.FromYuan(yuan) : null;
        }
        catch (ArgumentException)
        {
            throw FieldsException.One("techContractTurnover", Text.Get("Err.NotWholeFen", request.TechContractTurnover));
        }

        var row = await db.InnovationStatistics.FirstOrDefaultAsync(s => s.ZoneId == zoneId && s.Year == year, ct);
        if (row is null)
        {
            if (request.Version != 0)
            {
                throw new DomainException(Text.Get("Err.Conflict"), StatusCodes.Status409Conflict);
            }

            row = new Domain.InnovationStatistics(zoneId, year);
            db.InnovationStatistics.Add(row);
        }
        else
        {
            row.RequireVersion(request.Version);
        }

        row.RdToGdpPercent = request.RdToGdpPercent;
        row.TechContractTurnoverFen = fen;
        await db.SaveChangesAsync(ct);
    }

    public static void Map(RouteGroupBuilder zone) => zone
        .MapPut("/innovation/statistics/{year:int}", async Task<NoContent> (ZoneRoute zone, int year, Request request, GaoxinDb db, BusinessDay day, CancellationToken ct) =>
        {
            await Handle(zone.Id, year, request, db, day, ct);
            return TypedResults.NoContent();
        })
        .RequireAuthorization(Policies.ApiInnovationEditor)
        .WithName("SetInnovationStatistics")
        .WithSummary("Enters a year's R&D ÷ GDP (%) and technology-contract turnover (yuan) as published; version-checked (0 for a new year)");
}

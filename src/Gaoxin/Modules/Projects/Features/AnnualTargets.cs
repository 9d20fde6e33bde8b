using System.ComponentModel.DataAnnotations;
using Gaoxin.Data;
using Gaoxin.Engines.Money;
using Gaoxin.Hosting.Api;
using Gaoxin.Modules.Projects.Domain;
using Gaoxin.Modules.Zones.Domain;
using Gaoxin.Modules.Zones.Features;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Gaoxin.Modules.Projects.Features;

/// <summary>A zone's targets for a year, in yuan; each figure optional.</summary>
public sealed record AnnualTargetDto(
    int Year,
    [property: Range(0, 100_000_000_000_000)] decimal? FaiPlan,
    [property: Range(-100, 1000)] decimal? FaiPlanGrowthPercent,
    [property: Range(0, 100_000_000_000_000)] decimal? FaiStretch,
    [property: Range(-100, 1000)] decimal? FaiStretchGrowthPercent,
    [property: Range(0, 100_000)] int? BigProjectCount,
    [property: Range(0, 100_000_000_000_000)] decimal? BigProjectTotal,
    [property: Range(0, 100_000_000_000_000)] decimal? BigProjectPlanned,
    [property: Range(0, 100_000)] int? CityKeyCount,
    [property: Range(0, 100_000)] int? ProvincialKeyCount,
    [property: Range(0, 100_000)] int? SigningCount,
    [property: Range(0, 100_000_000_000_000)] decimal? SigningAmount,
    long Version = 0)
{
    public static AnnualTargetDto From(AnnualTarget t) => new(t.Year, Yuan(t.FaiPlanFen), t.FaiPlanGrowthPercent, Yuan(t.FaiStretchFen), t.FaiStretchGrowthPercent,
        t.BigProjectCount, Yuan(t.BigProjectTotalFen), Yuan(t.BigProjectPlannedFen), t.CityKeyCount, t.ProvincialKeyCount, t.SigningCount, Yuan(t.SigningAmountFen), t.Version);

    private static decimal? Yuan(long? fen) => fen is { } f ? Fen.ToYuan(f) : null;
}

/// <summary>Reads and sets a zone's targets for a year (年度目标).</summary>
public static class AnnualTargets
{
    public static Task<AnnualTarget?> FindAsync(GaoxinDb db, Zone zone, int year, CancellationToken ct)
        => db.AnnualTargets.AsNoTracking().FirstOrDefaultAsync(t => t.ZoneId == zone.Id && t.Year == year, ct);

    public static async Task<AnnualTarget> SetAsync(Zone zone, AnnualTargetDto request, GaoxinDb db, CancellationToken ct)
    {
        RequestValidation.Ensure(request);
        if (request.Year is < 2000 or > 2100)
        {
            throw new DomainException(Text.Get("Err.YearPlanRange", request.Year));
        }

        if (!db.Scope.CanWrite(zone.Id))
        {
            throw new DomainException(Text.Get("Err.ReadOnlyZone"), StatusCodes.Status403Forbidden);
        }

        var target = await db.AnnualTargets.FirstOrDefaultAsync(t => t.ZoneId == zone.Id && t.Year == request.Year, ct);
        if (target is null)
        {
            target = new AnnualTarget(zone.Id, request.Year);
            db.AnnualTargets.Add(target);
        }
        else
        {
            db.Entry(target).Property(t => t.Version).OriginalValue = request.Version;
        }

        target.FaiPlanFen = MoneyInput.ToFen(request.FaiPlan);
        target.FaiPlanGrowthPercent = request.FaiPlanGrowthPercent;
        target.FaiStretchFen = MoneyInput.ToFen(request.FaiStretch);
        target.FaiStretchGrowthPercent = request.FaiStretchGrowthPercent;
        target.BigProjectCount = request.BigProjectCount;
        target.BigProjectTotalFen = MoneyInput.ToFen(request.BigProjectTotal);
        target.BigProjectPlannedFen = MoneyInput.ToFen(request.BigProjectPlanned);
        target.CityKeyCount = request.CityKeyCount;
        target.ProvincialKeyCount = request.ProvincialKeyCount;
        target.SigningCount = request.SigningCount;
        target.SigningAmountFen = MoneyInput.ToFen(request.SigningAmount);
        await db.SaveChangesAsync(ct);
        return target;
    }


    public static void Map(RouteGroupBuilder zone)
    {
        zone.MapGet("/targets/{year:int}", async Task<Results<Ok<AnnualTargetDto>, ProblemHttpResult>> (string zone, int year, GaoxinDb db, CancellationToken ct) =>
            {
                if (await db.FindVisibleAsync(zone, ct) is not { } z)
                {
                    return ApiResults.ZoneNotFound(zone);
                }

                return await FindAsync(db, z, year, ct) is { } t ? TypedResults.Ok(AnnualTargetDto.From(t)) : ApiResults.NotFound("target");
            })
            .RequireAuthorization(Policies.ApiProjectReader)
            .WithName("GetAnnualTarget")
            .WithSummary("A zone's targets for a year");

        zone.MapPut("/targets/{year:int}", async Task<Results<Ok<AnnualTargetDto>, ProblemHttpResult>> (string zone, int year, AnnualTargetDto request, GaoxinDb db, CancellationToken ct) =>
            {
                if (await db.FindVisibleAsync(zone, ct) is not { } z)
                {
                    return ApiResults.ZoneNotFound(zone);
                }

                if (request.Year != year)
                {
                    return ApiResults.Refused(Text.Get("Err.TargetYearMismatch", year, request.Year));
                }

                return TypedResults.Ok(AnnualTargetDto.From(await SetAsync(z, request, db, ct)));
            })
            .RequireAuthorization(Policies.ApiProjectEditor)
            .WithName("SetAnnualTarget")
            .WithSummary("Sets a zone's targets for a year (send the version you read; 0 for a new year)");
    }
}

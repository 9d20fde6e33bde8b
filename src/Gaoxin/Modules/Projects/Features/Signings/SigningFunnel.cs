using Gaoxin.Data;
using Gaoxin.Engines.Money;
using Gaoxin.Hosting.Api;
using Gaoxin.Modules.Projects.Domain;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Gaoxin.Modules.Projects.Features.Signings;

/// <summary>
/// A year's signings and the lead → signed → landed funnel against the year's targets. Leads are the ledger's
/// projects that were in negotiation (在谈) during the year.
/// </summary>
public static class SigningFunnel
{
    public sealed record Funnel(int Year, int Leads, SigningFigures Signed, int? TargetCount, decimal? TargetAmount, decimal? CountPercent, decimal? AmountPercent,
        SigningFigures PreviousYear, IReadOnlyList<SigningDto> Signings);

    public static async Task<(SigningFigures Year, SigningFigures Previous)> FiguresAsync(Guid zoneId, int year, GaoxinDb db, CancellationToken ct, DateOnly? asOf = null)
    {
        var cutoff = asOf ?? DateOnly.MaxValue;
        var signings = await db.Signings.AsNoTracking().Where(s => s.ZoneId == zoneId && s.SignedOn.Year >= year - 1 && s.SignedOn.Year <= year && s.SignedOn <= cutoff).ToListAsync(ct);
        foreach (var s in signings.Where(s => s.LandedOn > cutoff))
        {
            s.LandedOn = null; // not landed yet on that day (a no-tracking copy)
        }
        return (SigningFigures.Of(signings.Where(s => s.SignedOn.Year == year).ToList()), SigningFigures.Of(signings.Where(s => s.SignedOn.Year == year - 1).ToList()));
    }

    public static async Task<Funnel> Handle(Guid zoneId, int year, GaoxinDb db, CancellationToken ct)
    {
        var signings = await db.Signings.AsNoTracking().Where(s => s.ZoneId == zoneId && s.SignedOn.Year == year)
            .OrderBy(s => s.SignedOn).ThenBy(s => s.ProjectName).ToListAsync(ct);
        var (figures, previous) = await FiguresAsync(zoneId, year, db, ct);
        var leads = await db.Projects.AsNoTracking().Where(p => p.ZoneId == zoneId)
            .CountAsync(p => (p.Stage == ProjectStage.Negotiating && p.StageSince.Year <= year)
                || p.StageChanges.Any(c => c.To == ProjectStage.Negotiating && c.On.Year == year), ct);
        var target = await db.AnnualTargets.AsNoTracking().FirstOrDefaultAsync(t => t.ZoneId == zoneId && t.Year == year, ct);
        var targetAmount = target?.SigningAmountFen is { } a ? Fen.ToYuan(a) : (decimal?)null;
        return new Funnel(year, Math.Max(leads, 0), figures, target?.SigningCount, targetAmount,
            target?.SigningCount is > 0 ? Math.Round(100m * figures.Count / target.SigningCount.Value, 1) : null,
            targetAmount is > 0 ? Math.Round(100m * figures.AgreedAmount / targetAmount.Value, 1) : null,
            previous, signings.Select(SigningDto.From).ToList());
    }

    public static void Map(RouteGroupBuilder zone) => zone
        .MapGet("/signings", async Task<Ok<Funnel>> (ZoneRoute zone, int? year, GaoxinDb db, BusinessDay day, CancellationToken ct)
            => TypedResults.Ok(await Handle(zone.Id, year ?? day.Today.Year, db, ct)))
        .RequireAuthorization(Policies.ApiProjectReader)
        .WithName("ListSignings")
        .WithSummary("A year's signings with the lead → signed → landed funnel against targets, and last year's figures");
}

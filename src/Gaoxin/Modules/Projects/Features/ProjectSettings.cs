using Gaoxin.Data;
using Gaoxin.Hosting.Api;
using Gaoxin.Modules.Projects.Domain;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Gaoxin.Modules.Projects.Features;

public sealed record ProjectSettingsDto(decimal YellowBandPoints, int StartOverdueMonths, string LightRuleVersion, int RankCompletionWeight, int RankStartsWeight,
    int RankProblemsWeight, long Version)
{
    public static ProjectSettingsDto From(ZoneProjectSettings s) => new(s.YellowBandPoints, s.StartOverdueMonths, s.LightRule.Version, s.RankCompletionWeight,
        s.RankStartsWeight, s.RankProblemsWeight, s.Version);
}

/// <summary>
/// A zone's rule for traffic lights (DOMAIN.md §2 defaults: yellow within 30 points of the time-elapsed target, red
/// beyond or 3 months after a planned start without one) and the weights of its monthly unit ranking. Each change
/// makes a new rule version; lights already stored keep the version that judged them.
/// </summary>
public static class ProjectSettings
{
    public sealed record Request(decimal YellowBandPoints, int StartOverdueMonths, int RankCompletionWeight, int RankStartsWeight, int RankProblemsWeight, long Version);

    public static async Task<ZoneProjectSettings> ForZoneAsync(Guid zoneId, GaoxinDb db, CancellationToken ct)
        => await db.ZoneProjectSettings.AsNoTracking().FirstOrDefaultAsync(s => s.ZoneId == zoneId, ct) ?? new ZoneProjectSettings(zoneId);

    public static async Task<ZoneProjectSettings> SetAsync(ZoneRoute zone, Request request, GaoxinDb db, CancellationToken ct)
    {
        zone.RequireWritable(db);
        if (request.YellowBandPoints is < 0 or > 100 || decimal.Round(request.YellowBandPoints, 2) != request.YellowBandPoints)
        {
            throw new DomainException(Text.Get("Err.YellowBand"));
        }

        if (request.StartOverdueMonths is < 1 or > 24)
        {
            throw new DomainException(Text.Get("Err.StartOverdueMonths"));
        }

        int[] weights = [request.RankCompletionWeight, request.RankStartsWeight, request.RankProblemsWeight];
        if (weights.Any(w => w is < 0 or > 100) || weights.Sum() != 100)
        {
            throw new DomainException(Text.Get("Err.RankWeights", weights.Sum()));
        }

        var settings = await db.ZoneProjectSettings.FirstOrDefaultAsync(s => s.ZoneId == zone.Id, ct);
        if (settings is null)
        {
            settings = new ZoneProjectSettings(zone.Id);
            db.ZoneProjectSettings.Add(settings);
        }

        settings.RequireVersion(request.Version);

        if (settings.YellowBandPoints != request.YellowBandPoints || settings.StartOverdueMonths != request.StartOverdueMonths)
        {
            settings.RuleRevision++;
        }

        settings.YellowBandPoints = request.YellowBandPoints;
        settings.StartOverdueMonths = request.StartOverdueMonths;
        settings.RankCompletionWeight = request.RankCompletionWeight;
        settings.RankStartsWeight = request.RankStartsWeight;
        settings.RankProblemsWeight = request.RankProblemsWeight;
        await db.SaveChangesAsync(ct);
        return settings;
    }

    public static void Map(RouteGroupBuilder zone)
    {
        zone.MapGet("/project-settings", async Task<Ok<ProjectSettingsDto>> (ZoneRoute zone, GaoxinDb db, CancellationToken ct)
                => TypedResults.Ok(ProjectSettingsDto.From(await ForZoneAsync(zone.Id, db, ct))))
            .RequireAuthorization(Policies.ApiProjectReader).WithName("GetProjectSettings").WithSummary("The zone's light rule and ranking weights");
        zone.MapPut("/project-settings", async Task<Ok<ProjectSettingsDto>> (ZoneRoute zone, Request request, GaoxinDb db, CancellationToken ct)
                => TypedResults.Ok(ProjectSettingsDto.From(await SetAsync(zone, request, db, ct))))
            .RequireAuthorization(Policies.ApiZoneAdmin).WithName("SetProjectSettings").WithSummary("Changes the zone's light rule (a new rule version) and ranking weights");
    }
}

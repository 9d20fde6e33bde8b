using Gaoxin.Data;
using Gaoxin.Hosting.Api;
using Gaoxin.Modules.Accounts.Domain;
using Gaoxin.Modules.Innovation.Features;
using Gaoxin.Modules.Talent.Domain;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Gaoxin.Modules.Talent.Features;

/// <summary>
/// Which departments are the zone's talent staff, by fragments of their names (default 人社, 人才, 人力资源). The zone admin
/// sets them (version-checked); <see cref="TalentAccess"/> reads them on every call.
/// </summary>
public static class TalentDepartments
{
    public const int MaxFragments = 10;
    public const int MaxFragmentLength = 20;

    public sealed record Dto(IReadOnlyList<string> TalentDepartments, bool IsDefault, long Version);

    /// <param name="TalentDepartments">Fragments of department names, 1 to 10 of 1 to 20 characters each.</param>
    public sealed record Request(IReadOnlyList<string>? TalentDepartments, long Version);

    /// <summary>The fragments in force in a zone (its own, or the default).</summary>
    public static async Task<IReadOnlyList<string>> FragmentsAsync(GaoxinDb db, Guid zoneId, CancellationToken ct)
        => (await db.TalentSettings.AsNoTracking().Where(s => s.ZoneId == zoneId).Select(s => s.TalentDepartments).FirstOrDefaultAsync(ct)) is { } own
            ? own.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            : TalentSettings.DefaultDepartments;

    public static async Task<Dto> GetAsync(Guid zoneId, GaoxinDb db, CancellationToken ct)
    {
        var settings = await db.TalentSettings.AsNoTracking().FirstOrDefaultAsync(s => s.ZoneId == zoneId, ct);
        return settings is null ? new Dto(TalentSettings.DefaultDepartments, true, 0) : new Dto(settings.DepartmentFragments, false, settings.Version);
    }

    public static async Task<Dto> SetAsync(ZoneRoute zone, Request request, GaoxinDb db, CancellationToken ct)
    {
        // The route asks for a zone admin; the pages call this in process, so the handler asks too.
        if (!(db.Scope.IsSystem || db.Scope.IsInRole(Roles.ZoneAdmin) || db.Scope.IsInRole(Roles.PlatformAdmin)))
        {
            throw new DomainException(Text.Get("Talent.Err.AdminsOnly"), StatusCodes.Status403Forbidden);
        }

        zone.RequireWritable(db);
        var fragments = (request.TalentDepartments ?? []).Select(f => (f ?? string.Empty).Trim()).Where(f => f.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        if (fragments.Count is 0 or > MaxFragments || fragments.Any(f => f.Length > MaxFragmentLength || f.Contains(';', StringComparison.Ordinal)))
        {
            throw FieldsException.One("talentDepartments", Text.Get("Talent.Err.Departments", MaxFragments, MaxFragmentLength));
        }

        var settings = await db.TalentSettings.FirstOrDefaultAsync(s => s.ZoneId == zone.Id, ct);
        if (settings is null)
        {
            settings = new TalentSettings(zone.Id);
            db.TalentSettings.Add(settings);
        }

        settings.RequireVersion(request.Version);
        if (db.Entry(settings).State == EntityState.Added)
        {
            // Version 0 means "the default, never set": a new row starts at 1 so a second writer who read the default is refused.
            settings.Version = 1;
        }

        settings.SetDepartments(fragments);
        await db.SaveChangesAsync(ct);
        return await GetAsync(zone.Id, db, ct);
    }

    public static void Map(RouteGroupBuilder zone)
    {
        zone.MapGet("/talent/settings", async Task<Ok<Dto>> (ZoneRoute zone, GaoxinDb db, CancellationToken ct) =>
            {
                await TalentAccess.RequireStaffViewAsync(db, ct);
                return TypedResults.Ok(await GetAsync(zone.Id, db, ct));
            })
            .RequireAuthorization(TalentPolicies.ApiTalentReader)
            .WithName("GetTalentSettings")
            .WithSummary("The zone's talent settings: the department-name fragments that mark its talent staff (default 人社, 人才, 人力资源)");
        zone.MapPut("/talent/settings", async Task<Ok<Dto>> (ZoneRoute zone, Request request, GaoxinDb db, CancellationToken ct)
                => TypedResults.Ok(await SetAsync(zone, request, db, ct)))
            .RequireAuthorization(Policies.ApiZoneAdmin)
            .WithName("SetTalentSettings")
            .WithSummary("Sets which departments are the zone's talent staff by name fragments (zone admins; version-checked; 400 naming talentDepartments)");
    }
}

using System.Security.Claims;
using Gaoxin.Data;
using Gaoxin.Modules.Accounts.Domain;
using Gaoxin.Modules.Innovation.Features;
using Gaoxin.Modules.Talent.Domain;
using Microsoft.EntityFrameworkCore;

namespace Gaoxin.Modules.Talent.Features;

/// <summary>How much of a person the caller sees.</summary>
public enum PersonalView
{
    /// <summary>Contact, ID number and birth year (masked in lists and exports): admins and the zone's talent staff.</summary>
    Full,

    /// <summary>Names, titles, fields and employers, no personal data: leaders, supervisors, other staff.</summary>
    Names,

    /// <summary>Only the people matched to its own needs (name, title, field): an enterprise account.</summary>
    Matched,
}

/// <summary>
/// Who reads what of the talent pool. The zone's talent staff are staff of a department whose name contains one of the
/// zone's talent-department fragments (<see cref="Features.TalentDepartments"/>; by default 人社, 人才, 人力资源: 人社局, 人才办 …);
/// with zone and platform admins they read personal data and keep the pool. Decided on the server: every answer is cut
/// to the caller's view before it leaves the handler.
/// </summary>
public static class TalentAccess
{
    public static async Task<PersonalView> ViewAsync(GaoxinDb db, CancellationToken ct)
    {
        var scope = db.Scope;
        if (scope.IsSystem || scope.IsInRole(Roles.PlatformAdmin) || scope.IsInRole(Roles.ZoneAdmin))
        {
            return PersonalView.Full;
        }

        if (EnterpriseAccess.IsEnterpriseUser(db))
        {
            return PersonalView.Matched;
        }

        if (scope.IsInRole(Roles.Staff) && Guid.TryParse(scope.Principal.FindFirstValue(GaoxinClaims.Department), out var department))
        {
            var own = await db.Departments.Where(d => d.Id == department).Select(d => new { d.Name, d.ZoneId }).FirstOrDefaultAsync(ct);
            if (own is not null && (await TalentDepartments.FragmentsAsync(db, own.ZoneId, ct)).Any(t => own.Name.Contains(t, StringComparison.Ordinal)))
            {
                return PersonalView.Full;
            }
        }

        return PersonalView.Names;
    }

    /// <summary>Refuses anyone but the pool's keepers (admins, talent staff) writing into a zone they may write.</summary>
    public static async Task RequireKeeperAsync(GaoxinDb db, Guid zoneId, CancellationToken ct)
    {
        if (await ViewAsync(db, ct) != PersonalView.Full)
        {
            throw new DomainException(Text.Get("Talent.Err.KeepersOnly"), StatusCodes.Status403Forbidden);
        }

        if (!db.Scope.CanWrite(zoneId))
        {
            throw new DomainException(Text.Get("Err.ReadOnlyZone"), StatusCodes.Status403Forbidden);
        }
    }

    /// <summary>Refuses an enterprise account (the pool itself is for staff).</summary>
    public static async Task<PersonalView> RequireStaffViewAsync(GaoxinDb db, CancellationToken ct)
    {
        var view = await ViewAsync(db, ct);
        if (view == PersonalView.Matched)
        {
            throw new DomainException(Text.Get("Ent.Err.StaffOnly"), StatusCodes.Status403Forbidden);
        }

        return view;
    }

    public static async Task<Person> FindPersonAsync(GaoxinDb db, Guid zoneId, Guid id, CancellationToken ct, bool track = false)
    {
        var query = track ? db.TalentPeople : db.TalentPeople.AsNoTracking();
        return await query.FirstOrDefaultAsync(p => p.Id == id && p.ZoneId == zoneId, ct)
            ?? throw new DomainException(Text.Get("Err.NoSuchRecord", Text.Get("Thing.person")), StatusCodes.Status404NotFound);
    }

    /// <summary>A need of the zone; an enterprise account finds only its own enterprise's needs (others answer 404).</summary>
    public static async Task<TalentNeed> FindNeedAsync(GaoxinDb db, Guid zoneId, Guid id, CancellationToken ct)
    {
        var need = await db.TalentNeeds.AsNoTracking().FirstOrDefaultAsync(n => n.Id == id && n.ZoneId == zoneId, ct);
        if (need is null || (EnterpriseAccess.IsEnterpriseUser(db) && await EnterpriseAccess.OwnEnterpriseAsync(db, ct) != need.EnterpriseId))
        {
            throw new DomainException(Text.Get("Err.NoSuchRecord", Text.Get("Thing.need")), StatusCodes.Status404NotFound);
        }

        return need;
    }

    /// <summary>An enterprise of the zone's file, or a 400 naming <paramref name="field"/>.</summary>
    public static async Task<string> EnterpriseNameAsync(GaoxinDb db, Guid zoneId, Guid id, string field, CancellationToken ct)
        => await db.Enterprises.Where(e => e.Id == id && e.ZoneId == zoneId).Select(e => e.Name).FirstOrDefaultAsync(ct)
            ?? throw FieldsException.One(field, Text.Get("Talent.Err.UnknownEnterprise"));
}

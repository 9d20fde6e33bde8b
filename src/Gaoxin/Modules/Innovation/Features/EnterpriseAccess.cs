using Gaoxin.Data;
using Gaoxin.Hosting.Api;
using Gaoxin.Modules.Accounts.Domain;
using Gaoxin.Modules.Innovation.Domain;
using Microsoft.EntityFrameworkCore;

namespace Gaoxin.Modules.Innovation.Features;

/// <summary>Input refused field by field: the API answers 400 validation problem details naming each field.</summary>
public sealed class FieldsException(IDictionary<string, string[]> errors)
    : Exception(string.Join(" ", errors.SelectMany(e => e.Value)))
{
    public IDictionary<string, string[]> Errors { get; } = errors;

    public static FieldsException One(string field, string message) => new(new Dictionary<string, string[]> { [field] = [message] });
}

/// <summary>
/// Who may see which enterprise file: staff see every enterprise of their zones; an enterprise account sees only the
/// enterprise it is bound to (any other answers 404, so it cannot even learn what exists).
/// </summary>
public static class EnterpriseAccess
{
    public static bool IsEnterpriseUser(GaoxinDb db) => !db.Scope.IsSystem && db.Scope.Principal.IsInRole(Roles.Enterprise);

    /// <summary>The enterprise the current enterprise account is bound to, or null.</summary>
    public static async Task<Guid?> OwnEnterpriseAsync(GaoxinDb db, CancellationToken ct)
        => db.Scope.UserId is { } user
            ? await db.EnterpriseAccounts.Where(a => a.UserId == user).Select(a => (Guid?)a.EnterpriseId).FirstOrDefaultAsync(ct)
            : null;

    public static async Task<Enterprise> FindAsync(GaoxinDb db, Guid zoneId, Guid id, CancellationToken ct, bool track = true)
    {
        var query = track ? db.Enterprises : db.Enterprises.AsNoTracking();
        var enterprise = await query.FirstOrDefaultAsync(e => e.Id == id && e.ZoneId == zoneId, ct);
        if (enterprise is null || (IsEnterpriseUser(db) && await OwnEnterpriseAsync(db, ct) != id))
        {
            throw new DomainException(Text.Get("Err.NoSuchRecord", Text.Get("Thing.enterprise")), StatusCodes.Status404NotFound);
        }

        return enterprise;
    }

    /// <summary>
    /// Who may write an enterprise's file (its figures, its events): its own account, and the zone's innovation editors — not
    /// readers such as leaders, project officers or supervisors, who read the file only.
    /// </summary>
    public static void RequireFileWriter(GaoxinDb db, Guid zoneId)
    {
        if (!db.Scope.CanWrite(zoneId))
        {
            throw new DomainException(Text.Get("Err.ReadOnlyZone"), StatusCodes.Status403Forbidden);
        }

        if (!IsEnterpriseUser(db) && !db.Scope.IsSystem && !Policies.InnovationEditors.Any(db.Scope.IsInRole))
        {
            throw new DomainException(Text.Get("Err.RoleMayNot"), StatusCodes.Status403Forbidden);
        }
    }

    public static void RequireStaff(GaoxinDb db)
    {
        if (IsEnterpriseUser(db))
        {
            throw new DomainException(Text.Get("Ent.Err.StaffOnly"), StatusCodes.Status403Forbidden);
        }
    }

    /// <summary>Refuses a year outside 2000–2100 (naming <c>year</c>) instead of failing on an impossible date.</summary>
    public static void RequireYear(int year)
    {
        if (year is < 2000 or > 2100)
        {
            throw FieldsException.One("year", Text.Get("Ent.Err.Year", 2000, 2100));
        }
    }

    /// <summary>Turns <see cref="FieldsException"/> into a 400 validation problem naming the fields.</summary>
    public static RouteGroupBuilder WithFieldProblems(this RouteGroupBuilder group)
    {
        group.AddEndpointFilter(async (context, next) =>
        {
            try
            {
                return await next(context);
            }
            catch (FieldsException e)
            {
                return TypedResults.ValidationProblem(e.Errors, detail: e.Message, title: Text.Get("Title.Refused"));
            }
        });
        return group;
    }
}

using System.ComponentModel.DataAnnotations;
using Gaoxin.Data;
using Gaoxin.Hosting.Api;
using Gaoxin.Modules.Chains.Domain;
using Gaoxin.Modules.Innovation.Features;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Gaoxin.Modules.Chains.Features;

/// <summary>Defines a chain (code, name, leading or emerging, chief, member units, strength rules), corrects it, or deletes it.</summary>
public static class SaveChain
{
    public sealed record Fields(
        [property: Required, StringLength(100)] string Name,
        ChainKind Kind = ChainKind.Leading,
        [property: StringLength(50)] string? ChiefName = null,
        Guid? ChiefUserId = null,
        IReadOnlyList<string>? MemberUnits = null,
        [property: StringLength(1000)] string? Description = null,
        bool WeakWithoutLeader = true,
        [property: Range(0, 100)] decimal? WeakBelowSharePercent = 5m);

    public sealed record CreateRequest(
        [property: Required, RegularExpression("^[A-Za-z0-9][A-Za-z0-9_-]{1,39}$", ErrorMessage = "Code: 2–40 letters, digits, '-' or '_' (e.g. display).")] string Code,
        [property: Required] Fields Fields);

    public sealed record UpdateRequest([property: Required] Fields Fields, long Version = 0);

    private static void Apply(Chain chain, Fields f)
    {
        if (string.IsNullOrWhiteSpace(f.Name))
        {
            throw FieldsException.One("name", Text.Get("Chain.Err.Name"));
        }

        if (f.WeakBelowSharePercent is < 0 or > 100)
        {
            throw FieldsException.One("weakBelowSharePercent", Text.Get("Chain.Err.Share"));
        }

        var units = (f.MemberUnits ?? []).Select(u => u.Trim()).Where(u => u.Length > 0).Distinct().ToList();
        if (string.Join('\n', units).Length > 1000)
        {
            throw FieldsException.One("memberUnits", Text.Get("Err.CellTooLong", 1000));
        }

        chain.Name = f.Name.Trim();
        chain.Kind = f.Kind;
        chain.ChiefName = f.ChiefName?.Trim() ?? string.Empty;
        chain.ChiefUserId = f.ChiefUserId;
        chain.MemberUnits = string.Join('\n', units);
        chain.Description = f.Description?.Trim() ?? string.Empty;
        chain.WeakWithoutLeader = f.WeakWithoutLeader;
        chain.WeakBelowSharePercent = f.WeakBelowSharePercent;
    }

    public static async Task<Chain> CreateAsync(Guid zoneId, CreateRequest request, GaoxinDb db, CancellationToken ct)
    {
        RequestValidation.Ensure(request);
        ChainAccess.RequireWritable(db, zoneId);
        var code = request.Code.Trim();
        if (await db.Chains.AnyAsync(c => c.ZoneId == zoneId && c.Code == code, ct))
        {
            throw new DomainException(Text.Get("Chain.Err.CodeTaken", code), StatusCodes.Status409Conflict);
        }

        var chain = new Chain(zoneId, code, request.Fields.Name);
        Apply(chain, request.Fields);
        db.Chains.Add(chain);
        await db.SaveChangesAsync(ct);
        return chain;
    }

    public static async Task<Chain> UpdateAsync(Guid zoneId, string code, UpdateRequest request, GaoxinDb db, CancellationToken ct)
    {
        RequestValidation.Ensure(request);
        var chain = await ChainAccess.FindAsync(db, zoneId, code, ct);
        ChainAccess.RequireWritable(db, zoneId);
        chain.RequireVersion(request.Version);
        Apply(chain, request.Fields);
        await db.SaveChangesAsync(ct);
        return chain;
    }

    /// <summary>Deletes a chain with its links, placements and targets; refused while projects are placed on it (naming them).</summary>
    public static async Task DeleteAsync(Guid zoneId, string code, GaoxinDb db, CancellationToken ct)
    {
        var chain = await ChainAccess.FindAsync(db, zoneId, code, ct);
        ChainAccess.RequireWritable(db, zoneId);
        var projects = await (from p in db.ChainPlacements
                              join j in db.Projects on p.ProjectId equals j.Id
                              where p.ChainId == chain.Id
                              orderby j.Code
                              select j.Code + " " + j.Name).Distinct().ToListAsync(ct);
        if (projects.Count > 0)
        {
            throw new DomainException(Text.Get("Chain.Err.HasProjects", chain.Name, projects.Count, string.Join("、", projects.Take(10))), StatusCodes.Status409Conflict);
        }

        db.InvestmentTargets.RemoveRange(await db.InvestmentTargets.Where(t => t.ChainId == chain.Id).ToListAsync(ct));
        db.ChainPlacements.RemoveRange(await db.ChainPlacements.Where(p => p.ChainId == chain.Id).ToListAsync(ct));
        db.ChainLinks.RemoveRange(await db.ChainLinks.Where(l => l.ChainId == chain.Id).ToListAsync(ct));
        db.Chains.Remove(chain);
        await db.SaveChangesAsync(ct);
    }

    public static void Map(RouteGroupBuilder zone)
    {
        zone.MapPost("/chains", async Task<Created<ChainSummary>> (ZoneRoute zone, CreateRequest request, GaoxinDb db, BusinessDay day, CancellationToken ct) =>
            {
                var chain = await CreateAsync(zone.Id, request, db, ct);
                return TypedResults.Created($"/api/v1/zones/{zone.Zone.Code}/chains/{chain.Code}", (await ChainFigures.LoadAsync(db, chain, null, day.Today, ct)).Chain);
            })
            .RequireAuthorization(Policies.ApiProjectEditor)
            .WithName("CreateChain")
            .WithSummary("Defines an industrial chain (code, name, leading or emerging, chief, member units, strength rules)");

        zone.MapPut("/chains/{code}", async Task<Ok<ChainSummary>> (ZoneRoute zone, string code, UpdateRequest request, GaoxinDb db, BusinessDay day, CancellationToken ct) =>
            {
                var chain = await UpdateAsync(zone.Id, code, request, db, ct);
                return TypedResults.Ok((await ChainFigures.LoadAsync(db, chain, null, day.Today, ct)).Chain);
            })
            .RequireAuthorization(Policies.ApiProjectEditor)
            .WithName("UpdateChain")
            .WithSummary("Corrects a chain's particulars and rules (version-checked)");

        zone.MapDelete("/chains/{code}", async Task<NoContent> (ZoneRoute zone, string code, GaoxinDb db, CancellationToken ct) =>
            {
                await DeleteAsync(zone.Id, code, db, ct);
                return TypedResults.NoContent();
            })
            .RequireAuthorization(Policies.ApiProjectEditor)
            .WithName("DeleteChain")
            .WithSummary("Deletes a chain with its links, placements and targets; refused (409, naming them) while projects are placed on it");
    }
}

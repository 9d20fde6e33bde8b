using Gaoxin.Data;
using Gaoxin.Hosting.Api;
using Gaoxin.Modules.Chains.Domain;
using Gaoxin.Modules.Innovation.Features;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Gaoxin.Modules.Chains.Features;

/// <summary>
/// Places an enterprise of the file or a project of the ledger on a link of the zone's chain with its role, or removes it.
/// Refused: a link of another chain or zone, a record of another zone, an enterprise (or project) already on that link.
/// </summary>
public static class PlaceOnLink
{
    public sealed record Request(Guid LinkId, Guid? EnterpriseId = null, Guid? ProjectId = null, PlacementRole Role = PlacementRole.Supplier, string? Note = null);

    public sealed record PlacementDto(Guid Id, Guid LinkId, Guid? EnterpriseId, Guid? ProjectId, PlacementRole Role, string Note)
    {
        public static PlacementDto From(ChainPlacement p) => new(p.Id, p.LinkId, p.EnterpriseId, p.ProjectId, p.Role, p.Note);
    }

    public static async Task<ChainPlacement> Handle(Guid zoneId, string code, Request request, GaoxinDb db, CancellationToken ct)
    {
        var chain = await ChainAccess.FindAsync(db, zoneId, code, ct, track: false);
        ChainAccess.RequireWritable(db, zoneId);
        var link = await ChainAccess.LinkAsync(db, zoneId, chain.Id, request.LinkId, ct);
        if ((request.EnterpriseId is null) == (request.ProjectId is null))
        {
            throw FieldsException.One("enterpriseId", Text.Get("Chain.Err.OneRecord"));
        }

        if (request.Note?.Trim().Length > 500)
        {
            throw FieldsException.One("note", Text.Get("Err.CellTooLong", 500));
        }

        if (request.EnterpriseId is { } e)
        {
            var name = await db.Enterprises.Where(x => x.Id == e && x.ZoneId == zoneId).Select(x => x.Name).FirstOrDefaultAsync(ct)
                ?? throw FieldsException.One("enterpriseId", Text.Get("Chain.Err.NoEnterprise"));
            if (await db.ChainPlacements.AnyAsync(p => p.LinkId == link.Id && p.EnterpriseId == e, ct))
            {
                throw new DomainException(Text.Get("Chain.Err.PlacedTwice", name, link.Name), StatusCodes.Status409Conflict);
            }
        }
        else
        {
            var name = await db.Projects.Where(x => x.Id == request.ProjectId && x.ZoneId == zoneId).Select(x => x.Name).FirstOrDefaultAsync(ct)
                ?? throw FieldsException.One("projectId", Text.Get("Chain.Err.NoProject"));
            if (await db.ChainPlacements.AnyAsync(p => p.LinkId == link.Id && p.ProjectId == request.ProjectId, ct))
            {
                throw new DomainException(Text.Get("Chain.Err.PlacedTwice", name, link.Name), StatusCodes.Status409Conflict);
            }
        }

        var placement = new ChainPlacement(zoneId, chain.Id, link.Id, request.EnterpriseId, request.ProjectId, request.Role, request.Note?.Trim() ?? string.Empty);
        db.ChainPlacements.Add(placement);
        await db.SaveChangesAsync(ct);
        return placement;
    }

    public static async Task RemoveAsync(Guid zoneId, Guid id, GaoxinDb db, CancellationToken ct)
    {
        var placement = await db.ChainPlacements.FirstOrDefaultAsync(p => p.Id == id && p.ZoneId == zoneId, ct)
            ?? throw new DomainException(Text.Get("Err.NoSuchRecord", Text.Get("Chain.Thing.Placement")), StatusCodes.Status404NotFound);
        ChainAccess.RequireWritable(db, zoneId);
        db.ChainPlacements.Remove(placement);
        await db.SaveChangesAsync(ct);
    }

    public static void Map(RouteGroupBuilder zone)
    {
        zone.MapPost("/chains/{code}/placements", async Task<Created<PlacementDto>> (ZoneRoute zone, string code, Request request, GaoxinDb db, CancellationToken ct) =>
            {
                var p = await Handle(zone.Id, code, request, db, ct);
                return TypedResults.Created($"/api/v1/zones/{zone.Zone.Code}/chain-placements/{p.Id}", PlacementDto.From(p));
            })
            .RequireAuthorization(Policies.ApiProjectEditor)
            .WithName("PlaceOnChainLink")
            .WithSummary("Places an enterprise or a project on a link with its role (链主, 配套, 研发, other)");

        zone.MapDelete("/chain-placements/{id:guid}", async Task<NoContent> (ZoneRoute zone, Guid id, GaoxinDb db, CancellationToken ct) =>
            {
                await RemoveAsync(zone.Id, id, db, ct);
                return TypedResults.NoContent();
            })
            .RequireAuthorization(Policies.ApiProjectEditor)
            .WithName("RemoveChainPlacement")
            .WithSummary("Takes an enterprise or project off a link");
    }
}

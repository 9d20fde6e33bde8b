using Gaoxin.Data;
using Gaoxin.Modules.Chains.Domain;
using Microsoft.EntityFrameworkCore;

namespace Gaoxin.Modules.Chains.Features;

/// <summary>Finds a zone's chain by its code (404 naming it otherwise) and checks writes.</summary>
public static class ChainAccess
{
    public static async Task<Chain> FindAsync(GaoxinDb db, Guid zoneId, string code, CancellationToken ct, bool track = true)
    {
        var query = track ? db.Chains : db.Chains.AsNoTracking();
        return await query.FirstOrDefaultAsync(c => c.ZoneId == zoneId && c.Code == code, ct)
            ?? throw new DomainException(Text.Get("Chain.Err.NoChain", code), StatusCodes.Status404NotFound);
    }

    public static void RequireWritable(GaoxinDb db, Guid zoneId)
    {
        if (!db.Scope.CanWrite(zoneId))
        {
            throw new DomainException(Text.Get("Err.ReadOnlyZone"), StatusCodes.Status403Forbidden);
        }
    }

    /// <summary>A link of this zone's chain, or a refusal naming the field (a link of another zone's chain reads as none).</summary>
    public static async Task<ChainLink> LinkAsync(GaoxinDb db, Guid zoneId, Guid chainId, Guid linkId, CancellationToken ct)
        => await db.ChainLinks.AsNoTracking().FirstOrDefaultAsync(l => l.Id == linkId && l.ZoneId == zoneId && l.ChainId == chainId, ct)
            ?? throw Innovation.Features.FieldsException.One("linkId", Text.Get("Chain.Err.LinkNotInChain"));
}

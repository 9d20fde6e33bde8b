using Gaoxin.Data;
using Gaoxin.Modules.Zones.Domain;
using Microsoft.EntityFrameworkCore;

namespace Gaoxin.Hosting;

/// <summary>
/// The zones a page may show and the one picked in the switcher (else the user's own zone, else the first).
/// Scoped: a circuit loads it once.
/// </summary>
public sealed class CurrentZone(GaoxinDbFactory dbFactory, ZoneScope scope)
{
    private Task<(IReadOnlyList<Zone> Visible, Zone? Current)>? _load;

    public Task<(IReadOnlyList<Zone> Visible, Zone? Current)> LoadAsync() => _load ??= Load();

    private async Task<(IReadOnlyList<Zone>, Zone?)> Load()
    {
        await using var db = dbFactory.Create();
        var zones = await db.Zones.AsNoTracking().OrderBy(z => z.Code).ToListAsync();
        var current = zones.FirstOrDefault(z => z.Id == scope.SelectedZoneId) ?? zones.FirstOrDefault();
        return (zones, current);
    }
}

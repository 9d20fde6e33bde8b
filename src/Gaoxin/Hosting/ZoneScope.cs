using System.Security.Claims;
using Gaoxin.Modules.Accounts.Domain;

namespace Gaoxin.Hosting;

/// <summary>
/// What the current caller may see and write, derived from their claims. Every <c>GaoxinDb</c> of a request or
/// circuit reads it for the zone query filter and for the write check, so nothing crosses zones.
/// </summary>
public sealed class ZoneScope(IHttpContextAccessor? http = null)
{
    private ClaimsPrincipal? _explicit;
    private ClaimsPrincipal? _computedFor;
    private Snapshot _snapshot = Snapshot.Nobody;
    private bool _system;
    private Guid[]? _allZones;
    private Func<Guid[]>? _directory;

    /// <summary>A scope for the CLI, migrations and seeding: sees and writes everything, audited as "system".</summary>
    public static ZoneScope System() => new() { _system = true };

    public void SetPrincipal(ClaimsPrincipal principal) => _explicit = principal;

    /// <summary>Turns this scope into the system scope (CLI verbs that run inside a DI scope).</summary>
    public void UseSystem() => _system = true;

    public ClaimsPrincipal Principal => _explicit ?? http?.HttpContext?.User ?? new ClaimsPrincipal(new ClaimsIdentity());

    public bool IsSystem => _system;
    public bool SeesAllZones => _system || Current.SeesAll;
    public Guid[] VisibleZoneIds => Current.Visible;
    public Guid? HomeZoneId => Current.Home;
    public Guid? UserId => Current.UserId;
    public string? UserName => _system ? "system" : Current.UserName;
    public bool IsAuthenticated => _system || Current.UserId is not null;

    /// <summary>The zone the caller selected in the switcher (or their own zone).</summary>
    public Guid? SelectedZoneId => Current.Selected;

    /// <summary>
    /// The zone ids the query filter compares with: the caller's zones, or for those who see every zone the list of all
    /// zones (read once per scope, on first use, through a separate context). The filter is a plain <c>ZoneId IN (…)</c> so that
    /// databases use the ZoneId-led indexes; an "OR sees everything" in the SQL would defeat them (bench: tenancy).
    /// </summary>
    public Guid[] QueryZoneIds => SeesAllZones ? _allZones ??= _directory?.Invoke() ?? [] : Current.Visible;

    /// <summary>Where to read the list of all zones from (given by the database settings); without it, nothing is seen.</summary>
    public void UseZoneDirectory(Func<Guid[]> directory) => _directory ??= directory;

    /// <summary>A zone created in this scope becomes visible at once to those who see every zone.</summary>
    public void ZoneAdded(Guid zoneId)
    {
        if (_allZones is not null && Array.IndexOf(_allZones, zoneId) < 0)
        {
            _allZones = [.. _allZones, zoneId];
        }
    }

    public bool CanSee(Guid zoneId) => SeesAllZones || Array.IndexOf(Current.Visible, zoneId) >= 0;

    /// <summary>Platform admins write everywhere; zone-bound accounts write only in their zone; supervisors only read.</summary>
    public bool CanWrite(Guid zoneId) => _system || Current.SeesAll || (Current.Home == zoneId && !IsInRole(Roles.Supervisor));

    public bool IsInRole(string role) => _system || Principal.IsInRole(role);

    private Snapshot Current
    {
        get
        {
            var principal = Principal;
            if (!ReferenceEquals(principal, _computedFor))
            {
                _snapshot = Snapshot.From(principal);
                _computedFor = principal;
            }

            return _snapshot;
        }
    }

    private sealed record Snapshot(Guid? UserId, string? UserName, bool SeesAll, Guid? Home, Guid[] Visible, Guid? Selected)
    {
        public static readonly Snapshot Nobody = new(null, null, false, null, [], null);

        public static Snapshot From(ClaimsPrincipal p)
        {
            if (p.Identity?.IsAuthenticated != true || !Guid.TryParse(p.FindFirstValue(ClaimTypes.NameIdentifier), out var userId))
            {
                return Nobody;
            }

            var seesAll = p.IsInRole(Roles.PlatformAdmin);
            Guid? home = Guid.TryParse(p.FindFirstValue(GaoxinClaims.HomeZone), out var h) ? h : null;
            var visible = p.FindAll(GaoxinClaims.SupervisedZone)
                .Select(c => Guid.TryParse(c.Value, out var z) ? z : Guid.Empty)
                .Where(z => z != Guid.Empty)
                .Concat(home is { } hz ? [hz] : [])
                .Distinct()
                .ToArray();
            Guid? selected = null;
            if (Guid.TryParse(p.FindFirstValue(GaoxinClaims.CurrentZone), out var s) && (seesAll || visible.Contains(s)))
            {
                selected = s;
            }
            else if (home is not null)
            {
                selected = home;
            }
            else if (visible.Length > 0)
            {
                selected = visible[0];
            }

            return new Snapshot(userId, p.Identity.Name, seesAll, home, visible, selected);
        }
    }
}

using System.Text.Json;
using Gaoxin.Hosting;
using Gaoxin.Modules.Accounts.Domain;
using Gaoxin.Modules.Audit.Domain;
using Gaoxin.Modules.Zones.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Gaoxin.Data;

/// <summary>
/// Turns the pending changes into audit entries (before/after of the changed fields) and refuses any write
/// into a zone the caller may not write. Runs inside SaveChanges, so no write escapes it.
/// </summary>
internal sealed class AuditRecorder(ZoneScope scope, DateTimeOffset now)
{
    private static readonly HashSet<string> Secret = new(StringComparer.Ordinal)
    {
        nameof(User.PasswordHash), nameof(User.SecurityStamp), nameof(User.ConcurrencyStamp), nameof(ServerSecret.Value),
        "Xml", // data-protection key material
    };

    private static readonly JsonSerializerOptions Json = new() { WriteIndented = false, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All) };

    public List<AuditEntry> Record(ChangeTracker tracker)
    {
        var entries = new List<AuditEntry>();
        foreach (var entry in tracker.Entries().ToList())
        {
            // Infrastructure keys (data protection, token signing) are not business records: not audited.
            if (entry.Entity is AuditEntry or ServerSecret or Microsoft.AspNetCore.DataProtection.EntityFrameworkCore.DataProtectionKey
                || entry.State is EntityState.Detached or EntityState.Unchanged)
            {
                continue;
            }

            var zoneId = ZoneOf(entry);
            if (entry.Entity is IJointlyOwned joint)
            {
                if (!MayWrite(joint, entry))
                {
                    throw new ZoneAccessDeniedException();
                }
            }
            else if (entry.Entity is IZoneOwned owned && !scope.CanWrite(owned.ZoneId))
            {
                throw new ZoneAccessDeniedException();
            }

            if (entry.Entity is Zone zone && entry.State != EntityState.Added && !scope.CanWrite(zone.Id))
            {
                throw new ZoneAccessDeniedException();
            }

            var action = entry.State switch
            {
                EntityState.Added => AuditAction.Added,
                EntityState.Deleted => AuditAction.Deleted,
                _ => AuditAction.Modified,
            };
            var (before, after) = Describe(entry, action);
            if (action == AuditAction.Modified && after is null)
            {
                continue;
            }

            entries.Add(new AuditEntry(now, scope.UserId, scope.UserName, zoneId, entry.Metadata.ClrType.Name, KeyOf(entry), action, before, after));
        }

        return entries;
    }

    /// <summary>
    /// A row two zones share: the host creates and deletes it; otherwise each side may change only the fields it owns
    /// (a caller who writes both zones, such as a platform admin, may change all of them).
    /// </summary>
    private bool MayWrite(IJointlyOwned joint, EntityEntry entry)
    {
        var host = scope.CanWrite(joint.HostZoneId);
        var partner = scope.CanWrite(joint.ZoneId);
        return entry.State is EntityState.Added or EntityState.Deleted
            ? host
            : (host && partner) || entry.Properties.Where(p => p.IsModified).All(p =>
                p.Metadata.Name == nameof(IVersioned.Version) || (host && joint.HostOwns(p.Metadata.Name)) || (partner && joint.PartnerOwns(p.Metadata.Name)));
    }

    private static Guid? ZoneOf(EntityEntry entry) => entry.Entity switch
    {
        IZoneOwned z => z.ZoneId,
        Zone z => z.Id,
        User u => u.ZoneId,
        SupervisedZone s => s.ZoneId,
        _ => null,
    };

    private static string KeyOf(EntityEntry entry)
    {
        var key = entry.Metadata.FindPrimaryKey();
        return key is null ? string.Empty : string.Join("/", key.Properties.Select(p => entry.Property(p.Name).CurrentValue?.ToString()));
    }

    private static (string? Before, string? After) Describe(EntityEntry entry, AuditAction action)
    {
        var before = new Dictionary<string, object?>();
        var after = new Dictionary<string, object?>();
        foreach (var property in entry.Properties)
        {
            var name = property.Metadata.Name;
            var changed = action != AuditAction.Modified || property.IsModified && !Equals(property.OriginalValue, property.CurrentValue);
            // Version and ConcurrencyStamp are concurrency tokens that change on every save: noise in a log.
            if (!changed || name is nameof(IVersioned.Version) or nameof(User.ConcurrencyStamp))
            {
                continue;
            }

            // A talent's personal data stays out of the log, which leaders and supervisors read.
            var secret = Secret.Contains(name) || (entry.Entity is Modules.Talent.Domain.Person && name is "IdNumber" or "Phone" or "Email" or "BirthYear");
            if (action != AuditAction.Added)
            {
                before[name] = secret ? "***" : Loggable(property.OriginalValue);
            }

            if (action != AuditAction.Deleted)
            {
                after[name] = secret ? "*** (changed)" : Loggable(property.CurrentValue);
            }
        }

        return (before.Count == 0 ? null : JsonSerializer.Serialize(before, Json), after.Count == 0 ? null : JsonSerializer.Serialize(after, Json));
    }

    // File contents are kept by their owner; the log says how big they were, not what they held.
    private static object? Loggable(object? value) => value is byte[] bytes ? $"({bytes.Length} bytes)" : value;
}

/// <summary>Thrown when a save would write into a zone the caller may not write; shown as 404 at the edge.</summary>
public sealed class ZoneAccessDeniedException() : InvalidOperationException("This record belongs to a zone you cannot change.");

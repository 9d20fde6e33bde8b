using Gaoxin.Data;
using Gaoxin.Hosting;
using Gaoxin.Hosting.Api;
using Gaoxin.Modules.Audit.Domain;
using Gaoxin.Modules.Zones.Features;
using Microsoft.EntityFrameworkCore;

namespace Gaoxin.Modules.Audit.Features;

public sealed record AuditEntryDto(Guid Id, DateTimeOffset At, string? UserName, string? Zone, string EntityType, string EntityId, AuditAction Action, string? Before, string? After);

/// <summary>The audit log of the zones the caller may see, filtered by zone, user, record type, action and period.</summary>
public static class ListAuditEntries
{
    public sealed record Query(string? Zone = null, string? User = null, string? EntityType = null, AuditAction? Action = null,
        DateOnly? From = null, DateOnly? To = null, bool Ascending = false, int Page = 1, int PageSize = 50);

    public static async Task<IQueryable<AuditEntry>> FilterAsync(Query query, GaoxinDb db, CancellationToken ct)
    {
        var entries = db.AuditEntries.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(query.Zone))
        {
            var zoneId = (await db.FindVisibleAsync(query.Zone, ct))?.Id ?? Guid.Empty;
            entries = entries.Where(e => e.ZoneId == zoneId);
        }

        if (!string.IsNullOrWhiteSpace(query.User))
        {
            var user = query.User.Trim();
            entries = entries.Where(e => e.UserName != null && e.UserName.Contains(user));
        }

        if (!string.IsNullOrWhiteSpace(query.EntityType))
        {
            entries = entries.Where(e => e.EntityType == query.EntityType.Trim());
        }

        if (query.Action is { } action)
        {
            entries = entries.Where(e => e.Action == action);
        }

        // Dates are days in Asia/Shanghai (UTC+8, no daylight saving).
        if (query.From is { } from)
        {
            var start = new DateTimeOffset(from.ToDateTime(TimeOnly.MinValue), TimeSpan.FromHours(8)).ToUniversalTime();
            entries = entries.Where(e => e.At >= start);
        }

        if (query.To is { } to)
        {
            var end = new DateTimeOffset(to.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.FromHours(8)).ToUniversalTime();
            entries = entries.Where(e => e.At < end);
        }

        return query.Ascending ? entries.OrderBy(e => e.At).ThenBy(e => e.Id) : entries.OrderByDescending(e => e.At).ThenByDescending(e => e.Id);
    }

    public static async Task<Paged<AuditEntryDto>> Handle(Query query, GaoxinDb db, CancellationToken ct)
    {
        if (query.From is { } f && query.To is { } t && f > t)
        {
            throw new DomainException(Text.Get("Err.EmptyPeriod", f.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), t.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)));
        }

        var entries = await FilterAsync(query, db, ct);
        var total = await entries.CountAsync(ct);
        var size = Paging.Clamp(query.PageSize);
        var page = Math.Max(1, query.Page);
        var rows = await entries.Skip((page - 1) * size).Take(size).ToListAsync(ct);
        return new Paged<AuditEntryDto>(await ToDtos(rows, db, ct), total, page, size);
    }

    internal static async Task<List<AuditEntryDto>> ToDtos(List<AuditEntry> rows, GaoxinDb db, CancellationToken ct)
    {
        var zones = await db.Zones.AsNoTracking().ToDictionaryAsync(z => z.Id, z => z.Code, ct);
        return rows.Select(e => new AuditEntryDto(e.Id, e.At, e.UserName, e.ZoneId is { } z ? zones.GetValueOrDefault(z) : null,
            e.EntityType, e.EntityId, e.Action, e.Before, e.After)).ToList();
    }

    /// <summary>Writes per day (Asia/Shanghai) over the last <paramref name="days"/> days, for the activity chart.</summary>
    public static async Task<List<(DateOnly Day, int Writes)>> ActivityAsync(GaoxinDb db, Guid? zoneId, DateTimeOffset now, int days, CancellationToken ct)
    {
        var china = TimeSpan.FromHours(8);
        var today = DateOnly.FromDateTime(now.ToOffset(china).DateTime);
        var first = today.AddDays(1 - days);
        var start = new DateTimeOffset(first.ToDateTime(TimeOnly.MinValue), china).ToUniversalTime();
        var query = db.AuditEntries.AsNoTracking().Where(e => e.At >= start);
        if (zoneId is { } z)
        {
            query = query.Where(e => e.ZoneId == z);
        }

        var instants = await query.Select(e => e.At).ToListAsync(ct);
        var counts = instants.GroupBy(i => DateOnly.FromDateTime(i.ToOffset(china).DateTime)).ToDictionary(g => g.Key, g => g.Count());
        return Enumerable.Range(0, days).Select(i => first.AddDays(i)).Select(d => (d, counts.GetValueOrDefault(d))).ToList();
    }

    public static void Map(RouteGroupBuilder audit) => audit
        .MapGet("/", async ([AsParameters] Query query, GaoxinDb db, CancellationToken ct) => TypedResults.Ok(await Handle(query, db, ct)))
        .RequireAuthorization(Policies.ApiAuditReader)
        .WithName("ListAuditEntries")
        .WithSummary("The audit log of the zones the caller may see (admins, leaders, supervisors)");
}

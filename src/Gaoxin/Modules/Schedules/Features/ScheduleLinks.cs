using Gaoxin.Data;
using Gaoxin.Hosting.Api;
using Gaoxin.Modules.Zones.Domain;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Gaoxin.Modules.Schedules.Features;

/// <summary>
/// Adds or removes a link between two activities. A link that would close a cycle is refused naming the steps of the
/// cycle, and nothing changes.
/// </summary>
public static class ScheduleLinks
{
    public sealed record AddRequest(string From, string To, string? Type, int Lag, long Version);

    public static Task<ScheduleDto> AddAsync(Zone zone, Guid projectId, AddRequest r, GaoxinDb db, DateOnly today, CancellationToken ct)
        => ScheduleStore.ChangeAsync(zone, projectId, r.Version, (_, content) => content.Links.Add(new LinkDto(r.From, r.To, r.Type ?? "FS", r.Lag).ToLink()), db, today, ct);

    public static Task<ScheduleDto> RemoveAsync(Zone zone, Guid projectId, string from, string to, long version, GaoxinDb db, DateOnly today, CancellationToken ct)
        => ScheduleStore.ChangeAsync(zone, projectId, version, (_, content) =>
        {
            if (content.Links.RemoveAll(l => l.From == from && l.To == to) == 0)
            {
                throw new DomainException(Text.Get("Err.Sched.NoLink", from, to), StatusCodes.Status404NotFound);
            }
        }, db, today, ct);

    public static void Map(RouteGroupBuilder zone)
    {
        zone.MapPost("/projects/{id:guid}/schedule/links", async Task<Ok<ScheduleDto>> (ZoneRoute zone, Guid id, AddRequest request, GaoxinDb db, BusinessDay day, CancellationToken ct)
                => TypedResults.Ok(await AddAsync(zone.Zone, id, request, db, day.Today, ct)))
            .RequireAuthorization(Policies.ApiProjectEditor).WithName("AddScheduleLink").WithSummary("Links two activities (FS/SS/FF/SF with a lag in working days)");
        zone.MapDelete("/projects/{id:guid}/schedule/links/{from}/{to}", async Task<Ok<ScheduleDto>> (ZoneRoute zone, Guid id, string from, string to, long version, GaoxinDb db, BusinessDay day, CancellationToken ct)
                => TypedResults.Ok(await RemoveAsync(zone.Zone, id, from, to, version, db, day.Today, ct)))
            .RequireAuthorization(Policies.ApiProjectEditor).WithName("RemoveScheduleLink").WithSummary("Removes the link between two activities (?version=)");
    }
}

using Gaoxin.Data;
using Gaoxin.Hosting.Api;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Gaoxin.Modules.Schedules.Features;

/// <summary>The project's schedule computed now: early/late dates, floats, critical path, baseline dates and variance.</summary>
public static class GetSchedule
{
    public static void Map(RouteGroupBuilder zone) => zone
        .MapGet("/projects/{id:guid}/schedule", async Task<Ok<ScheduleDto>> (ZoneRoute zone, Guid id, string? baseline, GaoxinDb db, BusinessDay day, CancellationToken ct)
            => TypedResults.Ok(await ScheduleStore.GetAsync(zone.Zone, id, db, day.Today, ct, baseline)))
        .RequireAuthorization(Policies.ApiProjectReader)
        .WithName("GetSchedule")
        .WithSummary("The project's schedule as computed on the zone's calendar (compare with ?baseline=NAME, default the latest)");
}

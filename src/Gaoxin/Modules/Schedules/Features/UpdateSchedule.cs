using Gaoxin.Data;
using Gaoxin.Hosting.Api;
using Gaoxin.Modules.Zones.Domain;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Gaoxin.Modules.Schedules.Features;

/// <summary>Moves the project start or sets the deadline (倒排工期 target; null removes it). Recomputed before it is written.</summary>
public static class UpdateSchedule
{
    public sealed record Request(DateOnly Start, DateOnly? Deadline, long Version);

    public static Task<ScheduleDto> Handle(Zone zone, Guid projectId, Request r, GaoxinDb db, DateOnly today, CancellationToken ct)
        => ScheduleStore.ChangeAsync(zone, projectId, r.Version, (schedule, _) => (schedule.Start, schedule.Deadline) = (r.Start, r.Deadline), db, today, ct);

    public static void Map(RouteGroupBuilder zone) => zone
        .MapPut("/projects/{id:guid}/schedule", async Task<Ok<ScheduleDto>> (ZoneRoute zone, Guid id, Request request, GaoxinDb db, BusinessDay day, CancellationToken ct)
            => TypedResults.Ok(await Handle(zone.Zone, id, request, db, day.Today, ct)))
        .RequireAuthorization(Policies.ApiProjectEditor)
        .WithName("UpdateSchedule")
        .WithSummary("Sets the project start and deadline of the schedule");
}

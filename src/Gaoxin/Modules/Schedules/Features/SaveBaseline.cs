using Gaoxin.Data;
using Gaoxin.Engines.Scheduling;
using Gaoxin.Hosting.Api;
using Gaoxin.Modules.Schedules.Domain;
using Gaoxin.Modules.Zones.Domain;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Gaoxin.Modules.Schedules.Features;

/// <summary>
/// Saves the plan as it now stands under a name (e.g. 2023年初计划); the schedule is then compared with it. Saving under
/// a name already used is refused (a baseline is a record of what was planned).
/// </summary>
public static class SaveBaseline
{
    public sealed record Request(string Name, long Version);

    public static Task<ScheduleDto> Handle(Zone zone, Guid projectId, Request r, GaoxinDb db, DateOnly today, string by, TimeProvider clock, CancellationToken ct)
    {
        var name = r.Name?.Trim() ?? string.Empty;
        if (name.Length is 0 or > 50)
        {
            throw new DomainException(Text.Get("Err.Sched.BaselineName"));
        }

        return ScheduleStore.ChangeAsync(zone, projectId, r.Version, (schedule, content, calendar) =>
        {
            if (content.Baselines.Any(b => b.Name == name))
            {
                throw new DomainException(Text.Get("Err.Sched.BaselineExists", name), StatusCodes.Status409Conflict);
            }

            if (content.Baselines.Count >= 20)
            {
                throw new DomainException(Text.Get("Err.Sched.BaselineCount", 20));
            }

            var now = ScheduleCalculator.Compute(schedule, content, today, null, calendar);
            content.Baselines.Add(new SavedBaseline(name, clock.GetUtcNow(), by, [.. Baseline.Save(name, now.Result).Activities]));
        }, db, today, ct);
    }

    public static void Map(RouteGroupBuilder zone) => zone
        .MapPost("/projects/{id:guid}/schedule/baselines", async Task<Ok<ScheduleDto>> (ZoneRoute zone, Guid id, Request request, GaoxinDb db, BusinessDay day, TimeProvider clock, CancellationToken ct)
            => TypedResults.Ok(await Handle(zone.Zone, id, request, db, day.Today, db.Scope.UserName ?? "?", clock, ct)))
        .RequireAuthorization(Policies.ApiProjectEditor)
        .WithName("SaveScheduleBaseline")
        .WithSummary("Saves the current plan as a named baseline; variance is then measured against it");
}

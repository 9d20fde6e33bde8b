using Gaoxin.Data;
using Gaoxin.Hosting.Api;
using Gaoxin.Modules.Schedules.Domain;
using Gaoxin.Modules.Zones.Domain;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Gaoxin.Modules.Schedules.Features;

/// <summary>
/// Changes one activity: its name, mode (automatic or manual), duration (automatic), start and finish (manual), actual
/// start and finish (progress), constraint. Fields left out stay as they are; <c>clear</c> names fields to empty
/// (e.g. <c>["actualFinish"]</c>). The schedule is recomputed before anything is written.
/// </summary>
public static class EditActivity
{
    public sealed record Request(long Version, string? Name = null, bool? Manual = null, int? Duration = null, DateOnly? Start = null, DateOnly? Finish = null,
        DateOnly? ActualStart = null, DateOnly? ActualFinish = null, string? Constraint = null, DateOnly? ConstraintDate = null, string? CaseWorker = null,
        IReadOnlyList<string>? Clear = null);

    private static readonly string[] Clearable = ["actualStart", "actualFinish", "constraint", "caseWorker"];

    public static Task<ScheduleDto> Handle(Zone zone, Guid projectId, string key, Request r, GaoxinDb db, DateOnly today, CancellationToken ct)
    {
        foreach (var c in r.Clear ?? [])
        {
            if (!Clearable.Contains(c, StringComparer.OrdinalIgnoreCase))
            {
                throw new DomainException(Text.Get("Err.Sched.Clear", c, string.Join(", ", Clearable)));
            }
        }

        return ScheduleStore.ChangeAsync(zone, projectId, r.Version, (_, content, calendar) => Apply(ScheduleStore.Activity(content, key), r, calendar), db, today, ct);
    }

    private static bool Clears(Request r, string field) => r.Clear?.Contains(field, StringComparer.OrdinalIgnoreCase) == true;

    private static void Apply(PlannedActivity a, Request r, Engines.Calendar.WorkingCalendar calendar)
    {
        if (r.Name is not null)
        {
            a.Name = r.Name.Trim();
        }

        if (r.CaseWorker is not null)
        {
            a.CaseWorker = r.CaseWorker.Trim().Length == 0 ? null : r.CaseWorker.Trim();
        }

        if (r.Manual is { } manual)
        {
            a.Manual = manual;
        }

        if (r.Duration is { } duration)
        {
            if (a.Manual && r.Manual != false)
            {
                throw new DomainException(Text.Get("Err.Sched.ManualDuration", a.Name));
            }

            a.Duration = duration;
        }

        if (r.Start is not null || r.Finish is not null)
        {
            if (!a.Manual)
            {
                throw new DomainException(Text.Get("Err.Sched.AutomaticDates", a.Name));
            }
        }

        if (a.Manual)
        {
            a.ManualStart = r.Start ?? a.ManualStart;
            a.ManualFinish = r.Finish ?? a.ManualFinish;
            if (a.ManualStart is { } s && a.ManualFinish is { } f)
            {
                if (f < s)
                {
                    throw new DomainException(Text.Get("Err.Sched.FinishBeforeStart", a.Name, s.ToString("yyyy-MM-dd"), f.ToString("yyyy-MM-dd")));
                }

                // A manual activity lasts the working days between its dates; a milestone stays one.
                a.Duration = a.Duration == 0 && s == f ? 0 : Math.Max(1, calendar.IsYearLoaded(s.Year) && calendar.IsYearLoaded(f.Year)
                    ? calendar.WorkingDaysBetween(s, f)
                    : f.DayNumber - s.DayNumber + 1);
            }
        }
        else
        {
            a.ManualStart = a.ManualFinish = null;
        }

        if (r.ActualStart is { } actualStart)
        {
            a.ActualStart = actualStart;
        }

        if (r.ActualFinish is { } actualFinish)
        {
            a.ActualFinish = actualFinish;
        }

        if (r.Constraint is not null)
        {
            a.ConstraintType = Text.TryParseLabel<Engines.Scheduling.ConstraintType>("Constraint", r.Constraint, out var t) ? t
                : r.Constraint.Trim().ToUpperInvariant() switch
                {
                    "SNET" => Engines.Scheduling.ConstraintType.StartNoEarlierThan,
                    "FNLT" => Engines.Scheduling.ConstraintType.FinishNoLaterThan,
                    "MSO" => Engines.Scheduling.ConstraintType.MustStartOn,
                    "MFO" => Engines.Scheduling.ConstraintType.MustFinishOn,
                    _ => throw new DomainException(Text.Get("Err.Sched.Constraint", a.Name)),
                };
            a.ConstraintDate = r.ConstraintDate ?? a.ConstraintDate;
        }

        if (Clears(r, "actualStart"))
        {
            a.ActualStart = null;
        }

        if (Clears(r, "actualFinish"))
        {
            a.ActualFinish = null;
        }

        if (Clears(r, "constraint"))
        {
            (a.ConstraintType, a.ConstraintDate) = (null, null);
        }

        if (Clears(r, "caseWorker"))
        {
            a.CaseWorker = null;
        }
    }

    public static void Map(RouteGroupBuilder zone)
    {
        var handler = async Task<Ok<ScheduleDto>> (ZoneRoute zone, Guid id, string activity, Request request, GaoxinDb db, BusinessDay day, CancellationToken ct)
            => TypedResults.Ok(await Handle(zone.Zone, id, activity, request, db, day.Today, ct));
        zone.MapPatch("/projects/{id:guid}/schedule/activities/{activity}", handler)
            .RequireAuthorization(Policies.ApiProjectEditor).WithName("EditScheduleActivity")
            .WithSummary("Changes an activity (duration, manual dates, actual dates, constraint); the schedule is recomputed");
        zone.MapPut("/projects/{id:guid}/schedule/activities/{activity}", handler)
            .RequireAuthorization(Policies.ApiProjectEditor).WithName("PutScheduleActivity")
            .WithSummary("Same as PATCH: fields left out stay as they are");
    }
}

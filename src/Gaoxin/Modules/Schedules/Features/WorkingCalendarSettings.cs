using Gaoxin.Data;
using Gaoxin.Engines.Calendar;
using Gaoxin.Hosting.Api;
using Gaoxin.Modules.Schedules.Domain;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Gaoxin.Modules.Schedules.Features;

public sealed record CalendarDayDto(DateOnly Date, string Kind, string Name, bool Edited);

/// <summary>A year of a zone's working calendar as it is used: whether it is loaded, and its arranged days (shipped or edited).</summary>
public sealed record WorkingCalendarDto(int Year, bool Loaded, IReadOnlyList<int> LoadedYears, IReadOnlyList<int> ZoneYears, IReadOnlyList<CalendarDayDto> Days,
    IReadOnlyList<CalendarDayEdit> Edits, long Version, bool FallBackToMondayFriday = false);

/// <summary>
/// The zone's working calendar (工作日历): shipped with the State Council notices for 2019–2026; a zone admin loads further
/// years (e.g. when the next notice is published in November) and overrides days. Schedules are recomputed on it at once.
/// </summary>
public static class WorkingCalendarSettings
{
    /// <param name="FallBackToMondayFriday">Schedule into years not loaded on Monday–Friday (flagged in the result) instead of refusing; unchanged when omitted.</param>
    public sealed record Request(IReadOnlyList<int>? Years, IReadOnlyList<CalendarDayEdit>? Days, long Version, bool? FallBackToMondayFriday = null);

    public static async Task<WorkingCalendarDto> GetAsync(Guid zoneId, int year, GaoxinDb db, CancellationToken ct)
    {
        var edits = await db.ZoneCalendars.AsNoTracking().FirstOrDefaultAsync(c => c.ZoneId == zoneId, ct);
        var calendar = ScheduleCalendars.Build(edits);
        var edited = (edits?.Days ?? []).Select(d => d.Date).ToHashSet();
        var days = calendar.ArrangedDays.Where(d => d.Date.Year == year)
            .Select(d => new CalendarDayDto(d.Date, d.Kind.ToString(), d.NameZh, edited.Contains(d.Date))).OrderBy(d => d.Date).ToList();
        return new WorkingCalendarDto(year, calendar.IsYearLoaded(year), calendar.LoadedYears, edits?.Years ?? [], days, edits?.Days ?? [], edits?.Version ?? 0,
            edits?.FallBackToMondayFriday ?? false);
    }

    public static async Task<WorkingCalendarDto> SetAsync(ZoneRoute zone, Request r, GaoxinDb db, CancellationToken ct)
    {
        zone.RequireWritable(db);
        var years = (r.Years ?? []).Distinct().ToList();
        if (years.Any(y => y is < 2000 or > 2100))
        {
            throw new DomainException(Text.Get("Err.Cal.Year"));
        }

        var loaded = PrcHolidayNotices.Years.Concat(years).ToHashSet();
        var days = r.Days ?? [];
        var seen = new HashSet<DateOnly>();
        foreach (var d in days)
        {
            if (!Enum.IsDefined(d.Kind))
            {
                throw new DomainException(Text.Get("Err.Cal.Kind"));
            }

            if (!seen.Add(d.Date))
            {
                throw new DomainException(Text.Get("Err.Cal.Twice", d.Date.ToString("yyyy-MM-dd")));
            }

            if (!loaded.Contains(d.Date.Year) && !loaded.Contains(d.Date.Year + 1))
            {
                throw new DomainException(Text.Get("Err.Cal.NotLoaded", d.Date.ToString("yyyy-MM-dd"), d.Date.Year));
            }

            if (d.Kind != CalendarDayKind.Ordinary && (string.IsNullOrWhiteSpace(d.Name) || d.Name.Trim().Length > 50))
            {
                throw new DomainException(Text.Get("Err.Cal.Name", d.Date.ToString("yyyy-MM-dd")));
            }
        }

        var calendar = await db.ZoneCalendars.FirstOrDefaultAsync(c => c.ZoneId == zone.Id, ct);
        if (calendar is null)
        {
            calendar = new ZoneCalendar(zone.Id);
            db.ZoneCalendars.Add(calendar);
        }

        calendar.RequireVersion(r.Version);
        calendar.Set(years, [.. days.Select(d => d with { Name = d.Name?.Trim() ?? string.Empty })], r.FallBackToMondayFriday ?? calendar.FallBackToMondayFriday);
        if (db.Entry(calendar).State != EntityState.Added)
        {
            db.Entry(calendar).State = EntityState.Modified;
        }

        await db.SaveChangesAsync(ct);
        return await GetAsync(zone.Id, days.Count > 0 ? days[0].Date.Year : years.Count > 0 ? years[0] : PrcHolidayNotices.Years[^1], db, ct);
    }

    public static void Map(RouteGroupBuilder zone)
    {
        zone.MapGet("/working-calendar", async Task<Ok<WorkingCalendarDto>> (ZoneRoute zone, int? year, GaoxinDb db, BusinessDay day, CancellationToken ct)
                => TypedResults.Ok(await GetAsync(zone.Id, year ?? day.Today.Year, db, ct)))
            .RequireAuthorization(Policies.ApiProjectReader).WithName("GetWorkingCalendar")
            .WithSummary("The zone's working calendar for a year: holidays and make-up working days (shipped 2019–2026, plus the zone's edits)");
        zone.MapPut("/working-calendar", async Task<Ok<WorkingCalendarDto>> (ZoneRoute zone, Request request, GaoxinDb db, CancellationToken ct)
                => TypedResults.Ok(await SetAsync(zone, request, db, ct)))
            .RequireAuthorization(Policies.ApiZoneAdmin).WithName("SetWorkingCalendar")
            .WithSummary("Loads further years and overrides days of the zone's working calendar (version-checked); schedules follow at once");
    }
}

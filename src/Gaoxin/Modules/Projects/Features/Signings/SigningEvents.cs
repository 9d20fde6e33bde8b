using System.ComponentModel.DataAnnotations;
using Gaoxin.Data;
using Gaoxin.Hosting.Api;
using Gaoxin.Modules.Projects.Domain;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Gaoxin.Modules.Projects.Features.Signings;

public sealed record SigningEventDto(Guid Id, string Name, DateOnly Date, string Place, SigningFigures Figures, IReadOnlyList<SigningDto> Signings, long Version);

/// <summary>Signing events (签约活动), such as Qingdao's batch signing of 14 key projects, with their figures.</summary>
public static class SigningEvents
{
    public sealed record Request([property: Required, StringLength(200, MinimumLength = 2)] string Name, DateOnly Date, [property: StringLength(200)] string? Place);

    public static async Task<SigningEvent> CreateAsync(ZoneRoute zone, Request request, GaoxinDb db, BusinessDay day, CancellationToken ct)
    {
        RequestValidation.Ensure(request);
        zone.RequireWritable(db);
        if (request.Date > day.Today.AddYears(1) || request.Date.Year < 2000)
        {
            throw new DomainException(Text.Get("Err.EventDate"));
        }

        var e = new SigningEvent(zone.Id, request.Name, request.Date, request.Place ?? string.Empty);
        db.SigningEvents.Add(e);
        await db.SaveChangesAsync(ct);
        return e;
    }

    public static async Task<List<SigningEventDto>> ListAsync(Guid zoneId, int? year, GaoxinDb db, CancellationToken ct)
    {
        var events = await db.SigningEvents.AsNoTracking().Where(e => e.ZoneId == zoneId && (year == null || e.Date.Year == year)).OrderByDescending(e => e.Date).ToListAsync(ct);
        var ids = events.Select(e => e.Id).ToList();
        var signings = await db.Signings.AsNoTracking().Where(s => s.EventId != null && ids.Contains(s.EventId.Value)).ToListAsync(ct);
        return events.Select(e =>
        {
            var own = signings.Where(s => s.EventId == e.Id).OrderByDescending(s => s.AgreedFen).ThenBy(s => s.ProjectName, StringComparer.Ordinal).ToList();
            return new SigningEventDto(e.Id, e.Name, e.Date, e.Place, SigningFigures.Of(own), own.Select(SigningDto.From).ToList(), e.Version);
        }).ToList();
    }

    public static void Map(RouteGroupBuilder zone)
    {
        zone.MapPost("/signing-events", async Task<Created<SigningEventDto>> (ZoneRoute zone, Request request, GaoxinDb db, BusinessDay day, CancellationToken ct) =>
            {
                var e = await CreateAsync(zone, request, db, day, ct);
                return TypedResults.Created($"/api/v1/zones/{zone.Zone.Code}/signing-events/{e.Id}", new SigningEventDto(e.Id, e.Name, e.Date, e.Place, SigningFigures.Of([]), [], e.Version));
            })
            .RequireAuthorization(Policies.ApiProjectEditor).WithName("CreateSigningEvent").WithSummary("Creates a signing event (e.g. a batch signing)");
        zone.MapGet("/signing-events", async Task<Ok<List<SigningEventDto>>> (ZoneRoute zone, int? year, GaoxinDb db, CancellationToken ct) => TypedResults.Ok(await ListAsync(zone.Id, year, db, ct)))
            .RequireAuthorization(Policies.ApiProjectReader).WithName("ListSigningEvents").WithSummary("Signing events with their projects, amounts, ≥1亿 counts and flags");
    }
}

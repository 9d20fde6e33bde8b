using System.ComponentModel.DataAnnotations;
using Gaoxin.Data;
using Gaoxin.Hosting.Api;
using Gaoxin.Modules.Projects.Domain;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Gaoxin.Modules.Projects.Features.Signings;

/// <summary>
/// Records a signing (签约) and, later, its landing (落地). DOMAIN.md §2: a project counts as signed once, at its first
/// signing — a second "new" signing of a ledger project is refused (record a capital increase, counting only the
/// increment, or a change of investor, which counts as a new signing).
/// </summary>
public static class RecordSigning
{
    public sealed record Request(Guid? ProjectId, Guid? EventId, [property: Required, StringLength(200, MinimumLength = 2)] string ProjectName,
        [property: StringLength(200)] string? Investor, DateOnly SignedOn, decimal AgreedAmount, SigningKind Kind = SigningKind.New, bool IsForeign = false,
        bool IsFortune500 = false, bool FromOutsideCity = false, DateOnly? LandedOn = null, decimal? LandedAmount = null);

    public sealed record Landing(DateOnly LandedOn, decimal LandedAmount, long Version);

    public static async Task<Signing> Handle(ZoneRoute zone, Request request, GaoxinDb db, BusinessDay day, CancellationToken ct)
    {
        RequestValidation.Ensure(request);
        zone.RequireWritable(db);
        if (!Enum.IsDefined(request.Kind))
        {
            throw new DomainException(Text.Get("Err.SigningKind"));
        }

        if (request.SignedOn > day.Today)
        {
            throw new DomainException(Text.Get("Err.DateFuture", day.Today.ToString("yyyy-MM-dd")));
        }

        var agreed = MoneyInput.ToFen(request.AgreedAmount);
        if (agreed <= 0)
        {
            throw new DomainException(Text.Get("Err.SigningAmount"));
        }

        if (request.EventId is { } eventId && !await db.SigningEvents.AnyAsync(e => e.Id == eventId && e.ZoneId == zone.Id, ct))
        {
            throw new DomainException(Text.Get("Err.NoSuchRecord", Text.Get("Thing.event")));
        }

        if (request.ProjectId is { } projectId)
        {
            if (!await db.Projects.AnyAsync(p => p.Id == projectId && p.ZoneId == zone.Id, ct))
            {
                throw new DomainException(Text.Get("Err.NoSuchRecord", Text.Get("Thing.project")));
            }

            if (request.Kind == SigningKind.New && await db.Signings.AnyAsync(s => s.ProjectId == projectId && s.Kind != SigningKind.CapitalIncrease, ct))
            {
                throw new DomainException(Text.Get("Err.SignedOnce"), StatusCodes.Status409Conflict);
            }
        }

        var signing = new Signing(zone.Id, request.ProjectId, request.EventId, request.ProjectName, request.Investor ?? string.Empty, request.SignedOn, agreed, request.Kind)
        {
            IsForeign = request.IsForeign, IsFortune500 = request.IsFortune500, FromOutsideCity = request.FromOutsideCity,
        };
        if (request.LandedOn is { } landedOn)
        {
            Land(signing, landedOn, request.LandedAmount ?? 0, day.Today);
        }

        db.Signings.Add(signing);
        await db.SaveChangesAsync(ct);
        return signing;
    }

    public static async Task<Signing> LandAsync(ZoneRoute zone, Guid id, Landing request, GaoxinDb db, BusinessDay day, CancellationToken ct)
    {
        zone.RequireWritable(db);
        var signing = await db.Signings.FirstOrDefaultAsync(s => s.Id == id && s.ZoneId == zone.Id, ct)
            ?? throw new DomainException(Text.Get("Err.NoSuchRecord", Text.Get("Thing.signing")), StatusCodes.Status404NotFound);
        signing.RequireVersion(request.Version);

        Land(signing, request.LandedOn, request.LandedAmount, day.Today);
        await db.SaveChangesAsync(ct);
        return signing;
    }

    private static void Land(Signing signing, DateOnly on, decimal amount, DateOnly today)
    {
        if (on < signing.SignedOn || on > today)
        {
            throw new DomainException(Text.Get("Err.LandingDate", signing.SignedOn.ToString("yyyy-MM-dd"), today.ToString("yyyy-MM-dd")));
        }

        var fen = MoneyInput.ToFen(amount);
        if (fen <= 0)
        {
            throw new DomainException(Text.Get("Err.SigningAmount"));
        }

        signing.LandedOn = on;
        signing.LandedFen = fen;
    }

    public static void Map(RouteGroupBuilder zone)
    {
        zone.MapPost("/signings", async Task<Created<SigningDto>> (ZoneRoute zone, Request request, GaoxinDb db, BusinessDay day, CancellationToken ct) =>
            {
                var s = await Handle(zone, request, db, day, ct);
                return TypedResults.Created($"/api/v1/zones/{zone.Zone.Code}/signings/{s.Id}", SigningDto.From(s));
            })
            .RequireAuthorization(Policies.ApiProjectEditor).WithName("RecordSigning").WithSummary("Records a signing (new, capital increase or new investor), optionally in an event");
        zone.MapPost("/signings/{id:guid}/landing", async Task<Ok<SigningDto>> (ZoneRoute zone, Guid id, Landing request, GaoxinDb db, BusinessDay day, CancellationToken ct)
                => TypedResults.Ok(SigningDto.From(await LandAsync(zone, id, request, db, day, ct))))
            .RequireAuthorization(Policies.ApiProjectEditor).WithName("LandSigning").WithSummary("Records that a signed project landed (落地), with the amount");
    }
}

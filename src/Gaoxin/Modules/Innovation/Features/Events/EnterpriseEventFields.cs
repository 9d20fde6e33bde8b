using Gaoxin.Data;
using Gaoxin.Engines.Money;
using Gaoxin.Modules.Innovation.Domain;
using Microsoft.EntityFrameworkCore;

namespace Gaoxin.Modules.Innovation.Features.Events;

/// <summary>
/// A listing or financing event as the API and the page send it: money in yuan (empty when undisclosed). Fields of the
/// other kind are not kept (a listing has no round, a financing no board). <see cref="Version"/> is the one read, for a
/// correction.
/// </summary>
public sealed record EnterpriseEventFields(
    EnterpriseEventKind? Kind,
    DateOnly? Date,
    ListingBoard? Board = null,
    string? StockCode = null,
    FinancingRound? Round = null,
    decimal? Amount = null,
    string? Investors = null,
    string? Note = null,
    long Version = 0)
{
    /// <summary>The largest amount taken (1万亿 yuan): a bigger one is a typing slip, not a financing.</summary>
    public const decimal MaxAmount = 1_000_000_000_000m;

    private const int FirstYear = 1990;

    /// <summary>Checks every field (each refusal names its field, in both languages) and only then writes them to the event.</summary>
    public void ApplyTo(EnterpriseEvent e, DateOnly today)
    {
        var errors = new Dictionary<string, string[]>();
        if (Kind is null)
        {
            errors["kind"] = [Text.Get("Evt.Err.Kind")];
        }

        if (Date is not { } date)
        {
            errors["date"] = [Text.Get("Evt.Err.DateMissing")];
        }
        else if (date > today)
        {
            errors["date"] = [Text.Get("Evt.Err.Future", date.ToString("yyyy-MM-dd"), today.ToString("yyyy-MM-dd"))];
        }
        else if (date.Year < FirstYear)
        {
            errors["date"] = [Text.Get("Ent.Err.Date", $"{FirstYear}-01-01", today.ToString("yyyy-MM-dd"))];
        }

        if (Kind == EnterpriseEventKind.Listing && Board is null)
        {
            errors["board"] = [Text.Get("Evt.Err.Board")];
        }

        if (Kind == EnterpriseEventKind.Financing && Round is null)
        {
            errors["round"] = [Text.Get("Evt.Err.Round")];
        }

        long? fen = null;
        if (Kind == EnterpriseEventKind.Financing && Amount is { } yuan)
        {
            if (yuan is < 0 or > MaxAmount)
            {
                errors["amount"] = [Text.Get("Evt.Err.Amount", MaxAmount.ToString("#,0", System.Globalization.CultureInfo.InvariantCulture))];
            }
            else if (yuan * 100m != decimal.Truncate(yuan * 100m))
            {
                errors["amount"] = [Text.Get("Err.NotWholeFen", yuan)];
            }
            else
            {
                fen = Fen.FromYuan(yuan);
            }
        }

        var texts = Kind == EnterpriseEventKind.Listing
            ? new[] { ("stockCode", StockCode, EnterpriseEventLimits.StockCode), ("note", Note, EnterpriseEventLimits.Note) }
            : [("investors", Investors, EnterpriseEventLimits.Investors), ("note", Note, EnterpriseEventLimits.Note)];
        foreach (var (field, value, max) in texts)
        {
            if (value?.Trim().Length > max)
            {
                errors[field] = [Text.Get("Err.CellTooLong", max)];
            }
        }

        if (errors.Count > 0)
        {
            throw new FieldsException(errors);
        }

        if (Kind == EnterpriseEventKind.Listing)
        {
            e.SetListing(Date!.Value, Board!.Value, StockCode ?? string.Empty, Note ?? string.Empty);
        }
        else
        {
            e.SetFinancing(Date!.Value, Round!.Value, fen, Investors ?? string.Empty, Note ?? string.Empty);
        }
    }

    public static EnterpriseEventFields From(EnterpriseEventDto e) => new(e.Kind, e.Date, e.Board, e.StockCode, e.Round, e.Amount, e.Investors, e.Note, e.Version);
}

/// <summary>An event as the API and the page show it: the amount in yuan (null when undisclosed or a listing).</summary>
public sealed record EnterpriseEventDto(
    Guid Id, Guid EnterpriseId, EnterpriseEventKind Kind, DateOnly Date, ListingBoard? Board, string StockCode, FinancingRound? Round, decimal? Amount,
    string Investors, string Note, string RecordedBy, DateTimeOffset RecordedAt, bool IsSampleData, long Version)
{
    public static EnterpriseEventDto From(EnterpriseEvent e) => new(e.Id, e.EnterpriseId, e.Kind, e.Date, e.Board, e.StockCode, e.Round,
        e.AmountFen is { } fen ? Fen.ToYuan(fen) : null, e.Investors, e.Note, e.RecordedBy, e.RecordedAt, e.IsSampleData, e.Version);
}

/// <summary>Who may write an enterprise's events: its own account, and the zone's innovation editors (not readers such as leaders).</summary>
public static class EventAccess
{
    public static void RequireWriter(GaoxinDb db, Guid zoneId) => EnterpriseAccess.RequireFileWriter(db, zoneId);

    /// <summary>The event in the zone, once the caller may see its enterprise's file (an enterprise account: its own only); 404 otherwise.</summary>
    public static async Task<EnterpriseEvent> FindAsync(GaoxinDb db, Guid zoneId, Guid id, CancellationToken ct)
    {
        var e = await db.EnterpriseEvents.FirstOrDefaultAsync(x => x.Id == id && x.ZoneId == zoneId, ct)
            ?? throw new DomainException(Text.Get("Err.NoSuchRecord", Text.Get("Thing.enterpriseEvent")), StatusCodes.Status404NotFound);
        await EnterpriseAccess.FindAsync(db, zoneId, e.EnterpriseId, ct, track: false);
        return e;
    }
}

using Gaoxin.Data;

namespace Gaoxin.Modules.Innovation.Domain;

/// <summary>What happened to an enterprise in the capital market: it listed (上市/挂牌) or raised money (融资).</summary>
public enum EnterpriseEventKind
{
    Listing,
    Financing,
}

/// <summary>Where an enterprise listed: 主板, 创业板, 科创板, 北交所, 新三板 (挂牌) or abroad (境外).</summary>
public enum ListingBoard
{
    MainBoard,
    ChiNext,
    Star,
    Bse,
    Neeq,
    Overseas,
}

/// <summary>The round of a financing: 天使轮, Pre-A, A轮, B轮, C轮及以后, 战略投资, 债权融资.</summary>
public enum FinancingRound
{
    Angel,
    PreA,
    SeriesA,
    SeriesB,
    SeriesCOrLater,
    Strategic,
    Debt,
}

/// <summary>
/// A listing or financing event in an enterprise's file (一企一档). A listing names its board and, once known, its stock
/// code; a financing names its round, its amount in fen (null when undisclosed) and its investors. Soft-deleted, so a
/// removed event stays in the audit trail.
/// </summary>
public sealed class EnterpriseEvent : IZoneOwned, IVersioned, ISoftDeletable
{
    private EnterpriseEvent()
    {
        StockCode = Investors = Note = RecordedBy = string.Empty;
    }

    public EnterpriseEvent(Guid zoneId, Guid enterpriseId, string recordedBy, DateTimeOffset recordedAt)
    {
        Id = Guid.CreateVersion7();
        ZoneId = zoneId;
        EnterpriseId = enterpriseId;
        StockCode = Investors = Note = string.Empty;
        RecordedBy = recordedBy;
        RecordedAt = recordedAt;
    }

    public Guid Id { get; private set; }
    public Guid ZoneId { get; private set; }
    public Guid EnterpriseId { get; private set; }
    public EnterpriseEventKind Kind { get; private set; }
    public DateOnly Date { get; private set; }
    public ListingBoard? Board { get; private set; }
    public string StockCode { get; private set; }
    public FinancingRound? Round { get; private set; }
    public long? AmountFen { get; private set; }
    public string Investors { get; private set; }
    public string Note { get; private set; }
    public string RecordedBy { get; private set; }
    public DateTimeOffset RecordedAt { get; private set; }
    public bool IsSampleData { get; set; }
    public long Version { get; set; }
    public DateTimeOffset? DeletedAt { get; private set; }

    /// <summary>A listing: board and stock code; the financing fields are cleared.</summary>
    public void SetListing(DateOnly date, ListingBoard board, string stockCode, string note)
    {
        Kind = EnterpriseEventKind.Listing;
        Date = date;
        Board = board;
        StockCode = stockCode.Trim();
        Round = null;
        AmountFen = null;
        Investors = string.Empty;
        Note = note.Trim();
    }

    /// <summary>A financing: round, amount (null when undisclosed) and investors; the listing fields are cleared.</summary>
    public void SetFinancing(DateOnly date, FinancingRound round, long? amountFen, string investors, string note)
    {
        if (amountFen < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(amountFen), "An amount cannot be negative.");
        }

        Kind = EnterpriseEventKind.Financing;
        Date = date;
        Board = null;
        StockCode = string.Empty;
        Round = round;
        AmountFen = amountFen;
        Investors = investors.Trim();
        Note = note.Trim();
    }

    public void Delete(DateTimeOffset at) => DeletedAt ??= at;
}

/// <summary>The longest texts an event keeps (the columns' lengths and the API's checks).</summary>
public static class EnterpriseEventLimits
{
    public const int StockCode = 20;
    public const int Investors = 500;
    public const int Note = 1000;
}

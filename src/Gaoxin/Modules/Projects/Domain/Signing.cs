using Gaoxin.Data;

namespace Gaoxin.Modules.Projects.Domain;

/// <summary>A signing event (签约活动), e.g. Qingdao's batch signing of 14 key projects.</summary>
public sealed class SigningEvent : IZoneOwned, IVersioned
{
    private SigningEvent()
    {
        Name = Place = string.Empty;
    }

    public SigningEvent(Guid zoneId, string name, DateOnly date, string place)
    {
        Id = Guid.CreateVersion7();
        ZoneId = zoneId;
        Name = name.Trim();
        Date = date;
        Place = place.Trim();
    }

    public Guid Id { get; private set; }
    public Guid ZoneId { get; private set; }
    public string Name { get; set; }
    public DateOnly Date { get; set; }
    public string Place { get; set; }
    public long Version { get; set; }
}

/// <summary>
/// A signing (签约) of a project: the agreed amount and the kind. DOMAIN.md §2: a project counts as signed once, at its
/// first signing; a capital increase counts only the increment; a change of investor counts as a new signing.
/// </summary>
public sealed class Signing : IZoneOwned, IVersioned
{
    private Signing()
    {
        ProjectName = Investor = string.Empty;
    }

    public Signing(Guid zoneId, Guid? projectId, Guid? eventId, string projectName, string investor, DateOnly signedOn, long agreedFen, SigningKind kind)
    {
        Id = Guid.CreateVersion7();
        ZoneId = zoneId;
        ProjectId = projectId;
        EventId = eventId;
        ProjectName = projectName.Trim();
        Investor = investor.Trim();
        SignedOn = signedOn;
        AgreedFen = agreedFen;
        Kind = kind;
    }

    public Guid Id { get; private set; }
    public Guid ZoneId { get; private set; }
    public Guid? ProjectId { get; private set; }
    public Guid? EventId { get; set; }
    public string ProjectName { get; set; }
    public string Investor { get; set; }
    public DateOnly SignedOn { get; set; }

    /// <summary>For a capital increase, the increment only.</summary>
    public long AgreedFen { get; set; }
    public SigningKind Kind { get; set; }
    public bool IsForeign { get; set; }
    public bool IsFortune500 { get; set; }

    /// <summary>Agreed from outside the city (市外资金), as Chengde counts its 94.36亿.</summary>
    public bool FromOutsideCity { get; set; }

    /// <summary>The date the signed project landed (落地), when it has; a project in the ledger lands by its stage.</summary>
    public DateOnly? LandedOn { get; set; }
    public long? LandedFen { get; set; }

    /// <summary>Generated for the demo where the source gives totals only.</summary>
    public bool IsSampleData { get; set; }
    public long Version { get; set; }

    /// <summary>Counts as a new signed project (a capital increase does not add to the count).</summary>
    public bool CountsAsProject => Kind != SigningKind.CapitalIncrease;
}

public enum SigningKind
{
    New = 0,
    CapitalIncrease = 1,
    NewInvestor = 2,
}

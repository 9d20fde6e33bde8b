using Gaoxin.Data;

namespace Gaoxin.Modules.Innovation.Domain;

/// <summary>The incubation chain's links: 众创空间 → 孵化器 → 加速器 → 特色园区.</summary>
public enum CarrierKind
{
    Makerspace = 0,
    Incubator = 1,
    Accelerator = 2,
    ThemePark = 3,
}

/// <summary>A carrier's or centre's recognition: national, provincial, municipal or none.</summary>
public enum CarrierLevel
{
    National = 0,
    Provincial = 1,
    Municipal = 2,
    None = 3,
}

/// <summary>
/// What an incubatee graduated on. The 科技企业孵化器管理办法 (国科发区〔2018〕300号) as we read it names these as the graduation
/// criteria behind the national incubator's "≥20 graduates" (DOMAIN.md §5): recognised as an HNTE; cumulative revenue of
/// two consecutive years above 1000万元; merged, acquired or listed. This is our reading; the zone's office decides.
/// </summary>
public enum GraduationBasis
{
    Hnte = 0,
    Revenue = 1,
    MergedOrListed = 2,
}

/// <summary>An incubation carrier (孵化载体) of the zone with its recognition level and floor area (m²).</summary>
public sealed class Carrier : IZoneOwned, IVersioned
{
    private Carrier()
    {
        Name = string.Empty;
    }

    public Carrier(Guid zoneId, string name, CarrierKind kind, CarrierLevel level, decimal areaSquareMeters)
    {
        Id = Guid.CreateVersion7();
        ZoneId = zoneId;
        Name = name.Trim();
        Kind = kind;
        Level = level;
        AreaSquareMeters = areaSquareMeters;
    }

    public Guid Id { get; private set; }
    public Guid ZoneId { get; private set; }
    public string Name { get; set; }
    public CarrierKind Kind { get; set; }
    public CarrierLevel Level { get; set; }
    public decimal AreaSquareMeters { get; set; }
    public string? Operator { get; set; }
    public bool IsSampleData { get; set; }
    public long Version { get; set; }
}

/// <summary>
/// An enterprise incubated in a carrier (在孵企业): an enterprise of the file or just a name, since when, on how much
/// floor area; it graduates (毕业) on one of the criteria of <see cref="GraduationBasis"/> and exits (迁出), neither before it moved in.
/// </summary>
public sealed class Incubatee : IZoneOwned, IVersioned
{
    private Incubatee()
    {
        Name = string.Empty;
    }

    public Incubatee(Guid zoneId, Guid carrierId, Guid? enterpriseId, string name, DateOnly movedInOn, decimal areaSquareMeters)
    {
        Id = Guid.CreateVersion7();
        ZoneId = zoneId;
        CarrierId = carrierId;
        EnterpriseId = enterpriseId;
        Name = name.Trim();
        MovedInOn = movedInOn;
        AreaSquareMeters = areaSquareMeters;
    }

    public Guid Id { get; private set; }
    public Guid ZoneId { get; private set; }
    public Guid CarrierId { get; private set; }
    public Guid? EnterpriseId { get; private set; }
    public string Name { get; private set; }
    public DateOnly MovedInOn { get; private set; }
    public decimal AreaSquareMeters { get; private set; }
    public DateOnly? GraduatedOn { get; private set; }
    public GraduationBasis? GraduationBasis { get; private set; }
    public DateOnly? ExitedOn { get; private set; }
    public string? ExitReason { get; private set; }
    public bool IsSampleData { get; set; }
    public long Version { get; set; }

    /// <summary>In incubation on <paramref name="day"/>: moved in, neither graduated nor exited.</summary>
    public bool InIncubationOn(DateOnly day) => MovedInOn <= day && !(GraduatedOn <= day) && !(ExitedOn <= day);

    public void Graduate(DateOnly on, GraduationBasis basis)
    {
        if (on < MovedInOn)
        {
            throw new Hosting.DomainException(Hosting.Text.Get("Inc.Err.BeforeMoveIn", on.ToString("yyyy-MM-dd"), MovedInOn.ToString("yyyy-MM-dd")));
        }

        if (GraduatedOn is not null || ExitedOn is not null)
        {
            throw new Hosting.DomainException(Hosting.Text.Get(GraduatedOn is not null ? "Inc.Err.Graduated" : "Inc.Err.Exited"), StatusCodes.Status409Conflict);
        }

        GraduatedOn = on;
        GraduationBasis = basis;
    }

    /// <summary>迁出: leaves the carrier (a graduate too, on or after its graduation).</summary>
    public void Exit(DateOnly on, string? reason)
    {
        if (on < MovedInOn || on < GraduatedOn)
        {
            throw new Hosting.DomainException(Hosting.Text.Get("Inc.Err.BeforeMoveIn", on.ToString("yyyy-MM-dd"), (GraduatedOn ?? MovedInOn).ToString("yyyy-MM-dd")));
        }

        if (ExitedOn is not null)
        {
            throw new Hosting.DomainException(Hosting.Text.Get("Inc.Err.Exited"), StatusCodes.Status409Conflict);
        }

        ExitedOn = on;
        ExitReason = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim();
    }
}

/// <summary>A university–enterprise centre (校企合作) or R&amp;D platform: partner university, centre, field, enterprise, dates.</summary>
public sealed class UniversityCentre : IZoneOwned, IVersioned, ISoftDeletable
{
    private UniversityCentre()
    {
        Partner = Name = Field = string.Empty;
    }

    public UniversityCentre(Guid zoneId, string partner, string name, string field, Guid? enterpriseId, CarrierLevel level, DateOnly startOn, DateOnly? endOn)
    {
        Id = Guid.CreateVersion7();
        ZoneId = zoneId;
        Partner = partner.Trim();
        Name = name.Trim();
        Field = field.Trim();
        EnterpriseId = enterpriseId;
        Level = level;
        StartOn = startOn;
        EndOn = endOn;
    }

    public Guid Id { get; private set; }
    public Guid ZoneId { get; private set; }
    public string Partner { get; private set; }
    public string Name { get; private set; }
    public string Field { get; private set; }
    public Guid? EnterpriseId { get; private set; }
    public CarrierLevel Level { get; private set; }
    public DateOnly StartOn { get; private set; }
    public DateOnly? EndOn { get; private set; }
    public bool IsSampleData { get; set; }
    public long Version { get; set; }

    /// <summary>When staff removed it (entered by mistake); hidden from then on, kept for the record.</summary>
    public DateTimeOffset? DeletedAt { get; private set; }

    public void Delete(DateTimeOffset at) => DeletedAt ??= at;

    /// <summary>Corrects the centre's particulars (validated by the caller: texts trimmed, the end not before the start).</summary>
    public void Correct(string partner, string name, string field, Guid? enterpriseId, CarrierLevel level, DateOnly startOn, DateOnly? endOn)
    {
        Partner = partner.Trim();
        Name = name.Trim();
        Field = field.Trim();
        EnterpriseId = enterpriseId;
        Level = level;
        StartOn = startOn;
        EndOn = endOn;
    }
}

using Gaoxin.Data;

namespace Gaoxin.Modules.Innovation.Domain;

/// <summary>Where an enterprise stands in the auto industry (the Liudong outward-supply policies single it out).</summary>
public enum AutoIndustryRole
{
    None,
    VehicleMaker,
    AutoParts,
}

/// <summary>
/// One file per enterprise (一企一档): who it is (name, unified social credit code unique in the zone), where and
/// since when; its yearly figures and qualifications hang off it.
/// </summary>
public sealed class Enterprise : IZoneOwned, IVersioned
{
    private Enterprise()
    {
        Name = CreditCode = Industry = Chain = Address = ContactName = ContactPhone = string.Empty;
    }

    public Enterprise(Guid zoneId, string name, string creditCode)
    {
        Id = Guid.CreateVersion7();
        ZoneId = zoneId;
        Name = name.Trim();
        CreditCode = creditCode.Trim().ToUpperInvariant();
        Industry = Chain = Address = ContactName = ContactPhone = string.Empty;
    }

    public Guid Id { get; private set; }
    public Guid ZoneId { get; private set; }
    public string Name { get; set; }
    public string CreditCode { get; set; }
    public DateOnly? RegisteredOn { get; set; }
    public string Industry { get; set; }
    public string Chain { get; set; }
    public AutoIndustryRole AutoIndustry { get; set; }
    public string Address { get; set; }
    public string ContactName { get; set; }
    public string ContactPhone { get; set; }

    /// <summary>Since when it works in its niche market (从事特定细分市场时间), read by the SRDI and Little Giant criteria.</summary>
    public DateOnly? NicheSince { get; set; }

    public bool IsSampleData { get; set; }
    public long Version { get; set; }
}

/// <summary>Who entered a year's figures.</summary>
public enum FiguresSource
{
    Enterprise,
    Staff,
    Import,
    Demo,
}

/// <summary>
/// A year's figures of an enterprise. Money in fen. Each change is also kept whole as a <see cref="FiguresRevision"/>
/// with who, when and (for staff corrections) why.
/// </summary>
public sealed class EnterpriseYear : IZoneOwned, IVersioned
{
    private EnterpriseYear()
    {
        ReportedBy = string.Empty;
    }

    public EnterpriseYear(Guid zoneId, Guid enterpriseId, int year)
    {
        Id = Guid.CreateVersion7();
        ZoneId = zoneId;
        EnterpriseId = enterpriseId;
        Year = year;
        ReportedBy = string.Empty;
    }

    public Guid Id { get; private set; }
    public Guid ZoneId { get; private set; }
    public Guid EnterpriseId { get; private set; }
    public int Year { get; private set; }
    public int Staff { get; private set; }
    public int ScienceStaff { get; private set; }
    public long RevenueFen { get; private set; }
    public long MainBusinessRevenueFen { get; private set; }
    public long HighTechIncomeFen { get; private set; }
    public long RdExpenseFen { get; private set; }
    public long RdInChinaFen { get; private set; }
    public long AssetsFen { get; private set; }
    public long TaxFen { get; private set; }
    public long OutputFen { get; private set; }
    public long ExportsFen { get; private set; }

    /// <summary>Actual supply to manufacturers outside the city (对外实际配套额), read by the Liudong outward-supply policy.</summary>
    public long OutwardSupplyFen { get; private set; }

    public int InventionPatents { get; private set; }
    public int OtherClassOneIp { get; private set; }
    public int UtilityModels { get; private set; }
    public int DesignPatents { get; private set; }
    public int SoftwareCopyrights { get; private set; }
    public int? InnovationScore { get; private set; }
    public FiguresSource Source { get; private set; }
    public string ReportedBy { get; private set; }
    public DateTimeOffset ReportedAt { get; private set; }
    public long Version { get; set; }

    /// <summary>Class I IP (发明专利, 集成电路布图设计, 植物新品种, 国家新药 …) as the criteria count it.</summary>
    public int ClassOneIp => InventionPatents + OtherClassOneIp;

    /// <summary>Class II IP (实用新型, 外观设计, 软件著作权).</summary>
    public int ClassTwoIp => UtilityModels + DesignPatents + SoftwareCopyrights;

    public FigureValues Values => new(Staff, ScienceStaff, RevenueFen, MainBusinessRevenueFen, HighTechIncomeFen, RdExpenseFen, RdInChinaFen, AssetsFen, TaxFen, OutputFen,
        ExportsFen, OutwardSupplyFen, InventionPatents, OtherClassOneIp, UtilityModels, DesignPatents, SoftwareCopyrights, InnovationScore);

    /// <summary>Sets the figures (already checked by <see cref="FigureValues.Problems"/>) and records who and when.</summary>
    public void Set(FigureValues v, FiguresSource source, string by, DateTimeOffset at)
    {
        Staff = v.Staff;
        ScienceStaff = v.ScienceStaff;
        RevenueFen = v.RevenueFen;
        MainBusinessRevenueFen = v.MainBusinessRevenueFen;
        HighTechIncomeFen = v.HighTechIncomeFen;
        RdExpenseFen = v.RdExpenseFen;
        RdInChinaFen = v.RdInChinaFen;
        AssetsFen = v.AssetsFen;
        TaxFen = v.TaxFen;
        OutputFen = v.OutputFen;
        ExportsFen = v.ExportsFen;
        OutwardSupplyFen = v.OutwardSupplyFen;
        InventionPatents = v.InventionPatents;
        OtherClassOneIp = v.OtherClassOneIp;
        UtilityModels = v.UtilityModels;
        DesignPatents = v.DesignPatents;
        SoftwareCopyrights = v.SoftwareCopyrights;
        InnovationScore = v.InnovationScore;
        Source = source;
        ReportedBy = by;
        ReportedAt = at;
    }

    public Engines.Qualifications.YearFacts ToFacts()
        => new(Year, Staff, ScienceStaff, RevenueFen, MainBusinessRevenueFen, HighTechIncomeFen, RdExpenseFen, RdInChinaFen, AssetsFen, ClassOneIp, ClassTwoIp, InnovationScore);
}

/// <summary>A year's figures as values (fen), with the checks that refuse figures contradicting each other.</summary>
public sealed record FigureValues(
    int Staff,
    int ScienceStaff,
    long RevenueFen,
    long MainBusinessRevenueFen,
    long HighTechIncomeFen,
    long RdExpenseFen,
    long RdInChinaFen,
    long AssetsFen,
    long TaxFen,
    long OutputFen,
    long ExportsFen,
    long OutwardSupplyFen,
    int InventionPatents,
    int OtherClassOneIp,
    int UtilityModels,
    int DesignPatents,
    int SoftwareCopyrights,
    int? InnovationScore)
{
    /// <summary>What is wrong, as (field, message key, arguments): negative values first, then contradictions.</summary>
    public IEnumerable<(string Field, string Key, object[] Args)> Problems()
    {
        var numbers = new (string Field, long Value)[]
        {
            ("staff", Staff), ("scienceStaff", ScienceStaff), ("revenue", RevenueFen), ("mainBusinessRevenue", MainBusinessRevenueFen), ("highTechIncome", HighTechIncomeFen),
            ("rdExpense", RdExpenseFen), ("rdInChina", RdInChinaFen), ("assets", AssetsFen), ("tax", TaxFen), ("output", OutputFen), ("exports", ExportsFen),
            ("outwardSupply", OutwardSupplyFen), ("inventionPatents", InventionPatents), ("otherClassOneIp", OtherClassOneIp), ("utilityModels", UtilityModels),
            ("designPatents", DesignPatents), ("softwareCopyrights", SoftwareCopyrights),
        };
        var negative = numbers.Where(n => n.Value < 0).ToList();
        foreach (var n in negative)
        {
            yield return (n.Field, "Ent.Err.Negative", [n.Field]);
        }

        if (negative.Count > 0)
        {
            yield break;
        }

        if (InnovationScore is < 0 or > 100)
        {
            yield return ("innovationScore", "Ent.Err.Score", []);
        }

        if (ScienceStaff > Staff)
        {
            yield return ("scienceStaff", "Ent.Err.ScienceOverStaff", [ScienceStaff, Staff]);
        }

        if (MainBusinessRevenueFen > RevenueFen)
        {
            yield return ("mainBusinessRevenue", "Ent.Err.OverRevenue", ["mainBusinessRevenue"]);
        }

        if (HighTechIncomeFen > RevenueFen)
        {
            yield return ("highTechIncome", "Ent.Err.OverRevenue", ["highTechIncome"]);
        }

        if (RdExpenseFen > RevenueFen)
        {
            yield return ("rdExpense", "Ent.Err.OverRevenue", ["rdExpense"]);
        }

        if (RdInChinaFen > RdExpenseFen)
        {
            yield return ("rdInChina", "Ent.Err.ChinaOverRd", []);
        }
    }
}

/// <summary>One version of a year's figures as entered, kept for history: who, when, from where and why.</summary>
public sealed class FiguresRevision : IZoneOwned
{
    private FiguresRevision()
    {
        By = Values = string.Empty;
    }

    public FiguresRevision(Guid zoneId, Guid enterpriseId, int year, FiguresSource source, string by, DateTimeOffset at, string? reason, string values)
    {
        Id = Guid.CreateVersion7();
        ZoneId = zoneId;
        EnterpriseId = enterpriseId;
        Year = year;
        Source = source;
        By = by;
        At = at;
        Reason = reason;
        Values = values;
    }

    public Guid Id { get; private set; }
    public Guid ZoneId { get; private set; }
    public Guid EnterpriseId { get; private set; }
    public int Year { get; private set; }
    public FiguresSource Source { get; private set; }
    public string By { get; private set; }
    public DateTimeOffset At { get; private set; }
    public string? Reason { get; private set; }

    /// <summary>The figures as JSON (<see cref="FigureValues"/>), so a revision reads back whole whatever changes later.</summary>
    public string Values { get; private set; }
}

public enum QualificationLevel
{
    National,
    Provincial,
    City,
}

/// <summary>A qualification an enterprise holds: kind, level, certificate, grant and expiry.</summary>
public sealed class Qualification : IZoneOwned, IVersioned
{
    private Qualification()
    {
        CertificateNumber = string.Empty;
    }

    public Qualification(Guid zoneId, Guid enterpriseId, Engines.Qualifications.QualificationKind kind)
    {
        Id = Guid.CreateVersion7();
        ZoneId = zoneId;
        EnterpriseId = enterpriseId;
        Kind = kind;
        CertificateNumber = string.Empty;
    }

    public Guid Id { get; private set; }
    public Guid ZoneId { get; private set; }
    public Guid EnterpriseId { get; private set; }
    public Engines.Qualifications.QualificationKind Kind { get; private set; }
    public QualificationLevel Level { get; private set; }
    public string CertificateNumber { get; private set; }
    public DateOnly GrantedOn { get; private set; }
    public DateOnly ExpiresOn { get; private set; }
    public bool IsSampleData { get; set; }
    public long Version { get; set; }

    public bool InForceOn(DateOnly day) => GrantedOn <= day && day <= ExpiresOn;

    /// <summary>Sets the particulars; an expiry before the grant is refused.</summary>
    public void Set(QualificationLevel level, string certificateNumber, DateOnly grantedOn, DateOnly expiresOn)
    {
        if (expiresOn < grantedOn)
        {
            throw new Hosting.DomainException(Hosting.Text.Get("Ent.Err.ExpiryBeforeGrant", expiresOn.ToString("yyyy-MM-dd"), grantedOn.ToString("yyyy-MM-dd")));
        }

        Level = level;
        CertificateNumber = certificateNumber.Trim();
        GrantedOn = grantedOn;
        ExpiresOn = expiresOn;
    }
}

/// <summary>A zone's target of new qualifications of one kind in a year (Chengde 2022: +20 HNTE, +50 tech-based SMEs, 2 Little Giants).</summary>
public sealed class CultivationTarget : IZoneOwned
{
    private CultivationTarget()
    {
    }

    public CultivationTarget(Guid zoneId, int year, Engines.Qualifications.QualificationKind kind, int count)
    {
        ZoneId = zoneId;
        Year = year;
        Kind = kind;
        Count = count;
    }

    public Guid ZoneId { get; private set; }
    public int Year { get; private set; }
    public Engines.Qualifications.QualificationKind Kind { get; private set; }
    public int Count { get; set; }
}

/// <summary>An enterprise-role account bound to one enterprise: it reads and reports only that enterprise's file.</summary>
public sealed class EnterpriseAccount : IZoneOwned
{
    private EnterpriseAccount()
    {
    }

    public EnterpriseAccount(Guid zoneId, Guid userId, Guid enterpriseId)
    {
        ZoneId = zoneId;
        UserId = userId;
        EnterpriseId = enterpriseId;
    }

    public Guid UserId { get; private set; }
    public Guid ZoneId { get; private set; }
    public Guid EnterpriseId { get; set; }
}

/// <summary>
/// A zone's innovation statistics of a year as published (Chengde 2021: R&amp;D ÷ GDP 3 %, technology contracts 2.7亿):
/// entered, not derived, since the zone's GDP and the contract register are kept elsewhere.
/// </summary>
public sealed class InnovationStatistics : IZoneOwned, IVersioned
{
    private InnovationStatistics()
    {
    }

    public InnovationStatistics(Guid zoneId, int year)
    {
        ZoneId = zoneId;
        Year = year;
    }

    public Guid ZoneId { get; private set; }
    public int Year { get; private set; }
    public decimal? RdToGdpPercent { get; set; }
    public long? TechContractTurnoverFen { get; set; }
    public long Version { get; set; }
}

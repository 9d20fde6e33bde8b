using Gaoxin.Data;

namespace Gaoxin.Modules.Chains.Domain;

/// <summary>Whether a chain is one of the zone's leading industries (主导产业) or an emerging one (新兴产业).</summary>
public enum ChainKind
{
    Leading,
    Emerging,
}

/// <summary>
/// What a link does in the chain; the regional view reads it to name a pairing between zones
/// (研发—产业化 when one side researches, 整机—零件 when one side assembles and the other supplies parts).
/// </summary>
public enum LinkKind
{
    Material,  // 原材料
    Component, // 零部件 / 配套
    Assembly,  // 整机 / 终端
    Research,  // 研发
    Service,   // 服务
    Other,
}

/// <summary>A firm's role on a link: 链主 (chain-leader firm), 配套 (supplier), 研发 (research), other.</summary>
public enum PlacementRole
{
    Leader,
    Supplier,
    Research,
    Other,
}

/// <summary>How strong a link is by its chain's rules.</summary>
public enum LinkStatus
{
    Strong,
    Weak,
    Missing,
}

/// <summary>
/// An industrial chain of a zone (产业链) under a chain chief (链长制), with its member units and the rules that judge its links.
/// The links form a graph from upstream to downstream (<see cref="ChainLink"/>).
/// </summary>
public sealed class Chain : IZoneOwned, IVersioned
{
    private Chain()
    {
        Code = Name = ChiefName = MemberUnits = Description = string.Empty;
    }

    public Chain(Guid zoneId, string code, string name)
    {
        Id = Guid.CreateVersion7();
        ZoneId = zoneId;
        Code = code.Trim();
        Name = name.Trim();
        ChiefName = MemberUnits = Description = string.Empty;
        WeakWithoutLeader = true;
        WeakBelowSharePercent = 5m;
    }

    public Guid Id { get; private set; }
    public Guid ZoneId { get; private set; }
    public string Code { get; private set; }
    public string Name { get; set; }
    public ChainKind Kind { get; set; }
    public string Description { get; set; }

    /// <summary>The chain chief (链长), a person's name; optionally the account that works the chief's desk.</summary>
    public string ChiefName { get; set; }

    public Guid? ChiefUserId { get; set; }

    /// <summary>Member units and departments (成员单位), one per line.</summary>
    public string MemberUnits { get; set; }

    /// <summary>Rule: a link without a chain-leader firm (链主) is weak.</summary>
    public bool WeakWithoutLeader { get; set; }

    /// <summary>Rule: a link whose output is below this share of the chain's output (%) is weak; null: no such rule.</summary>
    public decimal? WeakBelowSharePercent { get; set; }

    public bool IsSampleData { get; set; }
    public long Version { get; set; }

    public IEnumerable<string> MemberUnitList => MemberUnits.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}

/// <summary>
/// A link (环节) of a chain: its upstream links (by code, within the chain), an optional parent link (a sub-link) and the
/// key products or technologies made there. <see cref="Order"/> is the upstream-to-downstream position, kept by the chain.
/// </summary>
public sealed class ChainLink : IZoneOwned
{
    private ChainLink()
    {
        Code = Name = Upstream = KeyProducts = string.Empty;
    }

    public ChainLink(Guid zoneId, Guid chainId, string code)
    {
        Id = Guid.CreateVersion7();
        ZoneId = zoneId;
        ChainId = chainId;
        Code = code;
        Name = Upstream = KeyProducts = string.Empty;
    }

    public Guid Id { get; private set; }
    public Guid ZoneId { get; private set; }
    public Guid ChainId { get; private set; }
    public string Code { get; private set; }
    public string Name { get; set; }
    public LinkKind Kind { get; set; }

    /// <summary>The codes of the links that feed this one, comma-separated.</summary>
    public string Upstream { get; set; }

    public Guid? ParentId { get; set; }

    /// <summary>Key products or technologies (重点产品/技术), comma-separated.</summary>
    public string KeyProducts { get; set; }

    public int Order { get; set; }

    public IEnumerable<string> UpstreamCodes => Upstream.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public IEnumerable<string> KeyProductList => KeyProducts.Split([',', '，', '、'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}

/// <summary>An enterprise of the file or a project of the ledger placed on a link, with its role there.</summary>
public sealed class ChainPlacement : IZoneOwned
{
    private ChainPlacement()
    {
        Note = string.Empty;
    }

    public ChainPlacement(Guid zoneId, Guid chainId, Guid linkId, Guid? enterpriseId, Guid? projectId, PlacementRole role, string note)
    {
        Id = Guid.CreateVersion7();
        ZoneId = zoneId;
        ChainId = chainId;
        LinkId = linkId;
        EnterpriseId = enterpriseId;
        ProjectId = projectId;
        Role = role;
        Note = note;
    }

    public Guid Id { get; private set; }
    public Guid ZoneId { get; private set; }
    public Guid ChainId { get; private set; }
    public Guid LinkId { get; private set; }
    public Guid? EnterpriseId { get; private set; }
    public Guid? ProjectId { get; private set; }
    public PlacementRole Role { get; set; }
    public string Note { get; set; }
}

public enum TargetStatus
{
    Open,       // 待招商
    LeadOpened, // 已转线索
    Closed,     // 已完成 / 已放弃
}

/// <summary>
/// An investment target (招商目标) for a weak or missing link: what to attract, candidate firms recorded by staff, and the lead
/// (招商线索, a project at 谋划储备) opened from it.
/// </summary>
public sealed class InvestmentTarget : IZoneOwned, IVersioned
{
    private InvestmentTarget()
    {
        Title = Candidates = Note = CreatedBy = string.Empty;
    }

    public InvestmentTarget(Guid zoneId, Guid chainId, Guid linkId, string title, DateOnly createdOn, string createdBy)
    {
        Id = Guid.CreateVersion7();
        ZoneId = zoneId;
        ChainId = chainId;
        LinkId = linkId;
        Title = title.Trim();
        Candidates = Note = string.Empty;
        CreatedOn = createdOn;
        CreatedBy = createdBy;
    }

    public Guid Id { get; private set; }
    public Guid ZoneId { get; private set; }
    public Guid ChainId { get; private set; }
    public Guid LinkId { get; private set; }
    public string Title { get; set; }

    /// <summary>Candidate firms (目标企业), one per line.</summary>
    public string Candidates { get; set; }

    public string Note { get; set; }
    public TargetStatus Status { get; set; }
    public Guid? LeadProjectId { get; private set; }
    public DateOnly CreatedOn { get; private set; }
    public string CreatedBy { get; private set; }
    public bool IsSampleData { get; set; }
    public long Version { get; set; }

    public IEnumerable<string> CandidateList => Candidates.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public void LeadOpened(Guid projectId)
    {
        if (LeadProjectId is not null)
        {
            throw new Hosting.DomainException(Hosting.Text.Get("Chain.Err.LeadExists"), StatusCodes.Status409Conflict);
        }

        LeadProjectId = projectId;
        Status = TargetStatus.LeadOpened;
    }
}

using Gaoxin.Data;
using Gaoxin.Hosting;

namespace Gaoxin.Modules.Projects.Domain;

public enum ShareStatus
{
    Proposed = 0, // 待确认: the host zone proposed the split, the partner has not answered
    Accepted = 1, // 已确认: both zones count their share
    Declined = 2, // 已拒绝
    Ended = 3,    // 已终止
}

/// <summary>
/// An enclave (飞地共建) project's split with a partner zone. The row belongs to the <b>partner</b> zone (so the partner's
/// users find it through the ordinary zone filter); the project stays in its <b>host</b> zone. The host owns the project and
/// the proposed ratio and agreement; the partner owns its answer, its liaison and its note. Each side reaches the other's
/// data only through this row and only to read (ADR 0011). Statistics split the project while its share is accepted.
/// </summary>
public sealed class ProjectShare : IJointlyOwned, IVersioned
{
    private static readonly HashSet<string> Answer = [nameof(Status), nameof(AnsweredOn), nameof(AcceptedOn)];
    private static readonly HashSet<string> HostFields = [nameof(PartnerBasisPoints), nameof(Agreement), nameof(ProposedOn), nameof(EndedOn), .. Answer];
    private static readonly HashSet<string> PartnerFields = [nameof(PartnerLiaison), nameof(PartnerNote), .. Answer];

    /// <summary>The ratio is kept in basis points of the partner's share (1 = 0.01%).</summary>
    public const int Whole = 10_000;

    private ProjectShare()
    {
        Agreement = string.Empty;
    }

    public ProjectShare(Guid hostZoneId, Guid projectId, Guid partnerZoneId, int partnerBasisPoints, string agreement, DateOnly on)
    {
        if (partnerZoneId == hostZoneId)
        {
            throw new DomainException(Text.Get("Err.ShareSameZone"));
        }

        Id = Guid.CreateVersion7();
        ZoneId = partnerZoneId;
        HostZoneId = hostZoneId;
        ProjectId = projectId;
        Agreement = string.Empty;
        Propose(partnerBasisPoints, agreement, on);
    }

    public Guid Id { get; private set; }

    /// <summary>The partner zone (飞入地 or 飞出地 — whichever does not keep the project's record).</summary>
    public Guid ZoneId { get; private set; }

    public Guid HostZoneId { get; private set; }
    public Guid ProjectId { get; private set; }
    public int PartnerBasisPoints { get; private set; }
    public string Agreement { get; private set; }
    public ShareStatus Status { get; private set; }
    public DateOnly ProposedOn { get; private set; }
    public DateOnly? AnsweredOn { get; private set; }

    public DateOnly? AcceptedOn { get; private set; }

    public DateOnly? EndedOn { get; private set; }

    // The partner's own fields: the host cannot change them.
    public string? PartnerLiaison { get; private set; }
    public string? PartnerNote { get; private set; }

    public long Version { get; set; }

    public int HostBasisPoints => Whole - PartnerBasisPoints;

    public bool HostOwns(string property) => HostFields.Contains(property);

    public bool PartnerOwns(string property) => PartnerFields.Contains(property);

    public bool IsLive => Status is ShareStatus.Proposed or ShareStatus.Accepted;

    /// <summary>The host proposes (or re-proposes) the split; a changed split must be agreed again.</summary>
    public void Propose(int partnerBasisPoints, string agreement, DateOnly on)
    {
        if (Status is ShareStatus.Ended)
        {
            throw new DomainException(Text.Get("Err.ShareEnded"), StatusCodes.Status409Conflict);
        }

        if (partnerBasisPoints is <= 0 or >= Whole)
        {
            throw new DomainException(Text.Get("Err.ShareRatio"));
        }

        if (string.IsNullOrWhiteSpace(agreement))
        {
            throw new DomainException(Text.Get("Err.ShareAgreement"));
        }

        PartnerBasisPoints = partnerBasisPoints;
        Agreement = agreement.Trim();
        Status = ShareStatus.Proposed;
        ProposedOn = on;
        AnsweredOn = AcceptedOn = null;
    }

    /// <summary>The partner's answer to a proposed split.</summary>
    public void Respond(bool accept, DateOnly on)
    {
        if (Status is not ShareStatus.Proposed)
        {
            throw new DomainException(Text.Get("Err.ShareNotProposed", Text.Get("Share." + Status)), StatusCodes.Status409Conflict);
        }

        Status = accept ? ShareStatus.Accepted : ShareStatus.Declined;
        AnsweredOn = on;
        AcceptedOn = accept ? on : null;
    }

    public void Describe(string? liaison, string? note)
    {
        PartnerLiaison = string.IsNullOrWhiteSpace(liaison) ? null : liaison.Trim();
        PartnerNote = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
    }

    public void End(DateOnly on)
    {
        if (Status is ShareStatus.Ended)
        {
            throw new DomainException(Text.Get("Err.ShareEnded"), StatusCodes.Status409Conflict);
        }

        Status = ShareStatus.Ended;
        EndedOn = on;
    }

    /// <summary>
    /// Splits an amount in fen: the partner's part is rounded half away from zero to the fen and the host keeps the rest,
    /// so the two parts always add up to the whole.
    /// </summary>
    public static (long Host, long Partner) Split(long fen, int partnerBasisPoints)
    {
        var partner = (long)Math.Round(fen * (decimal)partnerBasisPoints / Whole, MidpointRounding.AwayFromZero);
        return (fen - partner, partner);
    }
}

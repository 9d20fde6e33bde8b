using Gaoxin.Data;
using Gaoxin.Hosting;

namespace Gaoxin.Modules.Incentives.Domain;

public enum GrantStatus
{
    Applied = 0,       // 已申请 (快申快享) or proposed by a 免申即享 run
    FirstApproved = 1, // 初审通过
    Approved = 2,      // 复审通过: the amount is committed against the fund's budget
    Publicized = 3,    // 公示中 (objections until the notice ends)
    Paid = 4,          // 已兑付
    Rejected = 5,      // 未通过 (or withdrawn after an objection): any commitment is released
}

public enum GrantOrigin
{
    Application = 0,   // 快申快享: the enterprise (or staff for it) applied
    NoApplication = 1, // 免申即享: found eligible from data the zone holds
}

public enum GrantAction
{
    Apply,
    Propose,
    FirstApprove,
    Approve,
    Publicize,
    Pay,
    Reject,
}

/// <summary>
/// A benefit for one enterprise under one policy and period, from application (or a 免申即享 run) to payout: 初审 → 复审
/// (commits the amount against the fund) → 公示 with an objection period → 兑付. The amount and its explanation are computed
/// by the policy's rules and kept with the rules' version; every step keeps who and when.
/// </summary>
public sealed class Grant : IZoneOwned, IVersioned
{
    private readonly List<GrantStep> _steps = [];

    private Grant()
    {
        RuleId = EnterpriseName = InputsJson = ExplanationZh = ExplanationEn = RuleVersion = string.Empty;
    }

    public Grant(Guid zoneId, Guid policyItemId, string ruleId, string ruleVersion, int period, string enterpriseName, string? creditCode, string inputsJson,
        long amountFen, string explanationZh, string explanationEn, GrantOrigin origin, string by, DateTimeOffset at) : this()
    {
        Id = Guid.CreateVersion7();
        ZoneId = zoneId;
        PolicyItemId = policyItemId;
        RuleId = ruleId;
        RuleVersion = ruleVersion;
        Period = period;
        EnterpriseName = enterpriseName.Trim();
        CreditCode = string.IsNullOrWhiteSpace(creditCode) ? null : creditCode.Trim().ToUpperInvariant();
        InputsJson = inputsJson;
        AmountFen = amountFen;
        ExplanationZh = explanationZh;
        ExplanationEn = explanationEn;
        Origin = origin;
        Status = GrantStatus.Applied;
        _steps.Add(new GrantStep(zoneId, Id, origin == GrantOrigin.Application ? GrantAction.Apply : GrantAction.Propose, by, at, null));
    }

    public Guid Id { get; private set; }
    public Guid ZoneId { get; private set; }
    public Guid PolicyItemId { get; private set; }
    public string RuleId { get; private set; }

    /// <summary>The rules' version the amount was computed with (the date the version took effect).</summary>
    public string RuleVersion { get; private set; }

    public int Period { get; private set; }
    public string EnterpriseName { get; private set; }
    public string? CreditCode { get; private set; }
    public string InputsJson { get; private set; }
    public long AmountFen { get; private set; }
    public string ExplanationZh { get; private set; }
    public string ExplanationEn { get; private set; }
    public GrantOrigin Origin { get; private set; }
    public GrantStatus Status { get; private set; }
    public Guid? FundYearId { get; private set; }
    public DateOnly? NoticeUntil { get; private set; }
    public DateOnly? PaidOn { get; private set; }
    public long Version { get; set; }

    public IReadOnlyList<GrantStep> Steps => _steps;

    public void FirstApprove(string by, string? note, DateTimeOffset at) => Step(GrantStatus.Applied, GrantStatus.FirstApproved, GrantAction.FirstApprove, by, note, at);

    /// <summary>复审: the amount is committed against the fund year (the caller checked the budget).</summary>
    public void Approve(FundYear fund, string by, string? note, DateTimeOffset at)
    {
        Step(GrantStatus.FirstApproved, GrantStatus.Approved, GrantAction.Approve, by, note, at);
        fund.Commit(AmountFen);
        FundYearId = fund.Id;
    }

    public void Publicize(DateOnly until, DateOnly today, string by, DateTimeOffset at)
    {
        if (until <= today)
        {
            throw new DomainException(Text.Get("Err.NoticeUntil", today.ToString("yyyy-MM-dd")));
        }

        Step(GrantStatus.Approved, GrantStatus.Publicized, GrantAction.Publicize, by, until.ToString("yyyy-MM-dd"), at);
        NoticeUntil = until;
    }

    public void Pay(FundYear fund, DateOnly today, string by, DateTimeOffset at)
    {
        if (Status == GrantStatus.Publicized && NoticeUntil is { } until && today <= until)
        {
            throw new DomainException(Text.Get("Err.NoticeRunning", until.ToString("yyyy-MM-dd")), StatusCodes.Status409Conflict);
        }

        Step(GrantStatus.Publicized, GrantStatus.Paid, GrantAction.Pay, by, null, at);
        fund.Pay(AmountFen);
        PaidOn = today;
    }

    /// <summary>Rejected at a review, or withdrawn during the notice after an objection: the commitment is released.</summary>
    public void Reject(FundYear? fund, string reason, string by, DateTimeOffset at)
    {
        if (Status is GrantStatus.Paid or GrantStatus.Rejected)
        {
            throw new DomainException(Text.Get("Err.GrantStep", Text.Get("Grant." + Status)), StatusCodes.Status409Conflict);
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new DomainException(Text.Get("Err.GrantReason"));
        }

        if (Status is GrantStatus.Approved or GrantStatus.Publicized)
        {
            fund?.Release(AmountFen);
        }

        Status = GrantStatus.Rejected;
        _steps.Add(new GrantStep(ZoneId, Id, GrantAction.Reject, by, at, reason.Trim()));
    }

    private void Step(GrantStatus from, GrantStatus to, GrantAction action, string by, string? note, DateTimeOffset at)
    {
        if (Status != from)
        {
            throw new DomainException(Text.Get("Err.GrantStep", Text.Get("Grant." + Status)), StatusCodes.Status409Conflict);
        }

        Status = to;
        _steps.Add(new GrantStep(ZoneId, Id, action, by, at, string.IsNullOrWhiteSpace(note) ? null : note.Trim()));
    }
}

public sealed class GrantStep : IZoneOwned
{
    private GrantStep()
    {
        By = string.Empty;
    }

    public GrantStep(Guid zoneId, Guid grantId, GrantAction action, string by, DateTimeOffset at, string? note)
    {
        Id = Guid.CreateVersion7();
        ZoneId = zoneId;
        GrantId = grantId;
        Action = action;
        By = by;
        At = at;
        Note = note;
    }

    public Guid Id { get; private set; }
    public Guid ZoneId { get; private set; }
    public Guid GrantId { get; private set; }
    public GrantAction Action { get; private set; }
    public string By { get; private set; }
    public DateTimeOffset At { get; private set; }
    public string? Note { get; private set; }
}

/// <summary>
/// A fund's year (资金台账): budget, committed (approved, not yet paid or released) and paid, in fen. Nothing is approved
/// beyond the budget; two approvals at once meet the version check, so the second sees the first's commitment.
/// </summary>
public sealed class FundYear : IZoneOwned, IVersioned
{
    private FundYear()
    {
        FundId = Title = PolicyIds = string.Empty;
    }

    public FundYear(Guid zoneId, string fundId, string title, int year, long budgetFen, IEnumerable<string> policyIds) : this()
    {
        Id = Guid.CreateVersion7();
        ZoneId = zoneId;
        FundId = fundId;
        Title = title;
        Year = year;
        BudgetFen = budgetFen;
        PolicyIds = string.Join(',', policyIds);
    }

    public Guid Id { get; private set; }
    public Guid ZoneId { get; private set; }
    public string FundId { get; private set; }
    public string Title { get; private set; }
    public int Year { get; private set; }
    public long BudgetFen { get; private set; }

    /// <summary>Approved and not yet paid or released.</summary>
    public long CommittedFen { get; private set; }

    public long PaidFen { get; private set; }

    /// <summary>The policies (rule ids) this fund pays, comma-separated.</summary>
    public string PolicyIds { get; private set; }

    public long Version { get; set; }

    public long AvailableFen => BudgetFen - CommittedFen - PaidFen;

    public bool Pays(string ruleId) => PolicyIds.Split(',').Contains(ruleId);

    public void Commit(long fen)
    {
        if (fen > AvailableFen)
        {
            throw new DomainException(Text.Get("Err.OverBudget", Title, Year, Engines.Money.Fen.ToYuan(AvailableFen).ToString("N2"), Engines.Money.Fen.ToYuan(fen).ToString("N2")),
                StatusCodes.Status409Conflict);
        }

        CommittedFen += fen;
    }

    public void Pay(long fen)
    {
        CommittedFen -= fen;
        PaidFen += fen;
    }

    public void Release(long fen) => CommittedFen -= fen;
}

namespace Gaoxin.Engines.Qualifications;

/// <summary>The qualifications of tiered cultivation (梯度培育), lowest tier first where they form a ladder.</summary>
public enum QualificationKind
{
    /// <summary>科技型中小企业 (tech-based SME).</summary>
    TechSme,

    /// <summary>高新技术企业 (High and New Technology Enterprise, HNTE).</summary>
    Hnte,

    /// <summary>创新型中小企业 (innovative SME).</summary>
    InnovativeSme,

    /// <summary>专精特新中小企业 (SRDI SME).</summary>
    Srdi,

    /// <summary>专精特新"小巨人" (Little Giant).</summary>
    LittleGiant,

    /// <summary>规模以上工业企业 (above-scale industrial enterprise).</summary>
    AboveScale,
}

/// <summary>One year's figures of an enterprise as the criteria read them. Money in fen.</summary>
public sealed record YearFacts(
    int Year,
    int Staff,
    int ScienceStaff,
    long RevenueFen,
    long MainBusinessRevenueFen,
    long HighTechIncomeFen,
    long RdExpenseFen,
    long RdInChinaFen,
    long AssetsFen,
    int ClassOneIp,
    int ClassTwoIp,
    int? InnovationScore = null);

/// <summary>
/// What the pre-check knows of an enterprise: registration, years in its niche market, figures by year and the
/// qualifications it holds (in force) on the assessment date.
/// </summary>
public sealed record EnterpriseFacts(DateOnly? RegisteredOn, DateOnly? NicheSince, IReadOnlyList<YearFacts> Years, IReadOnlyCollection<QualificationKind> Held);

public enum CriterionStatus
{
    Met,
    NotMet,

    /// <summary>The figures needed are not reported (or the criterion is assessed by experts): the pre-check cannot say.</summary>
    Unknown,
}

/// <summary>One criterion's verdict with what was found and what is needed, in both languages.</summary>
public sealed record CriterionResult(string Code, CriterionStatus Status, string En, string Zh);

/// <summary>
/// The pre-check of one enterprise against one qualification: which criteria are met, which not and by how much,
/// under the criteria version in force on the assessment date (with its document, so a user can check it).
/// </summary>
public sealed record PreCheckResult(
    QualificationKind Kind,
    string Document,
    DateOnly EffectiveFrom,
    int Year,
    IReadOnlyList<CriterionResult> Criteria,
    int? Score,
    string? NoteEn,
    string? NoteZh)
{
    public bool Eligible => Criteria.All(c => c.Status == CriterionStatus.Met);
    public int MetCount => Criteria.Count(c => c.Status == CriterionStatus.Met);
    public int NotMetCount => Criteria.Count(c => c.Status == CriterionStatus.NotMet);
}

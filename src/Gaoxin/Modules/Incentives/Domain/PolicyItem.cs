using Gaoxin.Data;
using Gaoxin.Engines.Rules.Policies;

namespace Gaoxin.Modules.Incentives.Domain;

/// <summary>
/// One item of a zone's policy guide (政策指南 / 申兑指南, DOMAIN.md §4): what it gives, to whom, on what conditions, how
/// much, how to apply, the time limit, where and whom to ask. <see cref="RuleId"/> links it to a policy as code, which makes
/// it computable (calculator, 免申即享, grants); items without one are read-only guidance.
/// </summary>
public sealed class PolicyItem : IZoneOwned, IVersioned
{
    private PolicyItem()
    {
        Section = Title = Content = Beneficiaries = Conditions = AmountText = Procedure = TimeLimit = WhereToApply = Contact = Document = string.Empty;
    }

    public PolicyItem(Guid zoneId, string section, string title, PolicyCategory kind, DateOnly publishedOn) : this()
    {
        Id = Guid.CreateVersion7();
        ZoneId = zoneId;
        Section = section.Trim();
        Title = title.Trim();
        Kind = kind;
        PublishedOn = publishedOn;
    }

    public Guid Id { get; private set; }
    public Guid ZoneId { get; private set; }

    /// <summary>The zone's own grouping of its guide (e.g. Guiyang's seven: 产业发展, 科技创新, …).</summary>
    public string Section { get; set; }

    public string Title { get; set; }

    /// <summary>减免 / 奖补 / 权益 / 资质.</summary>
    public PolicyCategory Kind { get; set; }

    public string Document { get; set; }
    public string Content { get; set; }
    public string Beneficiaries { get; set; }
    public string Conditions { get; set; }
    public string AmountText { get; set; }
    public string Procedure { get; set; }
    public string TimeLimit { get; set; }
    public string WhereToApply { get; set; }
    public string Contact { get; set; }
    public DateOnly PublishedOn { get; set; }
    public DateOnly? ValidUntil { get; set; }
    public string? RuleId { get; set; }
    public bool IsSampleData { get; set; }
    public long Version { get; set; }
}

using Gaoxin.Data;

namespace Gaoxin.Modules.Incentives.Domain;

/// <summary>
/// A published revision of a zone's policy as code (YAML) with its test cases. The latest revision is the one the zone
/// computes with; earlier grants keep the revision label they were computed with. Revisions are never edited.
/// </summary>
public sealed class PolicyRuleRevision : IZoneOwned
{
    private PolicyRuleRevision()
    {
        RuleId = Yaml = TestsYaml = PublishedBy = string.Empty;
    }

    public PolicyRuleRevision(Guid zoneId, string ruleId, int revision, string yaml, string testsYaml, DateOnly publishedOn, string publishedBy, DateTimeOffset at) : this()
    {
        Id = Guid.CreateVersion7();
        ZoneId = zoneId;
        RuleId = ruleId;
        Revision = revision;
        Yaml = yaml;
        TestsYaml = testsYaml;
        PublishedOn = publishedOn;
        PublishedBy = publishedBy;
        PublishedAt = at;
    }

    public Guid Id { get; private set; }
    public Guid ZoneId { get; private set; }
    public string RuleId { get; private set; }
    public int Revision { get; private set; }
    public string Yaml { get; private set; }
    public string TestsYaml { get; private set; }
    public DateOnly PublishedOn { get; private set; }
    public string PublishedBy { get; private set; }
    public DateTimeOffset PublishedAt { get; private set; }

    public string Label => $"r{Revision}";
}

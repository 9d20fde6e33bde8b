using System.Text.Json;
using System.Text.Json.Serialization;
using Gaoxin.Data;
using Gaoxin.Engines.Scheduling;

namespace Gaoxin.Modules.Schedules.Domain;

/// <summary>
/// A zone's milestone template for a kind of project (e.g. 工业项目, 拿地即开工): the steps from filing to production,
/// how long each takes in working days, and how they follow each other. Approval steps carry their statutory time
/// limit (法定时限, working days) and the 帮办 case worker who shepherds the file through. A project's schedule is
/// copied from a template; later edits of the template do not change schedules already made.
/// </summary>
public sealed class MilestoneTemplate : IZoneOwned, IVersioned
{
    private MilestoneTemplate()
    {
        Code = Name = ProjectType = StepsJson = LinksJson = string.Empty;
    }

    public MilestoneTemplate(Guid zoneId, string code, string name, string projectType, IReadOnlyList<TemplateStep> steps, IReadOnlyList<TemplateLink> links)
    {
        Id = Guid.CreateVersion7();
        ZoneId = zoneId;
        Code = code.Trim();
        Name = name.Trim();
        ProjectType = projectType.Trim();
        StepsJson = LinksJson = string.Empty;
        SetSteps(steps, links);
    }

    public Guid Id { get; private set; }
    public Guid ZoneId { get; private set; }

    /// <summary>A short code unique in the zone (e.g. <c>standard</c>, <c>land-start</c>).</summary>
    public string Code { get; private set; }
    public string Name { get; set; }

    /// <summary>The kind of project the template is for (项目类型), shown when a schedule is made.</summary>
    public string ProjectType { get; set; }
    public string StepsJson { get; private set; }
    public string LinksJson { get; private set; }
    public long Version { get; set; }

    public IReadOnlyList<TemplateStep> Steps => JsonSerializer.Deserialize<List<TemplateStep>>(StepsJson, ScheduleJson.Options) ?? [];

    public IReadOnlyList<TemplateLink> Links => JsonSerializer.Deserialize<List<TemplateLink>>(LinksJson, ScheduleJson.Options) ?? [];

    public void SetSteps(IReadOnlyList<TemplateStep> steps, IReadOnlyList<TemplateLink> links)
    {
        StepsJson = JsonSerializer.Serialize(steps, ScheduleJson.Options);
        LinksJson = JsonSerializer.Serialize(links, ScheduleJson.Options);
    }
}

/// <summary>
/// One step of a template. <see cref="Duration"/> is in working days (0: a milestone such as 开工). An approval step
/// (<see cref="StatutoryDays"/> set) is late once it has run longer than its statutory limit.
/// </summary>
public sealed record TemplateStep(string Key, string Name, int Duration, int? StatutoryDays = null, string? CaseWorker = null)
{
    [JsonIgnore]
    public bool IsApproval => StatutoryDays is not null;
}

public sealed record TemplateLink(string From, string To, LinkType Type = LinkType.FinishToStart, int Lag = 0);

public static class ScheduleJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };
}

using System.Text.Json;
using Gaoxin.Data;
using Gaoxin.Engines.Scheduling;

namespace Gaoxin.Modules.Schedules.Domain;

/// <summary>
/// A project's schedule (进度计划): its activities, links and saved baselines, one per project. It is an aggregate edited
/// and recomputed as a whole — every change is checked by computing the schedule on the zone's calendar before anything
/// is written — so the activities are kept together (JSON) with one version.
/// </summary>
public sealed class ProjectSchedule : IZoneOwned, IVersioned
{
    private ProjectSchedule()
    {
        TemplateName = ActivitiesJson = LinksJson = BaselinesJson = string.Empty;
    }

    public ProjectSchedule(Guid zoneId, Guid projectId, string templateName, DateOnly start, DateOnly? deadline)
    {
        Id = Guid.CreateVersion7();
        ZoneId = zoneId;
        ProjectId = projectId;
        TemplateName = templateName;
        Start = start;
        Deadline = deadline;
        ActivitiesJson = LinksJson = BaselinesJson = "[]";
    }

    public Guid Id { get; private set; }
    public Guid ZoneId { get; private set; }
    public Guid ProjectId { get; private set; }
    public string TemplateName { get; private set; }

    /// <summary>The project start: steps without predecessors start then (or on the next working day).</summary>
    public DateOnly Start { get; set; }

    /// <summary>The date the last step must finish by (倒排工期 target); float is measured against it.</summary>
    public DateOnly? Deadline { get; set; }
    public string ActivitiesJson { get; private set; }
    public string LinksJson { get; private set; }
    public string BaselinesJson { get; private set; }
    public long Version { get; set; }

    public ScheduleContent Read() => new(
        JsonSerializer.Deserialize<List<PlannedActivity>>(ActivitiesJson, ScheduleJson.Options) ?? [],
        JsonSerializer.Deserialize<List<TemplateLink>>(LinksJson, ScheduleJson.Options) ?? [],
        JsonSerializer.Deserialize<List<SavedBaseline>>(BaselinesJson, ScheduleJson.Options) ?? []);

    public void Write(ScheduleContent content)
    {
        ActivitiesJson = JsonSerializer.Serialize(content.Activities, ScheduleJson.Options);
        LinksJson = JsonSerializer.Serialize(content.Links, ScheduleJson.Options);
        BaselinesJson = JsonSerializer.Serialize(content.Baselines, ScheduleJson.Options);
    }
}

/// <summary>The editable content of a schedule: a working copy, written back only once it computes.</summary>
public sealed record ScheduleContent(List<PlannedActivity> Activities, List<TemplateLink> Links, List<SavedBaseline> Baselines);

/// <summary>
/// An activity of a project's schedule. Automatic ones follow their links for <see cref="Duration"/> working days;
/// manual ones sit on <see cref="ManualStart"/>–<see cref="ManualFinish"/> whatever the links say. Actual dates
/// (progress) override both.
/// </summary>
public sealed class PlannedActivity
{
    public string Key { get; set; } = string.Empty;
    public string Name { get; set; } = string.Empty;
    public int Duration { get; set; }
    public bool Manual { get; set; }
    public DateOnly? ManualStart { get; set; }
    public DateOnly? ManualFinish { get; set; }
    public DateOnly? ActualStart { get; set; }
    public DateOnly? ActualFinish { get; set; }
    public int? StatutoryDays { get; set; }
    public string? CaseWorker { get; set; }
    public ConstraintType? ConstraintType { get; set; }
    public DateOnly? ConstraintDate { get; set; }
}

/// <summary>A saved plan (e.g. 年初计划) with the early dates of every activity when it was saved.</summary>
public sealed record SavedBaseline(string Name, DateTimeOffset SavedAt, string SavedBy, List<BaselineActivity> Activities);

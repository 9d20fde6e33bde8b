using System.Globalization;
using System.Text;
using System.Xml;
using System.Xml.Linq;
using Gaoxin.Data;
using Gaoxin.Engines.Scheduling;
using Gaoxin.Hosting.Api;
using Gaoxin.Modules.Projects.Features;
using Gaoxin.Modules.Schedules.Domain;
using Gaoxin.Modules.Zones.Domain;
using Microsoft.EntityFrameworkCore;

namespace Gaoxin.Modules.Schedules.Features;

/// <summary>
/// Exchange of a project's schedule with Microsoft Project as MSPDI (Microsoft Project XML): tasks with durations
/// (8-hour working days), manual tasks, milestones, actual dates, constraints, and predecessor links with their type
/// and lag. A task's key travels in its WBS field. The working calendar is not exchanged: Gaoxin schedules on the PRC
/// calendar, so dates read back are recomputed here, not taken from the file (except manual and actual dates).
/// Import replaces the activities and links of the schedule (its baselines are kept), all or nothing.
/// </summary>
public static class MspdiExchange
{
    private static readonly XNamespace Ns = "http://schemas.microsoft.com/project";
    private const int MinutesPerDay = 480;
    public const long MaxBytes = 2 * 1024 * 1024;

    public static string Export(ScheduleDto s, IReadOnlyList<PlannedActivity> activities)
    {
        var uid = activities.Select((a, i) => (a.Key, Uid: i + 1)).ToDictionary(x => x.Key, x => x.Uid);
        var computed = s.Activities.ToDictionary(a => a.Key);
        var links = s.Links.GroupBy(l => l.To).ToDictionary(g => g.Key, g => g.ToList());
        var tasks = new XElement(Ns + "Tasks");
        foreach (var a in activities)
        {
            var c = computed[a.Key];
            var task = new XElement(Ns + "Task",
                new XElement(Ns + "UID", uid[a.Key]),
                new XElement(Ns + "ID", uid[a.Key]),
                new XElement(Ns + "Name", a.Name),
                new XElement(Ns + "WBS", a.Key),
                new XElement(Ns + "Start", Start(c.EarlyStart)),
                new XElement(Ns + "Finish", Finish(c.EarlyFinish)),
                new XElement(Ns + "Duration", Duration(a.Duration)),
                new XElement(Ns + "DurationFormat", 7),
                new XElement(Ns + "Milestone", a.Duration == 0 ? 1 : 0),
                new XElement(Ns + "Manual", a.Manual ? 1 : 0),
                new XElement(Ns + "ConstraintType", ConstraintCode(a.ConstraintType)));
            if (a.ConstraintType is not null && a.ConstraintDate is { } cd)
            {
                task.Add(new XElement(Ns + "ConstraintDate", Start(cd)));
            }

            if (a.ActualStart is { } s0)
            {
                task.Add(new XElement(Ns + "ActualStart", Start(s0)));
            }

            if (a.ActualFinish is { } f0)
            {
                task.Add(new XElement(Ns + "ActualFinish", Finish(f0)));
            }

            if (a.CaseWorker is not null || a.StatutoryDays is not null)
            {
                task.Add(new XElement(Ns + "Notes", string.Join("; ", new[] { a.CaseWorker is null ? null : "帮办: " + a.CaseWorker, a.StatutoryDays is { } d ? "法定时限: " + d : null }.Where(x => x is not null))));
            }

            foreach (var l in links.GetValueOrDefault(a.Key) ?? [])
            {
                task.Add(new XElement(Ns + "PredecessorLink",
                    new XElement(Ns + "PredecessorUID", uid[l.From]),
                    new XElement(Ns + "Type", LinkCode(LinkTypes.Parse(l.Type))),
                    new XElement(Ns + "CrossProject", 0),
                    new XElement(Ns + "LinkLag", l.Lag * MinutesPerDay * 10),
                    new XElement(Ns + "LagFormat", 7)));
            }

            tasks.Add(task);
        }

        var project = new XElement(Ns + "Project",
            new XElement(Ns + "Name", $"{s.ProjectCode} {s.ProjectName}"),
            new XElement(Ns + "Title", s.ProjectName),
            new XElement(Ns + "ScheduleFromStart", 1),
            new XElement(Ns + "StartDate", Start(s.Start)),
            new XElement(Ns + "FinishDate", Finish(s.Finish)),
            new XElement(Ns + "MinutesPerDay", MinutesPerDay),
            new XElement(Ns + "MinutesPerWeek", MinutesPerDay * 5),
            new XElement(Ns + "DaysPerMonth", 20),
            new XElement(Ns + "StatusDate", Finish(s.StatusDate)),
            tasks);
        if (s.Deadline is { } deadline)
        {
            project.AddFirst(new XElement(Ns + "Subject", "Deadline " + deadline.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
        }

        return new XDocument(new XDeclaration("1.0", "utf-8", "yes"), project).Declaration + Environment.NewLine + project;
    }

    private static string Start(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "T08:00:00";

    private static string Finish(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "T17:00:00";

    private static string Duration(int days) => $"PT{days * 8}H0M0S";

    private static int LinkCode(LinkType t) => t switch
    {
        LinkType.FinishToFinish => 0,
        LinkType.StartToFinish => 2,
        LinkType.StartToStart => 3,
        _ => 1,
    };

    private static int ConstraintCode(ConstraintType? t) => t switch
    {
        ConstraintType.MustStartOn => 2,
        ConstraintType.MustFinishOn => 3,
        ConstraintType.StartNoEarlierThan => 4,
        ConstraintType.FinishNoLaterThan => 7,
        _ => 0,
    };

    /// <summary>Reads an MSPDI document into schedule content; refuses (400) what it cannot read, naming the task.</summary>
    public static (DateOnly? Start, ScheduleContent Content) Parse(string xml)
    {
        XDocument doc;
        try
        {
            doc = XDocument.Parse(xml, LoadOptions.None);
        }
        catch (XmlException e)
        {
            throw new DomainException(Text.Get("Err.Mspdi.Xml", e.Message));
        }

        var root = doc.Root;
        if (root is null || root.Name.LocalName != "Project")
        {
            throw new DomainException(Text.Get("Err.Mspdi.NotProject"));
        }

        var ns = root.Name.Namespace;
        var minutesPerDay = Int(root.Element(ns + "MinutesPerDay")?.Value) ?? MinutesPerDay;
        var activities = new List<PlannedActivity>();
        var keyOf = new Dictionary<string, string>();
        var pending = new List<(string To, XElement Link)>();
        foreach (var t in root.Element(ns + "Tasks")?.Elements(ns + "Task") ?? [])
        {
            var uid = t.Element(ns + "UID")?.Value.Trim() ?? string.Empty;
            var name = t.Element(ns + "Name")?.Value.Trim() ?? string.Empty;
            // The project summary task (UID 0) and summary tasks carry no work of their own.
            if (uid == "0" || t.Element(ns + "Summary")?.Value.Trim() == "1" || t.Element(ns + "IsNull")?.Value.Trim() == "1")
            {
                continue;
            }

            var wbs = t.Element(ns + "WBS")?.Value.Trim();
            var key = !string.IsNullOrEmpty(wbs) && wbs.Length <= 40 && activities.All(a => a.Key != wbs) ? wbs : "T" + uid;
            var milestone = t.Element(ns + "Milestone")?.Value.Trim() == "1";
            var minutes = IsoMinutes(t.Element(ns + "Duration")?.Value, name);
            var a = new PlannedActivity
            {
                Key = key,
                Name = name.Length > 100 ? name[..100] : name,
                Duration = milestone ? 0 : (int)Math.Round(minutes / minutesPerDay, MidpointRounding.AwayFromZero),
                Manual = t.Element(ns + "Manual")?.Value.Trim() == "1",
                ActualStart = Date(t.Element(ns + "ActualStart")?.Value, name),
                ActualFinish = Date(t.Element(ns + "ActualFinish")?.Value, name),
            };
            if (a.Manual)
            {
                a.ManualStart = Date(t.Element(ns + "Start")?.Value, name);
                a.ManualFinish = milestone ? a.ManualStart : Date(t.Element(ns + "Finish")?.Value, name);
            }

            a.ConstraintType = Int(t.Element(ns + "ConstraintType")?.Value) switch
            {
                2 => ConstraintType.MustStartOn,
                3 => ConstraintType.MustFinishOn,
                4 => ConstraintType.StartNoEarlierThan,
                7 => ConstraintType.FinishNoLaterThan,
                _ => null,
            };
            a.ConstraintDate = a.ConstraintType is null ? null : Date(t.Element(ns + "ConstraintDate")?.Value, name)
                ?? throw new DomainException(Text.Get("Err.Sched.Constraint", name));
            var notes = t.Element(ns + "Notes")?.Value ?? string.Empty;
            foreach (var part in notes.Split(';', StringSplitOptions.TrimEntries))
            {
                if (part.StartsWith("帮办: ", StringComparison.Ordinal))
                {
                    a.CaseWorker = part["帮办: ".Length..];
                }
                else if (part.StartsWith("法定时限: ", StringComparison.Ordinal) && Int(part["法定时限: ".Length..]) is { } days)
                {
                    a.StatutoryDays = days;
                }
            }

            keyOf[uid] = key;
            activities.Add(a);
            pending.AddRange(t.Elements(ns + "PredecessorLink").Select(l => (key, l)));
        }

        var links = new List<TemplateLink>();
        foreach (var (to, l) in pending)
        {
            var from = l.Element(ns + "PredecessorUID")?.Value.Trim() ?? string.Empty;
            if (!keyOf.TryGetValue(from, out var fromKey))
            {
                throw new DomainException(Text.Get("Err.Mspdi.Predecessor", from, activities.First(a => a.Key == to).Name));
            }

            var type = Int(l.Element(ns + "Type")?.Value) switch
            {
                0 => LinkType.FinishToFinish,
                2 => LinkType.StartToFinish,
                3 => LinkType.StartToStart,
                _ => LinkType.FinishToStart,
            };
            // LinkLag is in tenths of a minute; a percentage lag (formats 19, 20, …) cannot be represented.
            var format = Int(l.Element(ns + "LagFormat")?.Value) ?? 7;
            if (format is 19 or 20 or 35 or 36 or 37 or 38 or 39 or 40 or 41 or 42 or 43 or 44 or 51 or 52 or 53 or 54)
            {
                throw new DomainException(Text.Get("Err.Mspdi.PercentLag", activities.First(a => a.Key == to).Name));
            }

            var lag = (int)Math.Round((Int(l.Element(ns + "LinkLag")?.Value) ?? 0) / 10.0 / minutesPerDay, MidpointRounding.AwayFromZero);
            links.Add(new TemplateLink(fromKey, to, type, lag));
        }

        return (Date(root.Element(ns + "StartDate")?.Value, "Project"), new ScheduleContent(activities, links, []));
    }

    private static int? Int(string? s) => int.TryParse(s?.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var v) ? v : null;

    private static DateOnly? Date(string? s, string task)
    {
        if (string.IsNullOrWhiteSpace(s))
        {
            return null;
        }

        return DateTime.TryParse(s.Trim(), CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? DateOnly.FromDateTime(d)
            : throw new DomainException(Text.Get("Err.Mspdi.Date", s.Trim(), task));
    }

    private static double IsoMinutes(string? s, string task)
    {
        if (string.IsNullOrWhiteSpace(s))
        {
            return 0;
        }

        try
        {
            return XmlConvert.ToTimeSpan(s.Trim()).TotalMinutes;
        }
        catch (FormatException)
        {
            throw new DomainException(Text.Get("Err.Mspdi.Duration", s.Trim(), task));
        }
    }

    public static async Task<(string Xml, string FileName)> ExportAsync(Zone zone, Guid projectId, GaoxinDb db, DateOnly today, CancellationToken ct)
    {
        var dto = await ScheduleStore.GetAsync(zone, projectId, db, today, ct);
        var (_, schedule) = await ScheduleStore.LoadAsync(zone.Id, projectId, db, ct);
        return (Export(dto, schedule.Read().Activities), $"schedule-{dto.ProjectCode}.xml");
    }

    /// <summary>Replaces the schedule's activities and links with the file's (or makes the schedule), all or nothing.</summary>
    public static async Task<ScheduleDto> ImportAsync(Zone zone, Guid projectId, string xml, long? version, GaoxinDb db, DateOnly today, string by, TimeProvider clock, CancellationToken ct)
    {
        new ZoneRoute(zone).RequireWritable(db);
        var project = await db.FindAsync(zone.Id, projectId, ct)
            ?? throw new DomainException(Text.Get("Err.NoSuchRecord", Text.Get("Thing.project")), StatusCodes.Status404NotFound);
        var (start, imported) = Parse(xml);
        if (await db.ProjectSchedules.AnyAsync(s => s.ProjectId == projectId, ct))
        {
            return await ScheduleStore.ChangeAsync(zone, projectId, version ?? throw new DomainException(Text.Get("Err.Mspdi.Version")), (schedule, content) =>
            {
                content.Activities.Clear();
                content.Activities.AddRange(imported.Activities);
                content.Links.Clear();
                content.Links.AddRange(imported.Links);
                schedule.Start = start ?? schedule.Start;
            }, db, today, ct);
        }

        var created = new ProjectSchedule(zone.Id, projectId, Text.Get("Sched.Imported"), start ?? today, null);
        var calendar = await ScheduleCalendars.ForZoneAsync(zone.Id, db, ct);
        var computed = ScheduleCalculator.Compute(created, imported, today, null, calendar);
        imported.Baselines.Add(new SavedBaseline(Text.Get("Sched.InitialBaseline"), clock.GetUtcNow(), by, [.. Baseline.Save("initial", computed.Result).Activities]));
        computed = ScheduleCalculator.Compute(created, imported, today, null, calendar);
        created.Write(imported);
        db.ProjectSchedules.Add(created);
        await db.SaveChangesAsync(ct);
        return ScheduleDto.From(created, project, computed);
    }

    private static async Task<string> ReadBodyAsync(HttpRequest request, CancellationToken ct)
    {
        if (request.ContentLength > MaxBytes)
        {
            throw new DomainException(Text.Get("Err.TooLarge", MaxBytes / 1024), StatusCodes.Status413PayloadTooLarge);
        }

        using var reader = new StreamReader(request.Body, Encoding.UTF8);
        return await reader.ReadToEndAsync(ct);
    }

    public static void Map(RouteGroupBuilder zone)
    {
        zone.MapGet("/projects/{id:guid}/schedule/mspdi", async Task<IResult> (ZoneRoute zone, Guid id, GaoxinDb db, BusinessDay day, CancellationToken ct) =>
            {
                var (xml, name) = await ExportAsync(zone.Zone, id, db, day.Today, ct);
                return Results.File(Encoding.UTF8.GetBytes(xml), "application/xml", name);
            })
            .RequireAuthorization(Policies.ApiProjectReader).WithName("ExportScheduleMspdi")
            .WithSummary("The project's schedule as Microsoft Project XML (MSPDI)");
        zone.MapPut("/projects/{id:guid}/schedule/mspdi", async Task<IResult> (ZoneRoute zone, Guid id, long? version, HttpRequest request, GaoxinDb db, BusinessDay day, TimeProvider clock, CancellationToken ct) =>
            {
                var xml = await ReadBodyAsync(request, ct);
                return Results.Ok(await ImportAsync(zone.Zone, id, xml, version, db, day.Today, db.Scope.UserName ?? "?", clock, ct));
            })
            .RequireAuthorization(Policies.ApiProjectEditor).WithName("ImportScheduleMspdi")
            .WithSummary("Replaces the project's schedule with a Microsoft Project XML (MSPDI) file's tasks and links (?version= when it exists)");
    }

    public static void MapExport(IEndpointRouteBuilder app) => app
        .MapGet("/export/projects/{id:guid}/schedule.xml", async Task<IResult> (ZoneRoute zone, Guid id, GaoxinDb db, BusinessDay day, CancellationToken ct) =>
        {
            var (xml, name) = await ExportAsync(zone.Zone, id, db, day.Today, ct);
            return Results.File(Encoding.UTF8.GetBytes(xml), "application/xml", name);
        })
        .RequireAuthorization(Policies.ProjectReader)
        .ExcludeFromDescription();
}

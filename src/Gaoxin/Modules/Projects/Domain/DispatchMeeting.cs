using Gaoxin.Data;

namespace Gaoxin.Modules.Projects.Domain;

/// <summary>
/// A dispatch meeting (双周调度会) of a zone on a date. Its agenda is generated when it is created (red and yellow
/// projects, open and overdue problems, projects that did not report) and kept as it was, so a past meeting shows
/// what was before it; decisions become problems assigned to units, linked to the meeting.
/// </summary>
public sealed class DispatchMeeting : IZoneOwned, IVersioned
{
    private DispatchMeeting()
    {
        Title = AgendaJson = CreatedBy = string.Empty;
    }

    public DispatchMeeting(Guid zoneId, DateOnly date, string title, string agendaJson, string createdBy, DateTimeOffset at)
    {
        Id = Guid.CreateVersion7();
        ZoneId = zoneId;
        Date = date;
        Title = title.Trim();
        AgendaJson = agendaJson;
        CreatedBy = createdBy;
        CreatedAt = at;
    }

    public Guid Id { get; private set; }
    public Guid ZoneId { get; private set; }
    public DateOnly Date { get; private set; }
    public string Title { get; set; }
    public string? Minutes { get; set; }

    /// <summary>The agenda as generated (JSON of <c>Features.DispatchAgenda</c>).</summary>
    public string AgendaJson { get; private set; }
    public string CreatedBy { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public long Version { get; set; }
}

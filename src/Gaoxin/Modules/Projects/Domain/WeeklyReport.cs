using Gaoxin.Data;

namespace Gaoxin.Modules.Projects.Domain;

/// <summary>
/// The officer's weekly report on a project (周报): what moved this week, the overall percentage, photos, and any
/// problems raised (they go to the problem list). One per project and week; the week is named by its Monday.
/// </summary>
public sealed class WeeklyReport : IZoneOwned, IVersioned
{
    private WeeklyReport()
    {
        Progress = ReportedBy = string.Empty;
    }

    public WeeklyReport(Guid zoneId, Guid projectId, DateOnly week, string progress, int percent, string reportedBy, DateTimeOffset at)
    {
        Id = Guid.CreateVersion7();
        ZoneId = zoneId;
        ProjectId = projectId;
        Week = week;
        Progress = progress.Trim();
        Percent = percent;
        ReportedBy = reportedBy;
        ReportedAt = at;
    }

    public Guid Id { get; private set; }
    public Guid ZoneId { get; private set; }
    public Guid ProjectId { get; private set; }

    /// <summary>The Monday of the reported week.</summary>
    public DateOnly Week { get; private set; }
    public string Progress { get; private set; }
    public int Percent { get; private set; }
    public string ReportedBy { get; private set; }
    public DateTimeOffset ReportedAt { get; private set; }
    public long Version { get; set; }

    public static DateOnly WeekOf(DateOnly day) => day.AddDays(-(((int)day.DayOfWeek + 6) % 7));
}

/// <summary>
/// A file kept with a project: a weekly report's site photo or the statistical registration's evidence (入库佐证).
/// Images (JPEG, PNG) and PDF only, checked by their first bytes, at most <see cref="MaxBytes"/>.
/// </summary>
public sealed class ProjectFile : IZoneOwned
{
    public const int MaxBytes = 5 * 1024 * 1024;

    private ProjectFile()
    {
        FileName = ContentType = UploadedBy = string.Empty;
        Content = [];
    }

    public ProjectFile(Guid zoneId, Guid projectId, FilePurpose purpose, Guid? weeklyReportId, string fileName, string contentType, byte[] content, string uploadedBy, DateTimeOffset at)
    {
        Id = Guid.CreateVersion7();
        ZoneId = zoneId;
        ProjectId = projectId;
        Purpose = purpose;
        WeeklyReportId = weeklyReportId;
        FileName = fileName;
        ContentType = contentType;
        Content = content;
        Size = content.Length;
        UploadedBy = uploadedBy;
        UploadedAt = at;
    }

    public Guid Id { get; private set; }
    public Guid ZoneId { get; private set; }
    public Guid ProjectId { get; private set; }
    public FilePurpose Purpose { get; private set; }
    public Guid? WeeklyReportId { get; private set; }
    public string FileName { get; private set; }
    public string ContentType { get; private set; }
    public int Size { get; private set; }
    public byte[] Content { get; private set; }
    public string UploadedBy { get; private set; }
    public DateTimeOffset UploadedAt { get; private set; }

    /// <summary>The content type the first bytes prove, or null when they are not a JPEG, PNG or PDF.</summary>
    public static string? Sniff(ReadOnlySpan<byte> head) =>
        head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]) ? "image/jpeg"
        : head.StartsWith((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) ? "image/png"
        : head.StartsWith("%PDF-"u8) ? "application/pdf"
        : null;
}

public enum FilePurpose
{
    WeeklyPhoto = 0,
    Registration = 1,
}

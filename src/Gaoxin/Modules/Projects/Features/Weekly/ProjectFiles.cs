using Gaoxin.Data;
using Gaoxin.Hosting.Api;
using Gaoxin.Modules.Projects.Domain;
using Microsoft.EntityFrameworkCore;

namespace Gaoxin.Modules.Projects.Features.Weekly;

public sealed record FileDto(Guid Id, FilePurpose Purpose, string FileName, string ContentType, int Size, DateTimeOffset UploadedAt, string UploadedBy)
{
    public static FileDto From(ProjectFile f) => new(f.Id, f.Purpose, f.FileName, f.ContentType, f.Size, f.UploadedAt, f.UploadedBy);
}

/// <summary>An uploaded file before it is kept: its name and its bytes.</summary>
public sealed record Upload(string FileName, byte[] Content);

/// <summary>
/// Files kept with projects (site photos, registration evidence): checked by their first bytes, not their names, and
/// by size; served back only within the zone.
/// </summary>
public static class ProjectFiles
{
    public const int MaxFilesPerUpload = 10;

    /// <summary>The body limit of an upload endpoint: the files at their largest plus the form around them.</summary>
    public static readonly UploadLimit UploadLimit = new(MaxFilesPerUpload * (long)ProjectFile.MaxBytes + 1024 * 1024);

    /// <summary>Checks every upload; the first bad one refuses them all, saying which and why.</summary>
    public static List<(Upload Upload, string ContentType)> Check(IReadOnlyList<Upload> uploads, bool imagesOnly)
    {
        if (uploads.Count > MaxFilesPerUpload)
        {
            throw new DomainException(Text.Get("Err.TooManyFiles", MaxFilesPerUpload));
        }

        var checkedFiles = new List<(Upload, string)>();
        foreach (var upload in uploads)
        {
            var name = Path.GetFileName(upload.FileName.Replace('\\', '/'));
            if (upload.Content.Length == 0)
            {
                throw new DomainException(Text.Get("Err.FileEmpty", name));
            }

            if (upload.Content.Length > ProjectFile.MaxBytes)
            {
                throw new DomainException(Text.Get("Err.FileTooLarge", name, ProjectFile.MaxBytes / 1024 / 1024), StatusCodes.Status413PayloadTooLarge);
            }

            var type = ProjectFile.Sniff(upload.Content);
            if (type is null || (imagesOnly && type == "application/pdf"))
            {
                throw new DomainException(Text.Get(imagesOnly ? "Err.FileNotImage" : "Err.FileType", name), StatusCodes.Status415UnsupportedMediaType);
            }

            checkedFiles.Add((upload with { FileName = name.Length > 200 ? name[^200..] : name }, type));
        }

        return checkedFiles;
    }

    /// <summary>Reads the files of a multipart form into memory, refusing more bytes than the files may hold.</summary>
    public static async Task<List<Upload>> ReadAsync(IFormFileCollection files, CancellationToken ct)
    {
        var uploads = new List<Upload>();
        foreach (var file in files)
        {
            if (file.Length > ProjectFile.MaxBytes)
            {
                throw new DomainException(Text.Get("Err.FileTooLarge", file.FileName, ProjectFile.MaxBytes / 1024 / 1024), StatusCodes.Status413PayloadTooLarge);
            }

            using var buffer = new MemoryStream();
            await file.CopyToAsync(buffer, ct);
            uploads.Add(new Upload(file.FileName, buffer.ToArray()));
        }

        return uploads;
    }

    public static async Task<ProjectFile?> FindAsync(Guid zoneId, Guid id, GaoxinDb db, CancellationToken ct)
        => await db.ProjectFiles.AsNoTracking().FirstOrDefaultAsync(f => f.Id == id && f.ZoneId == zoneId, ct);

    public static void Map(RouteGroupBuilder zone) => zone
        .MapGet("/files/{id:guid}", async Task<IResult> (ZoneRoute zone, Guid id, GaoxinDb db, CancellationToken ct)
            => await FindAsync(zone.Id, id, db, ct) is { } f ? TypedResults.File(f.Content, f.ContentType, f.FileName) : ApiResults.NotFound("file"))
        .RequireAuthorization(Policies.ApiProjectReader)
        .WithName("GetProjectFile")
        .WithSummary("A project's file (site photo or registration evidence)");

    /// <summary>For pages (cookie sign-in): the same file, e.g. a photo shown in a weekly report.</summary>
    public static void MapForPages(IEndpointRouteBuilder app) => app
        .MapGet("/project-files/{id:guid}", async Task<IResult> (ZoneRoute zone, Guid id, GaoxinDb db, CancellationToken ct)
            => await FindAsync(zone.Id, id, db, ct) is { } f ? TypedResults.File(f.Content, f.ContentType, f.FileName) : ApiResults.NotFound("file"))
        .RequireAuthorization(Policies.ProjectReader)
        .ExcludeFromDescription();
}

using Gaoxin.Data;
using Gaoxin.Hosting.Api;
using Gaoxin.Modules.Projects.Domain;
using Gaoxin.Modules.Projects.Features.Weekly;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Gaoxin.Modules.Projects.Features;

public sealed record RegistrationDto(bool Registered, DateOnly? RegisteredOn, IReadOnlyList<FileDto> Evidence);

/// <summary>
/// 入库: a project of at least 500万 enters the statistical register once main works start, with evidence
/// (approval or filing document, construction contract, dated site photos: PDF, JPEG or PNG). DOMAIN.md §2: only
/// then does its statistical amount count ("先入库，后有数"). The date and every file are written together or not at all.
/// </summary>
public static class RegisterProject
{
    public const long MinimumFen = 5_000_000L * 100; // 500万元

    public static async Task<RegistrationDto> Handle(ZoneRoute zone, Guid projectId, DateOnly on, IReadOnlyList<Upload> evidence, GaoxinDb db, BusinessDay day,
        TimeProvider clock, CancellationToken ct)
    {
        zone.RequireWritable(db);
        var project = await db.FindAsync(zone.Id, projectId, ct)
            ?? throw new DomainException(Text.Get("Err.NoSuchRecord", Text.Get("Thing.project")), StatusCodes.Status404NotFound);
        if (project.RegisteredOn is not null)
        {
            throw new DomainException(Text.Get("Err.AlreadyRegistered", project.RegisteredOn.Value.ToString("yyyy-MM-dd")), StatusCodes.Status409Conflict);
        }

        if (project.PlannedTotalInvestmentFen < MinimumFen)
        {
            throw new DomainException(Text.Get("Err.RegisterSmall"));
        }

        if (!project.HasStarted)
        {
            throw new DomainException(Text.Get("Err.RegisterNotStarted", Text.Get("Stage." + project.Stage)));
        }

        if (evidence.Count == 0)
        {
            throw new DomainException(Text.Get("Err.RegisterEvidence"));
        }

        var files = ProjectFiles.Check(evidence, imagesOnly: false);
        project.Register(on, day.Today);
        var by = db.Scope.UserName ?? "?";
        foreach (var (upload, type) in files)
        {
            db.ProjectFiles.Add(new ProjectFile(zone.Id, projectId, FilePurpose.Registration, null, upload.FileName, type, upload.Content, by, clock.GetUtcNow()));
        }

        await db.SaveChangesAsync(ct);
        return await GetAsync(zone.Id, project, db, ct);
    }

    public static async Task<RegistrationDto> GetAsync(Guid zoneId, Project project, GaoxinDb db, CancellationToken ct)
    {
        var files = await db.ProjectFiles.AsNoTracking().Where(f => f.ZoneId == zoneId && f.ProjectId == project.Id && f.Purpose == FilePurpose.Registration)
            .OrderBy(f => f.UploadedAt).ThenBy(f => f.FileName).Select(f => new FileDto(f.Id, f.Purpose, f.FileName, f.ContentType, f.Size, f.UploadedAt, f.UploadedBy)).ToListAsync(ct);
        return new RegistrationDto(project.RegisteredOn is not null, project.RegisteredOn, files);
    }

    public static void Map(RouteGroupBuilder zone)
    {
        zone.MapPost("/projects/{id:guid}/registration", async Task<Ok<RegistrationDto>> (ZoneRoute zone, Guid id, HttpRequest http, GaoxinDb db, BusinessDay day, TimeProvider clock, CancellationToken ct) =>
            {
                if (!http.HasFormContentType)
                {
                    throw new DomainException(Text.Get("Err.NeedsForm"), StatusCodes.Status415UnsupportedMediaType);
                }

                var form = await http.ReadFormAsync(ct);
                if (!DateOnly.TryParseExact(form["on"].ToString(), "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var on))
                {
                    throw new DomainException(Text.Get("Err.DateFormat", "on"));
                }

                return TypedResults.Ok(await Handle(zone, id, on, await ProjectFiles.ReadAsync(form.Files, ct), db, day, clock, ct));
            })
            .RequireAuthorization(Policies.ApiProjectEditor)
            .Accepts<IFormFile>("multipart/form-data")
            .DisableAntiforgery()
            .WithMetadata(ProjectFiles.UploadLimit)
            .WithName("RegisterProject")
            .WithSummary("入库: enters a started project of at least 500万 in the statistical register on a date, with evidence files (multipart: on, files)");

        zone.MapGet("/projects/{id:guid}/registration", async Task<Results<Ok<RegistrationDto>, ProblemHttpResult>> (ZoneRoute zone, Guid id, GaoxinDb db, CancellationToken ct)
                => await db.FindAsync(zone.Id, id, ct) is { } p ? TypedResults.Ok(await GetAsync(zone.Id, p, db, ct)) : ApiResults.NotFound("project"))
            .RequireAuthorization(Policies.ApiProjectReader)
            .WithName("GetRegistration")
            .WithSummary("A project's statistical registration: date and evidence files");
    }
}

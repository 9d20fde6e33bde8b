using System.ComponentModel.DataAnnotations;
using Gaoxin.Data;
using Gaoxin.Hosting.Api;
using Gaoxin.Modules.Projects.Domain;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Gaoxin.Modules.Projects.Features.Weekly;

public sealed record WeeklyDto(Guid Id, Guid ProjectId, DateOnly Week, string Progress, int Percent, string ReportedBy, DateTimeOffset ReportedAt,
    IReadOnlyList<FileDto> Photos, IReadOnlyList<string> ProblemsRaised, long Version);

/// <summary>
/// The officer's weekly report (周报) from the site: progress, overall percentage, photos and problems, in one step.
/// One per project and week; a week not begun yet cannot be reported; problems raised go to the problem list.
/// </summary>
public static class ReportWeek
{
    public sealed record Request(DateOnly? Week, [property: Required, StringLength(2000, MinimumLength = 2)] string Progress,
        [property: Range(0, 100)] int Percent, [property: MaxLength(10)] IReadOnlyList<string>? Problems);

    public static async Task<WeeklyReport> Handle(ZoneRoute zone, Guid projectId, Request request, IReadOnlyList<Upload> photos, GaoxinDb db, BusinessDay day,
        TimeProvider clock, CancellationToken ct)
    {
        RequestValidation.Ensure(request);
        zone.RequireWritable(db);
        var project = await db.FindAsync(zone.Id, projectId, ct)
            ?? throw new DomainException(Text.Get("Err.NoSuchRecord", Text.Get("Thing.project")), StatusCodes.Status404NotFound);
        var thisWeek = WeeklyReport.WeekOf(day.Today);
        var week = WeeklyReport.WeekOf(request.Week ?? day.Today);
        if (week > thisWeek)
        {
            throw new DomainException(Text.Get("Err.WeekFuture", thisWeek.ToString("yyyy-MM-dd")));
        }

        if (project.Stage is ProjectStage.Planned or ProjectStage.Dropped)
        {
            throw new DomainException(Text.Get("Err.WeekStage", Text.Get("Stage." + project.Stage)));
        }

        var problems = (request.Problems ?? []).Select(p => p.Trim()).Where(p => p.Length > 0).ToList();
        if (problems.Any(p => p.Length is < 2 or > 200))
        {
            throw new DomainException(Text.Get("Err.ProblemTitle"));
        }

        var files = ProjectFiles.Check(photos, imagesOnly: true);
        if (await db.WeeklyReports.AnyAsync(w => w.ProjectId == projectId && w.Week == week, ct))
        {
            throw new DomainException(Text.Get("Err.WeekTwice", week.ToString("yyyy-MM-dd")), StatusCodes.Status409Conflict);
        }

        var by = db.Scope.UserName ?? "?";
        var now = clock.GetUtcNow();
        var report = new WeeklyReport(zone.Id, projectId, week, request.Progress, request.Percent, by, now);
        db.WeeklyReports.Add(report);
        foreach (var (upload, type) in files)
        {
            db.ProjectFiles.Add(new ProjectFile(zone.Id, projectId, FilePurpose.WeeklyPhoto, report.Id, upload.FileName, type, upload.Content, by, now));
        }

        foreach (var title in problems)
        {
            db.Problems.Add(new Problem(zone.Id, projectId, title, null, by, day.Today, now, weeklyReportId: report.Id));
        }

        await db.SaveChangesAsync(ct);
        return report;
    }

    public static async Task<List<WeeklyDto>> ListAsync(Guid zoneId, Guid projectId, GaoxinDb db, CancellationToken ct)
    {
        var reports = await db.WeeklyReports.AsNoTracking().Where(w => w.ZoneId == zoneId && w.ProjectId == projectId).OrderByDescending(w => w.Week).ToListAsync(ct);
        var ids = reports.Select(r => r.Id).ToList();
        var photos = await db.ProjectFiles.AsNoTracking().Where(f => f.WeeklyReportId != null && ids.Contains(f.WeeklyReportId.Value))
            .Select(f => new { f.WeeklyReportId, f.Id, f.Purpose, f.FileName, f.ContentType, f.Size, f.UploadedAt, f.UploadedBy }).ToListAsync(ct);
        var problems = await db.Problems.AsNoTracking().Where(p => p.WeeklyReportId != null && ids.Contains(p.WeeklyReportId.Value)).Select(p => new { p.Title, p.WeeklyReportId }).ToListAsync(ct);
        return reports.Select(r => new WeeklyDto(r.Id, r.ProjectId, r.Week, r.Progress, r.Percent, r.ReportedBy, r.ReportedAt,
            photos.Where(p => p.WeeklyReportId == r.Id).Select(p => new FileDto(p.Id, p.Purpose, p.FileName, p.ContentType, p.Size, p.UploadedAt, p.UploadedBy)).ToList(),
            problems.Where(p => p.WeeklyReportId == r.Id).Select(p => p.Title).ToList(), r.Version)).ToList();
    }

    public static void Map(RouteGroupBuilder zone)
    {
        zone.MapPost("/projects/{id:guid}/weekly", async Task<Created<WeeklyDto>> (ZoneRoute zone, Guid id, Request request, GaoxinDb db, BusinessDay day, TimeProvider clock, CancellationToken ct) =>
            {
                var report = await Handle(zone, id, request, [], db, day, clock, ct);
                return TypedResults.Created($"/api/v1/zones/{zone.Zone.Code}/projects/{id}/weekly", (await ListAsync(zone.Id, id, db, ct)).Single(w => w.Id == report.Id));
            })
            .RequireAuthorization(Policies.ApiProjectReporter)
            .WithName("ReportWeek")
            .WithSummary("The officer's weekly report on a project (JSON; photos go with the multipart form of the same address + /with-photos)");

        zone.MapPost("/projects/{id:guid}/weekly/with-photos", async Task<Created<WeeklyDto>> (ZoneRoute zone, Guid id, HttpRequest http, GaoxinDb db, BusinessDay day, TimeProvider clock, CancellationToken ct) =>
            {
                var form = await http.ReadFormAsync(ct);
                var request = new Request(DateOnly.TryParse(form["week"], System.Globalization.CultureInfo.InvariantCulture, out var w) ? w : null, form["progress"].ToString(),
                    int.TryParse(form["percent"], out var p) ? p : -1, form["problems"].Select(x => x ?? string.Empty).ToList());
                var report = await Handle(zone, id, request, await ProjectFiles.ReadAsync(form.Files, ct), db, day, clock, ct);
                return TypedResults.Created($"/api/v1/zones/{zone.Zone.Code}/projects/{id}/weekly", (await ListAsync(zone.Id, id, db, ct)).Single(x => x.Id == report.Id));
            })
            .RequireAuthorization(Policies.ApiProjectReporter)
            .Accepts<IFormFile>("multipart/form-data")
            .DisableAntiforgery()
            .WithMetadata(ProjectFiles.UploadLimit)
            .WithName("ReportWeekWithPhotos")
            .WithSummary("The weekly report as a multipart form (week, progress, percent, problems, photos: JPEG or PNG up to 5 MB each)");

        zone.MapGet("/projects/{id:guid}/weekly", async Task<Ok<List<WeeklyDto>>> (ZoneRoute zone, Guid id, GaoxinDb db, CancellationToken ct)
                => TypedResults.Ok(await ListAsync(zone.Id, id, db, ct)))
            .RequireAuthorization(Policies.ApiProjectReader)
            .WithName("ListWeeklyReports")
            .WithSummary("A project's weekly reports, newest first, with photos and the problems they raised");
    }
}

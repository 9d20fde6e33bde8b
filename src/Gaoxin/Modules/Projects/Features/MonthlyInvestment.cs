using Gaoxin.Data;
using Gaoxin.Engines.Money;
using Gaoxin.Hosting.Api;
using Gaoxin.Modules.Projects.Domain;
using Gaoxin.Modules.Zones.Domain;
using Gaoxin.Modules.Zones.Features;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Gaoxin.Modules.Projects.Features;

public sealed record MonthlyRow(int Year, int Month, decimal Reported, decimal? Statistical, decimal YearToDate, decimal? PercentOfAnnualPlan,
    decimal SinceStart, decimal? PercentOfTotal, LightColor? Light, string? LightReason, string? LightRule, string? Notes, string? ReportedBy, long Version = 0);

/// <summary>
/// Monthly investment reporting (月度投资): record a month; list a year with year-to-date, % of the annual plan, since
/// start, % of total and the traffic light stored with its rule version and reason.
/// </summary>
public static class MonthlyInvestment
{
    private static readonly ProjectStage[] CanInvest = [ProjectStage.Signed, ProjectStage.Landed, ProjectStage.Started, ProjectStage.InProduction, ProjectStage.Suspended];

    public sealed record Request(int Year, int Month, decimal Reported, decimal? Statistical, string? Notes);

    public static async Task<MonthlyReport?> RecordAsync(Zone zone, Guid projectId, Request request, GaoxinDb db, BusinessDay day, TimeProvider clock, CancellationToken ct)
    {
        var project = await db.FindAsync(zone.Id, projectId, ct);
        if (project is null)
        {
            return null;
        }

        if (!db.Scope.CanWrite(zone.Id))
        {
            throw new DomainException(Text.Get("Err.ReadOnlyZone"), StatusCodes.Status403Forbidden);
        }

        var today = day.Today;
        if (request.Month is < 1 or > 12 || request.Year < 2000 || (request.Year, request.Month).CompareTo((today.Year, today.Month)) > 0)
        {
            throw new DomainException(Text.Get("Err.ReportMonth", request.Year, request.Month, today.ToString("yyyy-MM")));
        }

        if (!CanInvest.Contains(project.Stage))
        {
            throw new DomainException(Text.Get("Err.ReportStage", Text.Get("Stage." + project.Stage)));
        }

        if (request.Notes?.Length > 500)
        {
            throw new DomainException(Text.Get("Err.ReasonTooLong"));
        }

        var reported = MoneyInput.ToFen(request.Reported);
        var statistical = request.Statistical is { } s ? MoneyInput.ToFen(s) : (long?)null;
        if (reported < 0 || statistical < 0)
        {
            throw new DomainException(Text.Get("Err.ReportNegative"));
        }

        var earlier = await db.MonthlyReports.AsNoTracking().Where(r => r.ProjectId == projectId).ToListAsync(ct);
        if (earlier.Any(r => r.Year == request.Year && r.Month == request.Month))
        {
            throw new DomainException(Text.Get("Err.ReportTwice", request.Year, request.Month), StatusCodes.Status409Conflict);
        }

        if (earlier.Sum(r => r.ReportedFen) + reported > project.PlannedTotalInvestmentFen && project.PlannedTotalInvestmentFen > 0)
        {
            throw new DomainException(Text.Get("Err.ReportOverTotal"));
        }

        var report = new MonthlyReport(zone.Id, projectId, request.Year, request.Month, reported, statistical, request.Notes?.Trim(), db.Scope.UserName, clock.GetUtcNow());
        var rule = (await ProjectSettings.ForZoneAsync(zone.Id, db, ct)).LightRule;
        Judge(project, rule, earlier.Append(report).ToList(), report);
        await Schedules.Features.LateMilestones.FeedLightAsync(report, db, today, ct);
        db.MonthlyReports.Add(report);
        await db.SaveChangesAsync(ct);
        return report;
    }

    /// <summary>Judges the light of <paramref name="report"/> from the reports of its year up to its month.</summary>
    public static void Judge(Project project, LightRule rule, IReadOnlyList<MonthlyReport> reports, MonthlyReport report)
    {
        var ytd = reports.Where(r => r.Year == report.Year && r.Month <= report.Month).Sum(r => r.ReportedFen);
        var plan = project.YearPlans.FirstOrDefault(y => y.Year == report.Year)?.PlannedFen ?? 0;
        var monthEnd = new DateOnly(report.Year, report.Month, 1).AddMonths(1).AddDays(-1);
        var started = project.StageChanges.Any(c => c.To is ProjectStage.Started or ProjectStage.InProduction && c.On <= monthEnd);
        var (light, reason) = rule.Judge(ytd, plan, report.Year, report.Month, project.PlannedStart, started);
        report.SetLight(light, rule.Version, reason);
    }

    /// <summary>
    /// Corrects a reported month (更正): the amounts change, the reason is kept in the notes and the audit log, and the
    /// lights of that month and the later months of the year are judged again (their year-to-date changed).
    /// </summary>
    public sealed record Correction(decimal Reported, decimal? Statistical, string Reason, long Version);

    public static async Task<MonthlyReport> CorrectAsync(ZoneRoute zone, Guid projectId, int year, int month, Correction request, GaoxinDb db, DateOnly today, CancellationToken ct)
    {
        zone.RequireWritable(db);
        var project = await db.FindAsync(zone.Id, projectId, ct)
            ?? throw new DomainException(Text.Get("Err.NoSuchRecord", Text.Get("Thing.project")), StatusCodes.Status404NotFound);
        if (string.IsNullOrWhiteSpace(request.Reason) || request.Reason.Trim().Length > 200)
        {
            throw new DomainException(Text.Get("Err.CorrectionReason"));
        }

        var reports = await db.MonthlyReports.Where(r => r.ProjectId == projectId).ToListAsync(ct);
        var report = reports.FirstOrDefault(r => r.Year == year && r.Month == month)
            ?? throw new DomainException(Text.Get("Err.NoSuchRecord", Text.Get("Thing.report")), StatusCodes.Status404NotFound);
        report.RequireVersion(request.Version);

        var reported = MoneyInput.ToFen(request.Reported);
        var statistical = request.Statistical is { } s ? MoneyInput.ToFen(s) : (long?)null;
        if (reported < 0 || statistical < 0)
        {
            throw new DomainException(Text.Get("Err.ReportNegative"));
        }

        if (project.PlannedTotalInvestmentFen > 0 && reports.Where(r => r != report).Sum(r => r.ReportedFen) + reported > project.PlannedTotalInvestmentFen)
        {
            throw new DomainException(Text.Get("Err.ReportOverTotal"));
        }

        report.ReportedFen = reported;
        report.StatisticalFen = statistical;
        var note = Text.Get("Reports.Corrected", request.Reason.Trim());
        report.Notes = string.IsNullOrEmpty(report.Notes) ? note : (report.Notes + " / " + note)[..Math.Min(500, report.Notes.Length + 3 + note.Length)];
        var rule = (await ProjectSettings.ForZoneAsync(zone.Id, db, ct)).LightRule;
        var late = await Schedules.Features.LateMilestones.LoadAsync(zone.Id, db, ct, [projectId]);
        foreach (var later in reports.Where(r => r.Year == year && r.Month >= month))
        {
            Judge(project, rule, reports, later);
            late.FeedLight(later, today);
        }

        await db.SaveChangesAsync(ct);
        return report;
    }

    public static async Task<List<MonthlyRow>> ListAsync(Project project, int year, GaoxinDb db, CancellationToken ct)
    {
        // The project was reached through a zone the caller sees (its own, or as the partner of an enclave project).
        var reports = await db.MonthlyReports.IgnoreQueryFilters([QueryFilters.Zone]).AsNoTracking().Where(r => r.ZoneId == project.ZoneId && r.ProjectId == project.Id && r.Year <= year).OrderBy(r => r.Year).ThenBy(r => r.Month).ToListAsync(ct);
        var plan = project.YearPlans.FirstOrDefault(y => y.Year == year)?.PlannedFen;
        var total = project.PlannedTotalInvestmentFen;
        var rows = new List<MonthlyRow>();
        long sinceStart = 0, ytd = 0;
        foreach (var r in reports)
        {
            sinceStart += r.ReportedFen;
            if (r.Year != year)
            {
                continue;
            }

            ytd += r.ReportedFen;
            rows.Add(new MonthlyRow(r.Year, r.Month, Fen.ToYuan(r.ReportedFen), r.StatisticalFen is { } s ? Fen.ToYuan(s) : null, Fen.ToYuan(ytd),
                plan is > 0 ? Math.Round(100m * ytd / plan.Value, 1) : null, Fen.ToYuan(sinceStart), total > 0 ? Math.Round(100m * sinceStart / total, 1) : null,
                r.Light, r.LightReason, r.LightRuleVersion, r.Notes, r.ReportedBy, r.Version));
        }

        return rows;
    }


    public static void Map(RouteGroupBuilder zone)
    {
        zone.MapPost("/projects/{id:guid}/reports", async Task<Results<Created<MonthlyRow>, ProblemHttpResult>> (string zone, Guid id, Request request, GaoxinDb db,
                BusinessDay day, TimeProvider clock, CancellationToken ct) =>
            {
                if (await db.FindVisibleAsync(zone, ct) is not { } z)
                {
                    return ApiResults.ZoneNotFound(zone);
                }

                if (await RecordAsync(z, id, request, db, day, clock, ct) is not { } report)
                {
                    return ApiResults.NotFound("project");
                }

                var project = (await db.FindAsync(z.Id, id, ct))!;
                var row = (await ListAsync(project, report.Year, db, ct)).Single(r => r.Month == report.Month);
                return TypedResults.Created($"/api/v1/zones/{z.Code}/projects/{id}/reports?year={report.Year}", row);
            })
            .RequireAuthorization(Policies.ApiProjectReporter)
            .WithName("RecordMonthlyInvestment")
            .WithSummary("Records a project's investment for a month; the traffic light is computed and stored with its rule and reason");

        zone.MapPut("/projects/{id:guid}/reports/{year:int}/{month:int}", async Task<Ok<MonthlyRow>> (ZoneRoute zone, Guid id, int year, int month, Correction request, GaoxinDb db, BusinessDay day, CancellationToken ct) =>
            {
                var report = await CorrectAsync(zone, id, year, month, request, db, day.Today, ct);
                var project = (await db.FindAsync(zone.Id, id, ct))!;
                return TypedResults.Ok((await ListAsync(project, year, db, ct)).Single(r => r.Month == report.Month));
            })
            .RequireAuthorization(Policies.ApiProjectReporter)
            .WithName("CorrectMonthlyInvestment")
            .WithSummary("Corrects a reported month with a reason; the lights of that month and later months are judged again");

        zone.MapGet("/projects/{id:guid}/reports", async Task<Results<Ok<List<MonthlyRow>>, ProblemHttpResult>> (string zone, Guid id, int? year, GaoxinDb db, BusinessDay day, CancellationToken ct) =>
            {
                if (await db.FindVisibleAsync(zone, ct) is not { } z)
                {
                    return ApiResults.ZoneNotFound(zone);
                }

                return await db.FindAsync(z.Id, id, ct) is { } p ? TypedResults.Ok(await ListAsync(p, year ?? day.Today.Year, db, ct)) : ApiResults.NotFound("project");
            })
            .RequireAuthorization(Policies.ApiProjectReader)
            .WithName("ListMonthlyInvestment")
            .WithSummary("A project's monthly investment for a year, with year-to-date, percentages and lights");
    }
}

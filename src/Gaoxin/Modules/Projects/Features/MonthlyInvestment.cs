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
    decimal SinceStart, decimal? PercentOfTotal, LightColor? Light, string? LightReason, string? LightRule, string? Notes, string? ReportedBy);

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
        var ytd = earlier.Where(r => r.Year == request.Year && r.Month < request.Month).Sum(r => r.ReportedFen) + reported;
        var plan = project.YearPlans.FirstOrDefault(y => y.Year == request.Year)?.PlannedFen ?? 0;
        var (light, reason) = LightRule.Default.Judge(ytd, plan, request.Month);
        report.SetLight(light, LightRule.Default.Version, reason);
        db.MonthlyReports.Add(report);
        await db.SaveChangesAsync(ct);
        return report;
    }

    public static async Task<List<MonthlyRow>> ListAsync(Project project, int year, GaoxinDb db, CancellationToken ct)
    {
        var reports = await db.MonthlyReports.AsNoTracking().Where(r => r.ProjectId == project.Id && r.Year <= year).OrderBy(r => r.Year).ThenBy(r => r.Month).ToListAsync(ct);
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
                r.Light, r.LightReason, r.LightRuleVersion, r.Notes, r.ReportedBy));
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

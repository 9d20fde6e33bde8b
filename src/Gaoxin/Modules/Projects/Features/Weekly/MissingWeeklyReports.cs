using Gaoxin.Data;
using Gaoxin.Hosting.Api;
using Gaoxin.Modules.Projects.Domain;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Gaoxin.Modules.Projects.Features.Weekly;

/// <summary>
/// Who has not reported this week (本周未报): the projects under way (signed to in production) without a weekly
/// report for the week, with their officer and unit, so the project office can chase them.
/// </summary>
public static class MissingWeeklyReports
{
    public sealed record Row(Guid ProjectId, string Code, string Name, ProjectStage Stage, string? Officer, string? Department, DateOnly? LastReportedWeek);

    public sealed record Result(DateOnly Week, int UnderWay, int Reported, IReadOnlyList<Row> Missing);

    public static readonly ProjectStage[] UnderWay = [ProjectStage.Signed, ProjectStage.Landed, ProjectStage.Started];

    public static async Task<Result> Handle(Guid zoneId, DateOnly day, GaoxinDb db, CancellationToken ct)
    {
        var week = WeeklyReport.WeekOf(day);
        var projects = await db.Projects.AsNoTracking()
            .Where(p => p.ZoneId == zoneId && UnderWay.Contains(p.Stage))
            .Select(p => new
            {
                p.Id, p.Code, p.Name, p.Stage,
                Officer = db.Users.Where(u => u.Id == p.OfficerId).Select(u => u.DisplayName).FirstOrDefault(),
                Department = db.Departments.Where(d => d.Id == p.ResponsibleDepartmentId).Select(d => d.Name).FirstOrDefault(),
                Last = db.WeeklyReports.Where(w => w.ProjectId == p.Id && w.Week <= week).Max(w => (DateOnly?)w.Week),
            })
            .OrderBy(p => p.Code)
            .ToListAsync(ct);
        var missing = projects.Where(p => p.Last != week).Select(p => new Row(p.Id, p.Code, p.Name, p.Stage, p.Officer, p.Department, p.Last)).ToList();
        return new Result(week, projects.Count, projects.Count - missing.Count, missing);
    }

    public static void Map(RouteGroupBuilder zone) => zone
        .MapGet("/weekly/missing", async Task<Ok<Result>> (ZoneRoute zone, DateOnly? week, GaoxinDb db, BusinessDay day, CancellationToken ct)
            => TypedResults.Ok(await Handle(zone.Id, week ?? day.Today, db, ct)))
        .RequireAuthorization(Policies.ApiProjectReader)
        .WithName("MissingWeeklyReports")
        .WithSummary("Projects under way without a weekly report for the week (default: this week)");
}

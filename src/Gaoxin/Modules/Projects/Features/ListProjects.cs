using Gaoxin.Data;
using Gaoxin.Hosting.Api;
using Gaoxin.Modules.Projects.Domain;
using Gaoxin.Modules.Zones.Domain;
using Gaoxin.Modules.Zones.Features;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Gaoxin.Modules.Projects.Features;

/// <summary>A zone's projects: search, filter by stage, key level, programme tag, year plan and size; sort; page.</summary>
public static class ListProjects
{
    public sealed record Query(string? Search = null, ProjectStage? Stage = null, KeyLevel? Key = null, string? Tag = null, int? Year = null,
        decimal? MinInvestment = null, string? Sort = null, bool Descending = false, int Page = 1, int PageSize = 50, string? Chain = null, LightColor? Light = null);

    public sealed record Row(Guid Id, string Code, string Name, string Investor, string Industry, decimal PlannedTotalInvestment, decimal? YearPlanned,
        KeyLevel KeyLevel, string Tags, ProjectStage Stage, DateOnly StageSince, bool IsSampleData, LightColor? Light);

    public static IQueryable<Project> Filter(Query query, Zone zone, GaoxinDb db)
    {
        var projects = db.Projects.AsNoTracking().Where(p => p.ZoneId == zone.Id);
        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            var s = query.Search.Trim();
            projects = projects.Where(p => p.Code.Contains(s) || p.Name.Contains(s) || p.Investor.Contains(s));
        }

        if (query.Stage is { } stage)
        {
            projects = projects.Where(p => p.Stage == stage);
        }

        if (query.Key is { } key && key != KeyLevel.None)
        {
            projects = projects.Where(p => (p.KeyLevel & key) == key);
        }

        if (!string.IsNullOrWhiteSpace(query.Tag))
        {
            var tag = query.Tag.Trim();
            projects = projects.Where(p => ("," + p.Tags + ",").Contains("," + tag + ","));
        }

        if (query.Year is { } year)
        {
            projects = projects.Where(p => p.YearPlans.Any(y => y.Year == year));
        }

        if (!string.IsNullOrWhiteSpace(query.Chain))
        {
            var chain = query.Chain.Trim();
            projects = projects.Where(p => p.Chain == chain || (p.Chain == "" && p.Industry == chain));
        }

        if (query.Light is { } light)
        {
            var lightYear = query.Year ?? 0;
            projects = projects.Where(p => db.MonthlyReports.Where(r => r.ProjectId == p.Id && (lightYear == 0 || r.Year == lightYear))
                .OrderByDescending(r => r.Year).ThenByDescending(r => r.Month).Select(r => r.Light).FirstOrDefault() == light);
        }

        if (query.MinInvestment is { } min)
        {
            var fen = (long)(min * 100m);
            projects = projects.Where(p => p.PlannedTotalInvestmentFen >= fen);
        }

        return (query.Sort?.ToLowerInvariant(), query.Descending) switch
        {
            ("name", false) => projects.OrderBy(p => p.Name),
            ("name", true) => projects.OrderByDescending(p => p.Name),
            ("investment", false) => projects.OrderBy(p => p.PlannedTotalInvestmentFen).ThenBy(p => p.Code),
            ("investment", true) => projects.OrderByDescending(p => p.PlannedTotalInvestmentFen).ThenBy(p => p.Code),
            ("stage", false) => projects.OrderBy(p => p.Stage).ThenBy(p => p.Code),
            ("stage", true) => projects.OrderByDescending(p => p.Stage).ThenBy(p => p.Code),
            ("since", false) => projects.OrderBy(p => p.StageSince).ThenBy(p => p.Code),
            ("since", true) => projects.OrderByDescending(p => p.StageSince).ThenBy(p => p.Code),
            (_, true) => projects.OrderByDescending(p => p.Code),
            _ => projects.OrderBy(p => p.Code),
        };
    }

    public static async Task<Paged<Row>> Handle(Query query, Zone zone, GaoxinDb db, CancellationToken ct)
    {
        var projects = Filter(query, zone, db);
        var total = await projects.CountAsync(ct);
        var size = Paging.Clamp(query.PageSize);
        var page = Math.Max(1, query.Page);
        var year = query.Year;
        var rows = await projects.Skip((page - 1) * size).Take(size)
            .Select(p => new
            {
                p.Id, p.Code, p.Name, p.Investor, p.Industry, p.PlannedTotalInvestmentFen, p.KeyLevel, p.Tags, p.Stage, p.StageSince, p.IsSampleData,
                YearFen = year == null ? null : p.YearPlans.Where(y => y.Year == year).Select(y => (long?)y.PlannedFen).FirstOrDefault(),
                Light = year == null ? null : db.MonthlyReports.Where(r => r.ProjectId == p.Id && r.Year == year).OrderByDescending(r => r.Month).Select(r => r.Light).FirstOrDefault(),
            })
            .ToListAsync(ct);
        return new Paged<Row>(rows.Select(r => new Row(r.Id, r.Code, r.Name, r.Investor, r.Industry, r.PlannedTotalInvestmentFen / 100m,
            r.YearFen / 100m, r.KeyLevel, r.Tags, r.Stage, r.StageSince, r.IsSampleData, r.Light)).ToList(), total, page, size);
    }

    public static void Map(RouteGroupBuilder zone) => zone
        .MapGet("/projects", async Task<Results<Ok<Paged<Row>>, ProblemHttpResult>> (string zone, [AsParameters] Query query, GaoxinDb db, CancellationToken ct)
            => await db.FindVisibleAsync(zone, ct) is { } z ? TypedResults.Ok(await Handle(query, z, db, ct)) : ApiResults.ZoneNotFound(zone))
        .RequireAuthorization(Policies.ApiProjectReader)
        .WithName("ListProjects")
        .WithSummary("A zone's projects: search, filter, sort and page");
}

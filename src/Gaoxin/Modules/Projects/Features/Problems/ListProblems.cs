using Gaoxin.Data;
using Gaoxin.Hosting.Api;
using Gaoxin.Modules.Projects.Domain;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Gaoxin.Modules.Projects.Features.Problems;

/// <summary>A zone's problem list: search; filter by status, open or overdue, project, unit or meeting; sort; page.</summary>
public static class ListProblems
{
    public sealed record Query(string? Search = null, ProblemStatus? Status = null, bool? Open = null, bool? Overdue = null, Guid? ProjectId = null,
        Guid? DepartmentId = null, Guid? MeetingId = null, string? Sort = null, bool Descending = false, int Page = 1, int PageSize = 50);

    public static IQueryable<Problem> Filter(Query query, Guid zoneId, DateOnly today, GaoxinDb db)
    {
        var problems = db.Problems.AsNoTracking().Include(p => p.Steps).Where(p => p.ZoneId == zoneId);
        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            var s = query.Search.Trim();
            problems = problems.Where(p => p.Title.Contains(s) || (p.Detail != null && p.Detail.Contains(s)) || (p.Assignee != null && p.Assignee.Contains(s))
                || db.Projects.Any(x => x.Id == p.ProjectId && (x.Name.Contains(s) || x.Code.Contains(s))));
        }

        if (query.Status is { } status)
        {
            problems = problems.Where(p => p.Status == status);
        }

        if (query.Open is true)
        {
            problems = problems.Where(p => p.Status != ProblemStatus.Closed);
        }

        if (query.Overdue is true)
        {
            problems = problems.Where(p => (p.Status == ProblemStatus.Raised || p.Status == ProblemStatus.Assigned) && p.Deadline != null && p.Deadline < today);
        }

        if (query.ProjectId is { } project)
        {
            problems = problems.Where(p => p.ProjectId == project);
        }

        if (query.DepartmentId is { } department)
        {
            problems = problems.Where(p => p.DepartmentId == department);
        }

        if (query.MeetingId is { } meeting)
        {
            problems = problems.Where(p => p.MeetingId == meeting);
        }

        return (query.Sort?.ToLowerInvariant(), query.Descending) switch
        {
            ("deadline", false) => problems.OrderBy(p => p.Deadline).ThenBy(p => p.Id),
            ("deadline", true) => problems.OrderByDescending(p => p.Deadline).ThenBy(p => p.Id),
            ("status", false) => problems.OrderBy(p => p.Status).ThenBy(p => p.Id),
            ("status", true) => problems.OrderByDescending(p => p.Status).ThenBy(p => p.Id),
            ("title", false) => problems.OrderBy(p => p.Title).ThenBy(p => p.Id),
            ("title", true) => problems.OrderByDescending(p => p.Title).ThenBy(p => p.Id),
            (_, false) => problems.OrderByDescending(p => p.RaisedOn).ThenByDescending(p => p.Id),
            (_, true) => problems.OrderBy(p => p.RaisedOn).ThenBy(p => p.Id),
        };
    }

    public static async Task<Paged<ProblemDto>> Handle(Query query, Guid zoneId, DateOnly today, GaoxinDb db, CancellationToken ct)
    {
        var problems = Filter(query, zoneId, today, db);
        var total = await problems.CountAsync(ct);
        var size = Paging.Clamp(query.PageSize);
        var page = Math.Max(1, query.Page);
        var items = await problems.Skip((page - 1) * size).Take(size).AsSplitQuery().ToListAsync(ct);
        return new Paged<ProblemDto>(await db.ToDtosAsync(items, today, ct), total, page, size);
    }

    public static void Map(RouteGroupBuilder zone) => zone
        .MapGet("/problems", async Task<Ok<Paged<ProblemDto>>> (ZoneRoute zone, [AsParameters] Query query, GaoxinDb db, BusinessDay day, CancellationToken ct)
            => TypedResults.Ok(await Handle(query, zone.Id, day.Today, db, ct)))
        .RequireAuthorization(Policies.ApiProjectReader)
        .WithName("ListProblems")
        .WithSummary("A zone's problem list (问题清单) with status, deadline and escalation");
}

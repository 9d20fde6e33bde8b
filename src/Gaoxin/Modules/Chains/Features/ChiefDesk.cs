using Gaoxin.Data;
using Gaoxin.Hosting.Api;
using Gaoxin.Modules.Chains.Domain;
using Gaoxin.Modules.Projects.Domain;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Gaoxin.Modules.Chains.Features;

/// <summary>
/// The chain chief's desk (链长工作台): for one chain, its gaps, its investment targets, its projects by stage, the problems
/// open on them, and the enterprises to visit (the chain-leader firms, then the firms holding up weak links).
/// </summary>
public static class ChiefDesk
{
    public sealed record DeskProject(Guid Id, string Code, string Name, ProjectStage Stage, decimal PlannedTotalInvestment, string Link);

    public sealed record DeskProblem(Guid Id, Guid ProjectId, string ProjectCode, string Title, ProblemStatus Status, DateOnly? Deadline, bool Overdue);

    public sealed record DeskVisit(Guid EnterpriseId, string Name, string Link, PlacementRole Role, decimal Output, string Why);

    public sealed record Desk(ChainSummary Chain, IReadOnlyList<LinkFigures> Gaps, IReadOnlyList<Targets.TargetDto> Targets, IReadOnlyList<DeskProject> Projects,
        IReadOnlyList<StageInvestment> ProjectsByStage, IReadOnlyList<DeskProblem> OpenProblems, IReadOnlyList<DeskVisit> Visits);

    public static async Task<Desk> LoadAsync(GaoxinDb db, Guid zoneId, string code, DateOnly today, CancellationToken ct)
    {
        var chain = await ChainAccess.FindAsync(db, zoneId, code, ct, track: false);
        var view = await ChainFigures.LoadAsync(db, chain, null, today, ct);
        var links = view.Links.ToDictionary(l => l.Id);
        var placements = await db.ChainPlacements.AsNoTracking().Where(p => p.ChainId == chain.Id).ToListAsync(ct);
        var projectIds = placements.Where(p => p.ProjectId != null).Select(p => p.ProjectId!.Value).Distinct().ToList();
        var projects = (await db.Projects.AsNoTracking().Where(p => projectIds.Contains(p.Id)).ToListAsync(ct))
            .Select(p => new DeskProject(p.Id, p.Code, p.Name, p.Stage, p.PlannedTotalInvestment,
                string.Join("、", placements.Where(x => x.ProjectId == p.Id).Select(x => links[x.LinkId].Name))))
            .OrderBy(p => p.Stage).ThenBy(p => p.Code, StringComparer.Ordinal).ToList();
        var byStage = projects.GroupBy(p => p.Stage).OrderBy(g => g.Key).Select(g => new StageInvestment(g.Key, g.Count(), g.Sum(p => p.PlannedTotalInvestment))).ToList();
        var codes = projects.ToDictionary(p => p.Id, p => p.Code);
        var problems = (await db.Problems.AsNoTracking().Where(p => projectIds.Contains(p.ProjectId) && p.Status != ProblemStatus.Closed).ToListAsync(ct))
            .Where(p => codes.ContainsKey(p.ProjectId))
            .Select(p => new DeskProblem(p.Id, p.ProjectId, codes[p.ProjectId], p.Title, p.Status, p.Deadline, p.IsOverdue(today)))
            .OrderByDescending(p => p.Overdue).ThenBy(p => p.Deadline ?? DateOnly.MaxValue).ToList();
        var firmIds = placements.Where(p => p.EnterpriseId != null).Select(p => p.EnterpriseId!.Value).Distinct().ToList();
        var names = await db.Enterprises.AsNoTracking().Where(e => firmIds.Contains(e.Id)).ToDictionaryAsync(e => e.Id, e => e.Name, ct);
        var output = (await db.EnterpriseYears.AsNoTracking().Where(y => firmIds.Contains(y.EnterpriseId)).Select(y => new { y.EnterpriseId, y.Year, y.OutputFen }).ToListAsync(ct))
            .GroupBy(y => y.EnterpriseId).ToDictionary(g => g.Key, g => g.MaxBy(y => y.Year)!.OutputFen / 100m);
        var visits = placements.Where(p => p.EnterpriseId is { } e && names.ContainsKey(e) && (p.Role == PlacementRole.Leader || links[p.LinkId].Status != "strong"))
            .Select(p => new DeskVisit(p.EnterpriseId!.Value, names[p.EnterpriseId.Value], links[p.LinkId].Name, p.Role, output.GetValueOrDefault(p.EnterpriseId.Value),
                p.Role == PlacementRole.Leader ? Text.Get("Chain.Visit.Leader") : Text.Get("Chain.Visit.Weak", links[p.LinkId].Name)))
            .OrderBy(v => v.Role == PlacementRole.Leader ? 0 : 1).ThenByDescending(v => v.Output).ToList();
        return new Desk(view.Chain, view.Links.Where(l => l.Status != "strong").ToList(), await Targets.ListAsync(db, zoneId, chain.Id, today, ct), projects, byStage, problems, visits);
    }

    public static void Map(RouteGroupBuilder zone) => zone
        .MapGet("/chains/{code}/desk", async Task<Ok<Desk>> (ZoneRoute zone, string code, GaoxinDb db, BusinessDay day, CancellationToken ct)
            => TypedResults.Ok(await LoadAsync(db, zone.Id, code, day.Today, ct)))
        .RequireAuthorization(Policies.ApiProjectReader)
        .WithName("ChainChiefDesk")
        .WithSummary("The chain chief's desk: gaps, targets, projects by stage, open problems, enterprises to visit");
}

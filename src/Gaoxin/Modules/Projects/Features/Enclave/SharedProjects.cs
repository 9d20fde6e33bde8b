using System.ComponentModel.DataAnnotations;
using Gaoxin.Data;
using Gaoxin.Engines.Money;
using Gaoxin.Hosting.Api;
using Gaoxin.Modules.Projects.Domain;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Gaoxin.Modules.Projects.Features.Enclave;

/// <summary>
/// The partner zone's side of enclave projects: the projects other zones share with it, each readable (never editable)
/// with its monthly reports; the partner accepts or declines a proposed split and keeps its own liaison and note.
/// </summary>
public static class SharedProjects
{
    public sealed record Row(ShareDto Share, ProjectStage Stage, decimal TotalInvestment, decimal PartnerTotal);

    public sealed record Detail(ShareDto Share, ProjectDto Project, decimal PartnerTotal, IReadOnlyList<MonthlyRow> Reports, decimal PartnerStatisticalYtd);

    public sealed record Answer(bool Accept, long Version);

    public sealed record Partnering([property: StringLength(100)] string? Liaison, [property: StringLength(1000)] string? Note, long Version);

    public static async Task<List<Row>> ListAsync(ZoneRoute zone, ShareStatus? status, GaoxinDb db, CancellationToken ct)
    {
        var shares = await db.ProjectShares.Where(s => s.ZoneId == zone.Id && (status == null || s.Status == status))
            .OrderBy(s => s.Status).ThenByDescending(s => s.ProposedOn).ToListAsync(ct);
        var ids = shares.Select(s => s.ProjectId).ToList();
        var projects = await HostProjects(db).Where(p => ids.Contains(p.Id)).Select(p => new { p.Id, p.Stage, p.PlannedTotalInvestmentFen }).ToDictionaryAsync(p => p.Id, ct);
        var dtos = (await db.ToDtosAsync(shares, ct)).ToDictionary(d => d.Id);
        return shares.Where(s => projects.ContainsKey(s.ProjectId)).Select(s =>
        {
            var p = projects[s.ProjectId];
            return new Row(dtos[s.Id], p.Stage, Fen.ToYuan(p.PlannedTotalInvestmentFen), Fen.ToYuan(ProjectShare.Split(p.PlannedTotalInvestmentFen, s.PartnerBasisPoints).Partner));
        }).ToList();
    }

    public static async Task<Detail> GetAsync(ZoneRoute zone, Guid shareId, int year, GaoxinDb db, CancellationToken ct)
    {
        var share = await FindAsync(zone, shareId, db, ct);
        var project = await HostProjects(db).Include(p => p.StageChanges).Include(p => p.YearPlans)
            .FirstOrDefaultAsync(p => p.Id == share.ProjectId && p.ZoneId == share.HostZoneId, ct)
            ?? throw new DomainException(Text.Get("Err.NoSuchRecord", Text.Get("Thing.project")), StatusCodes.Status404NotFound);
        var reports = await MonthlyInvestment.ListAsync(project, year, db, ct);
        var statistical = Fen.FromYuan(reports.Sum(r => r.Statistical ?? 0));
        return new Detail((await db.ToDtosAsync([share], ct)).Single(), await project.ToDtoAsync(db, ct),
            Fen.ToYuan(ProjectShare.Split(project.PlannedTotalInvestmentFen, share.PartnerBasisPoints).Partner), reports,
            Fen.ToYuan(ProjectShare.Split(statistical, share.PartnerBasisPoints).Partner));
    }

    public static async Task<ProjectShare> AnswerAsync(ZoneRoute zone, Guid shareId, Answer request, GaoxinDb db, BusinessDay day, CancellationToken ct)
    {
        zone.RequireWritable(db);
        var share = (await FindAsync(zone, shareId, db, ct)).RequireVersion(request.Version);
        share.Respond(request.Accept, day.Today);
        await db.SaveChangesAsync(ct);
        return share;
    }

    public static async Task<ProjectShare> DescribeAsync(ZoneRoute zone, Guid shareId, Partnering request, GaoxinDb db, CancellationToken ct)
    {
        RequestValidation.Ensure(request);
        zone.RequireWritable(db);
        var share = (await FindAsync(zone, shareId, db, ct)).RequireVersion(request.Version);
        share.Describe(request.Liaison, request.Note);
        await db.SaveChangesAsync(ct);
        return share;
    }

    /// <summary>Projects of any zone, read only through a share the caller reached in its own zone.</summary>
    private static IQueryable<Project> HostProjects(GaoxinDb db) => db.Projects.IgnoreQueryFilters([QueryFilters.Zone]).AsNoTracking();

    private static async Task<ProjectShare> FindAsync(ZoneRoute zone, Guid shareId, GaoxinDb db, CancellationToken ct)
        => await db.ProjectShares.FirstOrDefaultAsync(s => s.Id == shareId && s.ZoneId == zone.Id, ct)
            ?? throw new DomainException(Text.Get("Err.NoSuchRecord", Text.Get("Thing.share")), StatusCodes.Status404NotFound);

    public static void Map(RouteGroupBuilder zone)
    {
        zone.MapGet("/shared-projects", async Task<Ok<List<Row>>> (ZoneRoute zone, ShareStatus? status, GaoxinDb db, CancellationToken ct)
                => TypedResults.Ok(await ListAsync(zone, status, db, ct)))
            .RequireAuthorization(Policies.ApiProjectReader).WithName("ListSharedProjects")
            .WithSummary("Projects other zones share with this zone (飞地共建), with this zone's part of their investment");
        zone.MapGet("/shared-projects/{id:guid}", async Task<Ok<Detail>> (ZoneRoute zone, Guid id, int? year, GaoxinDb db, BusinessDay day, CancellationToken ct)
                => TypedResults.Ok(await GetAsync(zone, id, year ?? day.Today.Year, db, ct)))
            .RequireAuthorization(Policies.ApiProjectReader).WithName("GetSharedProject")
            .WithSummary("A project shared with this zone, read-only, with its monthly reports and this zone's part");
        zone.MapPost("/shared-projects/{id:guid}/answer", async Task<Ok<ShareDto>> (ZoneRoute zone, Guid id, Answer request, GaoxinDb db, BusinessDay day, CancellationToken ct)
                => TypedResults.Ok((await db.ToDtosAsync([await AnswerAsync(zone, id, request, db, day, ct)], ct)).Single()))
            .RequireAuthorization(Policies.ApiProjectEditor).WithName("AnswerProjectShare")
            .WithSummary("Accepts or declines the split a host zone proposed");
        zone.MapPut("/shared-projects/{id:guid}", async Task<Ok<ShareDto>> (ZoneRoute zone, Guid id, Partnering request, GaoxinDb db, CancellationToken ct)
                => TypedResults.Ok((await db.ToDtosAsync([await DescribeAsync(zone, id, request, db, ct)], ct)).Single()))
            .RequireAuthorization(Policies.ApiProjectEditor).WithName("DescribeProjectShare")
            .WithSummary("The partner zone's own fields of a shared project: its liaison and note");
    }
}

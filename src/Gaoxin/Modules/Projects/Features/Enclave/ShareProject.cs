using System.ComponentModel.DataAnnotations;
using Gaoxin.Data;
using Gaoxin.Hosting.Api;
using Gaoxin.Modules.Projects.Domain;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Gaoxin.Modules.Projects.Features.Enclave;

/// <summary>
/// The host zone's side of an enclave project (飞地共建): propose the split with a partner zone, change it (to be agreed
/// again) or end it. A project has at most one live share. The partner answers on its own route (<see cref="SharedProjects"/>).
/// </summary>
public static class ShareProject
{
    public sealed record Proposal([property: Required, StringLength(40)] string PartnerZone, decimal PartnerPercent,
        [property: Required, StringLength(200, MinimumLength = 2)] string Agreement);

    public sealed record Change(decimal PartnerPercent, [property: Required, StringLength(200, MinimumLength = 2)] string Agreement, long Version);

    public sealed record Ending(long Version);

    public static async Task<ProjectShare> ProposeAsync(ZoneRoute zone, Guid projectId, Proposal request, GaoxinDb db, BusinessDay day, CancellationToken ct)
    {
        RequestValidation.Ensure(request);
        zone.RequireWritable(db);
        await RequireProjectAsync(zone, projectId, db, ct);
        var bp = ShareQueries.BasisPoints(request.PartnerPercent);
        var code = request.PartnerZone.Trim().ToLowerInvariant();
        // The partner is usually a zone the host's users cannot see: look it up by code across zones, name nothing else.
        var partner = await db.Zones.IgnoreQueryFilters([QueryFilters.Zone]).Where(z => z.Code == code).Select(z => (Guid?)z.Id).FirstOrDefaultAsync(ct)
            ?? throw new DomainException(Text.Get("Err.ShareNoZone", request.PartnerZone));
        if (await db.SharesHostedBy(zone.Id).AnyAsync(s => s.ProjectId == projectId && (s.Status == ShareStatus.Proposed || s.Status == ShareStatus.Accepted), ct))
        {
            throw new DomainException(Text.Get("Err.ShareLive"), StatusCodes.Status409Conflict);
        }

        var share = new ProjectShare(zone.Id, projectId, partner, bp, request.Agreement, day.Today);
        db.ProjectShares.Add(share);
        await db.SaveChangesAsync(ct);
        return share;
    }

    public static async Task<ProjectShare> ChangeAsync(ZoneRoute zone, Guid projectId, Change request, GaoxinDb db, BusinessDay day, CancellationToken ct)
    {
        RequestValidation.Ensure(request);
        zone.RequireWritable(db);
        var share = (await LiveShareAsync(zone, projectId, db, ct)).RequireVersion(request.Version);
        share.Propose(ShareQueries.BasisPoints(request.PartnerPercent), request.Agreement, day.Today);
        await db.SaveChangesAsync(ct);
        return share;
    }

    public static async Task<ProjectShare> EndAsync(ZoneRoute zone, Guid projectId, Ending request, GaoxinDb db, BusinessDay day, CancellationToken ct)
    {
        zone.RequireWritable(db);
        var share = (await LiveShareAsync(zone, projectId, db, ct)).RequireVersion(request.Version);
        share.End(day.Today);
        await db.SaveChangesAsync(ct);
        return share;
    }

    public static async Task<List<ShareDto>> HistoryAsync(ZoneRoute zone, Guid projectId, GaoxinDb db, CancellationToken ct)
    {
        await RequireProjectAsync(zone, projectId, db, ct);
        var shares = await db.SharesHostedBy(zone.Id).Where(s => s.ProjectId == projectId).OrderByDescending(s => s.ProposedOn).ThenByDescending(s => s.Id).ToListAsync(ct);
        return await db.ToDtosAsync(shares, ct);
    }

    private static async Task RequireProjectAsync(ZoneRoute zone, Guid projectId, GaoxinDb db, CancellationToken ct)
    {
        if (!await db.Projects.AnyAsync(p => p.Id == projectId && p.ZoneId == zone.Id, ct))
        {
            throw new DomainException(Text.Get("Err.NoSuchRecord", Text.Get("Thing.project")), StatusCodes.Status404NotFound);
        }
    }

    private static async Task<ProjectShare> LiveShareAsync(ZoneRoute zone, Guid projectId, GaoxinDb db, CancellationToken ct)
    {
        await RequireProjectAsync(zone, projectId, db, ct);
        return await db.SharesHostedBy(zone.Id).FirstOrDefaultAsync(s => s.ProjectId == projectId && (s.Status == ShareStatus.Proposed || s.Status == ShareStatus.Accepted), ct)
            ?? throw new DomainException(Text.Get("Err.NoSuchRecord", Text.Get("Thing.share")), StatusCodes.Status404NotFound);
    }

    private static async Task<ShareDto> DtoAsync(GaoxinDb db, ProjectShare share, CancellationToken ct) => (await db.ToDtosAsync([share], ct)).Single();

    public static void Map(RouteGroupBuilder zone)
    {
        zone.MapGet("/projects/{id:guid}/shares", async Task<Ok<List<ShareDto>>> (ZoneRoute zone, Guid id, GaoxinDb db, CancellationToken ct)
                => TypedResults.Ok(await HistoryAsync(zone, id, db, ct)))
            .RequireAuthorization(Policies.ApiProjectReader).WithName("ListProjectShares")
            .WithSummary("An enclave project's splits with partner zones, the live one first (host zone's view)");
        zone.MapPost("/projects/{id:guid}/share", async Task<Created<ShareDto>> (ZoneRoute zone, Guid id, Proposal request, GaoxinDb db, BusinessDay day, CancellationToken ct) =>
            {
                var share = await ProposeAsync(zone, id, request, db, day, ct);
                return TypedResults.Created($"/api/v1/zones/{zone.Zone.Code}/projects/{id}/shares", await DtoAsync(db, share, ct));
            })
            .RequireAuthorization(Policies.ApiProjectEditor).WithName("ProposeProjectShare")
            .WithSummary("Proposes to share a project with a partner zone (飞地共建) at an agreed percentage; the partner must accept");
        zone.MapPut("/projects/{id:guid}/share", async Task<Ok<ShareDto>> (ZoneRoute zone, Guid id, Change request, GaoxinDb db, BusinessDay day, CancellationToken ct)
                => TypedResults.Ok(await DtoAsync(db, await ChangeAsync(zone, id, request, db, day, ct), ct)))
            .RequireAuthorization(Policies.ApiProjectEditor).WithName("ChangeProjectShare")
            .WithSummary("Changes the proposed split or agreement of the live share; the partner must accept it again");
        zone.MapPost("/projects/{id:guid}/share/end", async Task<Ok<ShareDto>> (ZoneRoute zone, Guid id, Ending request, GaoxinDb db, BusinessDay day, CancellationToken ct)
                => TypedResults.Ok(await DtoAsync(db, await EndAsync(zone, id, request, db, day, ct), ct)))
            .RequireAuthorization(Policies.ApiProjectEditor).WithName("EndProjectShare")
            .WithSummary("Ends the live share; from the next day the host counts the whole project again");
    }
}

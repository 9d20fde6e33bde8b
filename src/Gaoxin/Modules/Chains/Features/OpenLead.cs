using System.ComponentModel.DataAnnotations;
using Gaoxin.Data;
using Gaoxin.Hosting.Api;
using Gaoxin.Modules.Chains.Domain;
using Gaoxin.Modules.Projects.Domain;
using Gaoxin.Modules.Projects.Features;
using Gaoxin.Modules.Zones.Domain;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Gaoxin.Modules.Chains.Features;

/// <summary>
/// Opens a lead (招商线索) from an investment target in one step: a project at 谋划储备 in the ledger named after the target
/// (or as given), with the chain's name, placed on the target's link and linked back to the target. All or nothing.
/// </summary>
public static class OpenLead
{
    public sealed record Request(
        [property: Required] string Code,
        [property: StringLength(200)] string? Name = null,
        [property: StringLength(200)] string? Investor = null,
        [property: Range(0, 100_000_000_000_000)] decimal PlannedTotalInvestment = 0);

    public static async Task<Project> Handle(Zone zone, Guid targetId, Request request, GaoxinDb db, BusinessDay day, CancellationToken ct)
    {
        RequestValidation.Ensure(request);
        var target = await Targets.FindAsync(db, zone.Id, targetId, ct);
        ChainAccess.RequireWritable(db, zone.Id);
        if (target.LeadProjectId is not null)
        {
            throw new DomainException(Text.Get("Chain.Err.LeadExists"), StatusCodes.Status409Conflict);
        }

        var chain = await db.Chains.AsNoTracking().FirstAsync(c => c.Id == target.ChainId, ct);
        var link = await db.ChainLinks.AsNoTracking().FirstAsync(l => l.Id == target.LinkId, ct);
        var name = string.IsNullOrWhiteSpace(request.Name) ? target.Title : request.Name.Trim();
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var project = await CreateProject.Handle(zone, new CreateProject.Request(request.Code, ProjectStage.Planned, day.Today,
            new ProjectFields(name, request.Investor ?? target.CandidateList.FirstOrDefault(), Chain: chain.Name, Industry: link.Name, PlannedTotalInvestment: request.PlannedTotalInvestment,
                Channel: Channel.Other)), db, day, ct);
        db.ChainPlacements.Add(new ChainPlacement(zone.Id, chain.Id, link.Id, null, project.Id, PlacementRole.Other, Text.Get("Chain.LeadNote", target.Title)));
        target.LeadOpened(project.Id);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return project;
    }

    public static void Map(RouteGroupBuilder zone) => zone
        .MapPost("/chain-targets/{id:guid}/lead", async Task<Created<ProjectDto>> (ZoneRoute zone, Guid id, Request request, GaoxinDb db, BusinessDay day, CancellationToken ct) =>
        {
            var project = await Handle(zone.Zone, id, request, db, day, ct);
            return TypedResults.Created($"/api/v1/zones/{zone.Zone.Code}/projects/{project.Id}", await project.ToDtoAsync(db, ct));
        })
        .RequireAuthorization(Policies.ApiProjectEditor)
        .WithName("OpenLeadFromTarget")
        .WithSummary("Opens a lead (a project at 谋划储备) from an investment target, placed on its link and linked back to it");
}

using System.ComponentModel.DataAnnotations;
using Gaoxin.Data;
using Gaoxin.Hosting.Api;
using Gaoxin.Modules.Chains.Domain;
using Gaoxin.Modules.Innovation.Features;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Gaoxin.Modules.Chains.Features;

/// <summary>Investment targets (招商目标) for a chain's weak or missing links, with candidate firms recorded by staff.</summary>
public static class Targets
{
    public sealed record Fields([property: Required, StringLength(200)] string Title, IReadOnlyList<string>? Candidates = null, [property: StringLength(1000)] string? Note = null);

    public sealed record CreateRequest(Guid LinkId, [property: Required] Fields Fields);

    public sealed record UpdateRequest([property: Required] Fields Fields, TargetStatus Status = TargetStatus.Open, long Version = 0);

    public sealed record TargetDto(Guid Id, Guid LinkId, string LinkCode, string LinkName, string LinkStatus, string Title, IReadOnlyList<string> Candidates, string Note,
        TargetStatus Status, Guid? LeadProjectId, string? LeadCode, DateOnly CreatedOn, string CreatedBy, long Version);

    private static void Apply(InvestmentTarget t, Fields f)
    {
        if (string.IsNullOrWhiteSpace(f.Title))
        {
            throw FieldsException.One("title", Text.Get("Chain.Err.Title"));
        }

        var candidates = (f.Candidates ?? []).Select(c => c.Trim()).Where(c => c.Length > 0).Distinct().ToList();
        if (string.Join('\n', candidates).Length > 2000)
        {
            throw FieldsException.One("candidates", Text.Get("Err.CellTooLong", 2000));
        }

        t.Title = f.Title.Trim();
        t.Candidates = string.Join('\n', candidates);
        t.Note = f.Note?.Trim() ?? string.Empty;
    }

    public static async Task<InvestmentTarget> CreateAsync(Guid zoneId, string code, CreateRequest request, GaoxinDb db, DateOnly today, CancellationToken ct)
    {
        RequestValidation.Ensure(request);
        var chain = await ChainAccess.FindAsync(db, zoneId, code, ct, track: false);
        ChainAccess.RequireWritable(db, zoneId);
        var link = await ChainAccess.LinkAsync(db, zoneId, chain.Id, request.LinkId, ct);
        var target = new InvestmentTarget(zoneId, chain.Id, link.Id, request.Fields.Title, today, db.Scope.UserName ?? string.Empty);
        Apply(target, request.Fields);
        db.InvestmentTargets.Add(target);
        await db.SaveChangesAsync(ct);
        return target;
    }

    public static async Task<InvestmentTarget> UpdateAsync(Guid zoneId, Guid id, UpdateRequest request, GaoxinDb db, CancellationToken ct)
    {
        RequestValidation.Ensure(request);
        var target = await FindAsync(db, zoneId, id, ct);
        ChainAccess.RequireWritable(db, zoneId);
        target.RequireVersion(request.Version);
        Apply(target, request.Fields);
        if (request.Status == TargetStatus.LeadOpened && target.LeadProjectId is null)
        {
            throw FieldsException.One("status", Text.Get("Chain.Err.StatusLead"));
        }

        target.Status = request.Status;
        await db.SaveChangesAsync(ct);
        return target;
    }

    public static async Task<InvestmentTarget> FindAsync(GaoxinDb db, Guid zoneId, Guid id, CancellationToken ct)
        => await db.InvestmentTargets.FirstOrDefaultAsync(t => t.Id == id && t.ZoneId == zoneId, ct)
            ?? throw new DomainException(Text.Get("Err.NoSuchRecord", Text.Get("Chain.Thing.Target")), StatusCodes.Status404NotFound);

    public static async Task<List<TargetDto>> ListAsync(GaoxinDb db, Guid zoneId, Guid chainId, DateOnly today, CancellationToken ct)
    {
        var chain = await db.Chains.AsNoTracking().FirstAsync(c => c.Id == chainId, ct);
        var view = await ChainFigures.LoadAsync(db, chain, null, today, ct);
        var targets = await db.InvestmentTargets.AsNoTracking().Where(t => t.ZoneId == zoneId && t.ChainId == chainId).OrderBy(t => t.Status).ThenBy(t => t.CreatedOn).ToListAsync(ct);
        var leadIds = targets.Where(t => t.LeadProjectId != null).Select(t => t.LeadProjectId!.Value).ToList();
        var leads = await db.Projects.AsNoTracking().Where(p => leadIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.Code, ct);
        return targets.Select(t => To(t, view.Links.First(l => l.Id == t.LinkId), t.LeadProjectId is { } p ? leads.GetValueOrDefault(p) : null)).ToList();
    }

    public static TargetDto To(InvestmentTarget t, LinkFigures link, string? leadCode)
        => new(t.Id, t.LinkId, link.Code, link.Name, link.Status, t.Title, t.CandidateList.ToList(), t.Note, t.Status, t.LeadProjectId, leadCode, t.CreatedOn, t.CreatedBy, t.Version);

    public static void Map(RouteGroupBuilder zone)
    {
        zone.MapGet("/chains/{code}/targets", async Task<Ok<List<TargetDto>>> (ZoneRoute zone, string code, GaoxinDb db, BusinessDay day, CancellationToken ct)
                => TypedResults.Ok(await ListAsync(db, zone.Id, (await ChainAccess.FindAsync(db, zone.Id, code, ct, track: false)).Id, day.Today, ct)))
            .RequireAuthorization(Policies.ApiProjectReader)
            .WithName("ListChainTargets")
            .WithSummary("The chain's investment targets with their link's strength and the lead opened from each");

        zone.MapPost("/chains/{code}/targets", async Task<Created<TargetDto>> (ZoneRoute zone, string code, CreateRequest request, GaoxinDb db, BusinessDay day, CancellationToken ct) =>
            {
                var t = await CreateAsync(zone.Id, code, request, db, day.Today, ct);
                var dto = (await ListAsync(db, zone.Id, t.ChainId, day.Today, ct)).First(x => x.Id == t.Id);
                return TypedResults.Created($"/api/v1/zones/{zone.Zone.Code}/chain-targets/{t.Id}", dto);
            })
            .RequireAuthorization(Policies.ApiProjectEditor)
            .WithName("CreateChainTarget")
            .WithSummary("Records an investment target (招商目标) for a link with candidate firms");

        zone.MapPut("/chain-targets/{id:guid}", async Task<Ok<TargetDto>> (ZoneRoute zone, Guid id, UpdateRequest request, GaoxinDb db, BusinessDay day, CancellationToken ct) =>
            {
                var t = await UpdateAsync(zone.Id, id, request, db, ct);
                return TypedResults.Ok((await ListAsync(db, zone.Id, t.ChainId, day.Today, ct)).First(x => x.Id == t.Id));
            })
            .RequireAuthorization(Policies.ApiProjectEditor)
            .WithName("UpdateChainTarget")
            .WithSummary("Corrects a target (title, candidate firms, note, open/closed; version-checked)");
    }
}

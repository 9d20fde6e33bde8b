using System.ComponentModel.DataAnnotations;
using Gaoxin.Data;
using Gaoxin.Hosting.Api;
using Gaoxin.Modules.Incentives.Domain;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Gaoxin.Modules.Incentives.Features.Grants;

/// <summary>
/// The review of a grant: 初审 → 复审 (commits the amount against the fund's budget of the year; refused beyond it) →
/// 公示 until a date (objections) → 兑付 after the notice; or 不予通过 / withdrawn after an objection, releasing any
/// commitment. Every step is version-checked: two reviewers acting at once — the second is told to reload.
/// </summary>
public static class DecideGrant
{
    public sealed record Step(long Version, [property: StringLength(500)] string? Note = null);

    public sealed record Notice(long Version, DateOnly Until);

    public sealed record Rejection(long Version, [property: Required, StringLength(500, MinimumLength = 2)] string Reason);

    public static async Task<Grant> LoadAsync(ZoneRoute zone, Guid id, long version, GaoxinDb db, CancellationToken ct)
        => (await db.Grants.Include(g => g.Steps).FirstOrDefaultAsync(g => g.Id == id && g.ZoneId == zone.Id, ct)
            ?? throw new DomainException(Text.Get("Err.NoSuchRecord", Text.Get("Thing.grant")), StatusCodes.Status404NotFound)).RequireVersion(version);

    /// <summary>The fund that pays the grant's policy in a year; none means the zone has not budgeted it.</summary>
    public static async Task<FundYear> FundAsync(ZoneRoute zone, Grant grant, int year, GaoxinDb db, CancellationToken ct)
    {
        var funds = await db.FundYears.Where(f => f.ZoneId == zone.Id && f.Year == year).ToListAsync(ct);
        return funds.FirstOrDefault(f => f.Pays(grant.RuleId)) ?? throw new DomainException(Text.Get("Err.NoFund", grant.RuleId, year), StatusCodes.Status409Conflict);
    }

    public static async Task<Grant> FirstApproveAsync(ZoneRoute zone, Guid id, Step request, GaoxinDb db, TimeProvider clock, CancellationToken ct)
    {
        RequestValidation.Ensure(request);
        zone.RequireWritable(db);
        var grant = await LoadAsync(zone, id, request.Version, db, ct);
        grant.FirstApprove(db.Scope.UserName ?? "?", request.Note, clock.GetUtcNow());
        await db.SaveChangesAsync(ct);
        return grant;
    }

    public static async Task<Grant> ApproveAsync(ZoneRoute zone, Guid id, Step request, GaoxinDb db, BusinessDay day, TimeProvider clock, CancellationToken ct)
    {
        RequestValidation.Ensure(request);
        zone.RequireWritable(db);
        var grant = await LoadAsync(zone, id, request.Version, db, ct);
        var fund = await FundAsync(zone, grant, day.Today.Year, db, ct);
        grant.Approve(fund, db.Scope.UserName ?? "?", request.Note, clock.GetUtcNow());
        await db.SaveChangesAsync(ct);
        return grant;
    }

    public static async Task<Grant> PublicizeAsync(ZoneRoute zone, Guid id, Notice request, GaoxinDb db, BusinessDay day, TimeProvider clock, CancellationToken ct)
    {
        zone.RequireWritable(db);
        var grant = await LoadAsync(zone, id, request.Version, db, ct);
        grant.Publicize(request.Until, day.Today, db.Scope.UserName ?? "?", clock.GetUtcNow());
        await db.SaveChangesAsync(ct);
        return grant;
    }

    public static async Task<Grant> PayAsync(ZoneRoute zone, Guid id, Step request, GaoxinDb db, BusinessDay day, TimeProvider clock, CancellationToken ct)
    {
        zone.RequireWritable(db);
        var grant = await LoadAsync(zone, id, request.Version, db, ct);
        var fund = await db.FundYears.FirstAsync(f => f.Id == grant.FundYearId, ct);
        grant.Pay(fund, day.Today, db.Scope.UserName ?? "?", clock.GetUtcNow());
        await db.SaveChangesAsync(ct);
        return grant;
    }

    public static async Task<Grant> RejectAsync(ZoneRoute zone, Guid id, Rejection request, GaoxinDb db, TimeProvider clock, CancellationToken ct)
    {
        RequestValidation.Ensure(request);
        zone.RequireWritable(db);
        var grant = await LoadAsync(zone, id, request.Version, db, ct);
        var fund = grant.FundYearId is { } f ? await db.FundYears.FirstAsync(x => x.Id == f, ct) : null;
        grant.Reject(fund, request.Reason, db.Scope.UserName ?? "?", clock.GetUtcNow());
        await db.SaveChangesAsync(ct);
        return grant;
    }

    private static async Task<Ok<GrantDto>> Dto(GaoxinDb db, Grant grant, CancellationToken ct)
        => TypedResults.Ok(GrantDto.From(grant, await db.PolicyItems.Where(p => p.Id == grant.PolicyItemId).Select(p => p.Title).FirstAsync(ct)));

    public static void Map(RouteGroupBuilder zone)
    {
        zone.MapPost("/grants/{id:guid}/first-approve", async Task<Ok<GrantDto>> (ZoneRoute zone, Guid id, Step request, GaoxinDb db, TimeProvider clock, CancellationToken ct)
                => await Dto(db, await FirstApproveAsync(zone, id, request, db, clock, ct), ct))
            .RequireAuthorization(Policies.ApiPolicyEditor).WithName("FirstApproveGrant").WithSummary("初审: passes the first review");
        zone.MapPost("/grants/{id:guid}/approve", async Task<Ok<GrantDto>> (ZoneRoute zone, Guid id, Step request, GaoxinDb db, BusinessDay day, TimeProvider clock, CancellationToken ct)
                => await Dto(db, await ApproveAsync(zone, id, request, db, day, clock, ct), ct))
            .RequireAuthorization(Policies.ApiPolicyEditor).WithName("ApproveGrant").WithSummary("复审: approves and commits the amount against the fund's budget of the year (refused beyond it)");
        zone.MapPost("/grants/{id:guid}/publicize", async Task<Ok<GrantDto>> (ZoneRoute zone, Guid id, Notice request, GaoxinDb db, BusinessDay day, TimeProvider clock, CancellationToken ct)
                => await Dto(db, await PublicizeAsync(zone, id, request, db, day, clock, ct), ct))
            .RequireAuthorization(Policies.ApiPolicyEditor).WithName("PublicizeGrant").WithSummary("公示: publishes the approved grant until a date for objections");
        zone.MapPost("/grants/{id:guid}/pay", async Task<Ok<GrantDto>> (ZoneRoute zone, Guid id, Step request, GaoxinDb db, BusinessDay day, TimeProvider clock, CancellationToken ct)
                => await Dto(db, await PayAsync(zone, id, request, db, day, clock, ct), ct))
            .RequireAuthorization(Policies.ApiPolicyEditor).WithName("PayGrant").WithSummary("兑付: pays the grant once its notice has ended");
        zone.MapPost("/grants/{id:guid}/reject", async Task<Ok<GrantDto>> (ZoneRoute zone, Guid id, Rejection request, GaoxinDb db, TimeProvider clock, CancellationToken ct)
                => await Dto(db, await RejectAsync(zone, id, request, db, clock, ct), ct))
            .RequireAuthorization(Policies.ApiPolicyEditor).WithName("RejectGrant").WithSummary("Rejects a grant (or withdraws it after an objection), releasing any commitment");
    }
}

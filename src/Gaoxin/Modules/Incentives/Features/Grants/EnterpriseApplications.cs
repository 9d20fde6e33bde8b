using System.Globalization;
using Gaoxin.Data;
using Gaoxin.Engines.Rules.Policies;
using Gaoxin.Hosting.Api;
using Gaoxin.Modules.Incentives.Domain;
using Gaoxin.Modules.Innovation.Features;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Gaoxin.Modules.Incentives.Features.Grants;

/// <summary>
/// 快申快享 from the enterprise's own account: it applies for a policy for itself (the file, 一企一档, gives what the zone
/// holds; the enterprise answers the application-form inputs) and follows its own applications step by step. Another
/// enterprise's grants are never visible to it: the list is filtered by its own file on the server, and the staff routes
/// refuse enterprise accounts.
/// </summary>
public static class EnterpriseApplications
{
    public sealed record Request(Guid PolicyId, int Period, Dictionary<string, string?>? Inputs);

    public static async Task<Grant> ApplyAsync(ZoneRoute zone, Request request, GaoxinDb db, TimeProvider clock, CancellationToken ct)
    {
        if (request.Period is < 2000 or > 2100)
        {
            throw FieldsException.One("period", Text.Get("Err.PolicyPeriod", request.Period));
        }

        var own = await OwnAsync(zone, request.Period, db, ct);
        var item = await db.PolicyItems.AsNoTracking().FirstOrDefaultAsync(p => p.Id == request.PolicyId && p.ZoneId == zone.Id, ct)
            ?? throw new DomainException(Text.Get("Err.NoSuchRecord", Text.Get("Thing.policy")), StatusCodes.Status404NotFound);
        var found = await PolicyRules.FindAsync(db, zone.Id, item.RuleId, ct) ?? throw new DomainException(Text.Get("Err.PolicyNotComputable", item.Title));

        // What the zone holds about the enterprise is taken from its file; the form gives the rest.
        var inputs = new Dictionary<string, string?>(request.Inputs ?? [], StringComparer.Ordinal);
        foreach (var input in found.Policy.Policy.Inputs.Where(i => i.Source != InputSource.Application))
        {
            if (own.Inputs.GetValueOrDefault(input.Name) is { } held)
            {
                inputs[input.Name] = held;
            }
        }

        var culture = CultureInfo.CurrentUICulture;
        var trace = found.Policy.Trace(PolicyRules.Read(found.Policy, inputs, culture), request.Period);
        if (trace.Verdict.EligibleText == "unknown" && trace.MissingInputs.Count > 0)
        {
            var missing = found.Policy.Policy.Inputs.Where(i => trace.MissingInputs.Contains(i.Label)).ToList();
            throw new FieldsException(missing.ToDictionary(i => $"inputs.{i.Name}", i => new[] { Text.Get("Grant.Err.Missing", i.Label.For(culture)) }));
        }

        return await ApplyForGrant.Handle(zone, new ApplyForGrant.Request(item.Id, request.Period, own.Name, own.CreditCode, inputs), GrantOrigin.Application, db, clock, ct);
    }

    /// <summary>The enterprise's own grants, newest first, with every step.</summary>
    public static async Task<List<GrantDto>> ListAsync(ZoneRoute zone, GaoxinDb db, CancellationToken ct)
    {
        var own = await OwnAsync(zone, 2000, db, ct);
        var code = own.CreditCode.ToUpperInvariant();
        var grants = await db.Grants.AsNoTracking().Include(g => g.Steps)
            .Where(g => g.ZoneId == zone.Id && (g.CreditCode == code || (g.CreditCode == null && g.EnterpriseName == own.Name)))
            .OrderByDescending(g => g.Id).Take(500).ToListAsync(ct);
        var ids = grants.Select(g => g.PolicyItemId).Distinct().ToList();
        var titles = await db.PolicyItems.AsNoTracking().Where(p => ids.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.Title, ct);
        return grants.Select(g => GrantDto.From(g, titles.GetValueOrDefault(g.PolicyItemId, "?"))).ToList();
    }

    private static async Task<EnterpriseInputs.Holder> OwnAsync(ZoneRoute zone, int year, GaoxinDb db, CancellationToken ct)
    {
        if (!EnterpriseAccess.IsEnterpriseUser(db) || await EnterpriseAccess.OwnEnterpriseAsync(db, ct) is not { } own)
        {
            throw new DomainException(Text.Get("Grant.Err.EnterpriseOnly"), StatusCodes.Status403Forbidden);
        }

        return await EnterpriseInputs.ForEnterpriseAsync(db, zone.Id, own, year, ct)
            ?? throw new DomainException(Text.Get("Err.NoSuchRecord", Text.Get("Thing.enterprise")), StatusCodes.Status404NotFound);
    }

    public static void Map(RouteGroupBuilder zone)
    {
        var mine = zone.MapGroup("/my/grants").WithFieldProblems();
        mine.MapPost("", async Task<Created<GrantDto>> (ZoneRoute zone, Request request, GaoxinDb db, TimeProvider clock, CancellationToken ct) =>
            {
                var grant = await ApplyAsync(zone, request, db, clock, ct);
                var title = await db.PolicyItems.Where(p => p.Id == grant.PolicyItemId).Select(p => p.Title).FirstAsync(ct);
                return TypedResults.Created($"/api/v1/zones/{zone.Zone.Code}/my/grants", GrantDto.From(grant, title));
            })
            .RequireAuthorization(Policies.ApiPolicyReader).WithName("ApplyAsEnterprise")
            .WithSummary("An enterprise account applies for a policy for itself (快申快享): its file gives what the zone holds, the request the application-form inputs");
        mine.MapGet("", async Task<Ok<List<GrantDto>>> (ZoneRoute zone, GaoxinDb db, CancellationToken ct) => TypedResults.Ok(await ListAsync(zone, db, ct)))
            .RequireAuthorization(Policies.ApiPolicyReader).WithName("ListOwnGrants")
            .WithSummary("An enterprise account's own applications and grants with every step (who, when, note or rejection reason)");
    }
}

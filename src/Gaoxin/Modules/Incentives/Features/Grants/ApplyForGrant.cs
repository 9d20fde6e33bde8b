using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Text.Json;
using Gaoxin.Data;
using Gaoxin.Engines.Money;
using Gaoxin.Hosting.Api;
using Gaoxin.Modules.Incentives.Domain;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Gaoxin.Modules.Incentives.Features.Grants;

/// <summary>
/// 快申快享: an application for one enterprise under one computable policy and period. The policy's rules compute the amount
/// and the explanation at once (kept with the rules' version); an enterprise the rules find not eligible, or cannot decide
/// for, is refused with the explanation. One live grant per enterprise, policy and period.
/// </summary>
public static class ApplyForGrant
{
    public sealed record Request(Guid PolicyId, int Period, [property: Required, StringLength(200, MinimumLength = 2)] string EnterpriseName,
        [property: StringLength(18)] string? CreditCode, Dictionary<string, string?>? Inputs);

    public static async Task<Grant> Handle(ZoneRoute zone, Request request, GrantOrigin origin, GaoxinDb db, TimeProvider clock, CancellationToken ct)
    {
        RequestValidation.Ensure(request);
        zone.RequireWritable(db);
        if (request.Period is < 2000 or > 2100)
        {
            throw new DomainException(Text.Get("Err.PolicyPeriod", request.Period));
        }

        var item = await db.PolicyItems.FirstOrDefaultAsync(p => p.Id == request.PolicyId && p.ZoneId == zone.Id, ct)
            ?? throw new DomainException(Text.Get("Err.NoSuchRecord", Text.Get("Thing.policy")), StatusCodes.Status404NotFound);
        var found = await PolicyRules.FindAsync(db, zone.Id, item.RuleId, ct) ?? throw new DomainException(Text.Get("Err.PolicyNotComputable", item.Title));
        var rule = found.Policy;
        var inputs = PolicyRules.Read(rule, request.Inputs, CultureInfo.CurrentUICulture);
        var trace = rule.Trace(inputs, request.Period);
        var zh = CultureInfo.GetCultureInfo("zh-CN");
        var en = CultureInfo.GetCultureInfo("en");
        if (trace.Verdict.EligibleText != "true" || trace.Verdict.Amount <= 0)
        {
            throw new DomainException(Text.Get("Err.GrantNotEligible", trace.Explain(CultureInfo.CurrentUICulture)), StatusCodes.Status422UnprocessableEntity);
        }

        var name = request.EnterpriseName.Trim();
        var code = string.IsNullOrWhiteSpace(request.CreditCode) ? null : request.CreditCode.Trim().ToUpperInvariant();
        if (await db.Grants.AnyAsync(g => g.ZoneId == zone.Id && g.PolicyItemId == item.Id && g.Period == request.Period && g.Status != GrantStatus.Rejected
                && (g.EnterpriseName == name || (code != null && g.CreditCode == code)), ct))
        {
            throw new DomainException(Text.Get("Err.GrantTwice", name, request.Period), StatusCodes.Status409Conflict);
        }

        var written = inputs.Where(i => i.Value is not null).ToDictionary(i => i.Key, i => Convert.ToString(i.Value, CultureInfo.InvariantCulture));
        var grant = new Grant(zone.Id, item.Id, rule.Policy.Id, $"{found.Label} {trace.Version?.From:yyyy-MM-dd}".Trim(), request.Period, name, code,
            JsonSerializer.Serialize(written), Fen.FromYuan(trace.Verdict.Amount), trace.Explain(zh), trace.Explain(en), origin, db.Scope.UserName ?? "?", clock.GetUtcNow());
        db.Grants.Add(grant);
        await db.SaveChangesAsync(ct);
        return grant;
    }

    public static void Map(RouteGroupBuilder zone) => zone
        .MapPost("/grants", async Task<Created<GrantDto>> (ZoneRoute zone, Request request, GaoxinDb db, TimeProvider clock, CancellationToken ct) =>
        {
            var grant = await Handle(zone, request, GrantOrigin.Application, db, clock, ct);
            var title = await db.PolicyItems.Where(p => p.Id == grant.PolicyItemId).Select(p => p.Title).FirstAsync(ct);
            return TypedResults.Created($"/api/v1/zones/{zone.Zone.Code}/grants/{grant.Id}", GrantDto.From(grant, title));
        })
        .RequireAuthorization(Policies.ApiPolicyEditor).WithName("ApplyForGrant")
        .WithSummary("Applies for a policy's benefit for an enterprise (快申快享); the amount and explanation are computed at once, not-eligible is refused with the reason");
}

using System.Globalization;
using Gaoxin.Data;
using Gaoxin.Hosting.Api;
using Gaoxin.Modules.Incentives.Domain;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Gaoxin.Modules.Incentives.Features.Grants;

/// <summary>
/// 免申即享: for a policy whose every input comes from data the zone holds, every enterprise in the zone's file is judged
/// for a year and each eligible one gets a grant for review — no application. Enterprises that already have a live grant
/// are left alone; those the file cannot decide for are listed with what is missing (they may apply: 快申快享).
/// </summary>
public static class NoApplicationRun
{
    public sealed record Request(Guid PolicyId, int Period);

    public sealed record Undecided(string Enterprise, IReadOnlyList<string> Missing);

    public sealed record Result(int Evaluated, int Eligible, int Created, int AlreadyGranted, int NotEligible, IReadOnlyList<Undecided> Undecided, decimal CreatedAmount);

    public static async Task<Result> Handle(ZoneRoute zone, Request request, GaoxinDb db, TimeProvider clock, CancellationToken ct)
    {
        zone.RequireWritable(db);
        if (request.Period is < 2000 or > 2100)
        {
            throw new DomainException(Text.Get("Err.PolicyPeriod", request.Period));
        }

        var item = await db.PolicyItems.FirstOrDefaultAsync(p => p.Id == request.PolicyId && p.ZoneId == zone.Id, ct)
            ?? throw new DomainException(Text.Get("Err.NoSuchRecord", Text.Get("Thing.policy")), StatusCodes.Status404NotFound);
        var found = await PolicyRules.FindAsync(db, zone.Id, item.RuleId, ct) ?? throw new DomainException(Text.Get("Err.PolicyNotComputable", item.Title));
        if (!found.Policy.Policy.NeedsNoApplication)
        {
            var asked = found.Policy.Policy.Inputs.Where(i => i.Source == Engines.Rules.Policies.InputSource.Application).Select(i => i.Label.For(CultureInfo.CurrentUICulture));
            throw new DomainException(Text.Get("Err.NeedsApplication", item.Title, string.Join("、", asked)));
        }

        var holders = await EnterpriseInputs.ForZoneAsync(db, zone.Id, request.Period, ct);
        var live = (await db.Grants.Where(g => g.ZoneId == zone.Id && g.PolicyItemId == item.Id && g.Period == request.Period && g.Status != GrantStatus.Rejected)
            .Select(g => new { g.EnterpriseName, g.CreditCode }).ToListAsync(ct));
        var zh = CultureInfo.GetCultureInfo("zh-CN");
        var en = CultureInfo.GetCultureInfo("en");
        int eligible = 0, created = 0, already = 0, not = 0;
        decimal amount = 0;
        var undecided = new List<Undecided>();
        var by = db.Scope.UserName ?? "?";
        var at = clock.GetUtcNow();
        foreach (var holder in holders)
        {
            var trace = found.Policy.Trace(PolicyRules.Read(found.Policy, holder.Inputs, CultureInfo.CurrentUICulture), request.Period);
            switch (trace.Verdict.EligibleText)
            {
                case "unknown":
                    undecided.Add(new Undecided(holder.Name, trace.MissingInputs.Select(m => m.For(CultureInfo.CurrentUICulture)).ToList()));
                    continue;
                case "true" when trace.Verdict.Amount > 0:
                    eligible++;
                    break;
                default:
                    not++;
                    continue;
            }

            if (live.Any(g => g.EnterpriseName == holder.Name || g.CreditCode == holder.CreditCode))
            {
                already++;
                continue;
            }

            var written = holder.Inputs.Where(i => i.Value is not null).ToDictionary(i => i.Key, i => i.Value);
            db.Grants.Add(new Grant(zone.Id, item.Id, found.Policy.Policy.Id, $"{found.Label} {trace.Version?.From:yyyy-MM-dd}".Trim(), request.Period, holder.Name, holder.CreditCode,
                System.Text.Json.JsonSerializer.Serialize(written), Engines.Money.Fen.FromYuan(trace.Verdict.Amount), trace.Explain(zh), trace.Explain(en), GrantOrigin.NoApplication, by, at));
            created++;
            amount += trace.Verdict.Amount;
        }

        await db.SaveChangesAsync(ct);
        return new Result(holders.Count, eligible, created, already, not, undecided, amount);
    }

    public static void Map(RouteGroupBuilder zone) => zone
        .MapPost("/grants/no-application", async Task<Ok<Result>> (ZoneRoute zone, Request request, GaoxinDb db, TimeProvider clock, CancellationToken ct)
            => TypedResults.Ok(await Handle(zone, request, db, clock, ct)))
        .RequireAuthorization(Policies.ApiPolicyEditor).WithName("RunNoApplication")
        .WithSummary("免申即享: judges every enterprise in the zone's file for a policy and year and creates grants for review for the eligible ones");
}

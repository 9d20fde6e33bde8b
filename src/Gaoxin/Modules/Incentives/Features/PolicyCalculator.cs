using System.Globalization;
using Gaoxin.Data;
using Gaoxin.Hosting.Api;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Gaoxin.Modules.Incentives.Features;

/// <summary>
/// 政策计算器: from what is known about an enterprise (its profile, reported figures, a short questionnaire for the rest),
/// every computable policy of the zone says eligible, not eligible, or "cannot decide yet: answer X", with the amount to the
/// fen and the explanation. Missing answers are missing, never zero.
/// </summary>
public static class PolicyCalculator
{
    public sealed record Request(int Period, Dictionary<string, string?>? Inputs);

    public sealed record Result(Guid PolicyId, string Title, string RuleId, string Eligible, decimal? Amount, bool Capped, string Explanation,
        IReadOnlyList<string> Missing, string? RuleVersion, bool NeedsNoApplication);

    public sealed record Calculation(int Period, IReadOnlyList<Result> Results, decimal EligibleTotal);

    public static async Task<List<PolicyRules.Question>> QuestionsAsync(Guid zoneId, GaoxinDb db, CancellationToken ct)
    {
        var culture = CultureInfo.CurrentUICulture;
        var ruleIds = await db.PolicyItems.AsNoTracking().Where(p => p.ZoneId == zoneId && p.RuleId != null).Select(p => p.RuleId!).Distinct().ToListAsync(ct);
        var rules = new List<PolicyRules.Rule>();
        foreach (var id in ruleIds.Order(StringComparer.Ordinal))
        {
            if (await PolicyRules.FindAsync(db, zoneId, id, ct) is { } rule)
            {
                rules.Add(rule);
            }
        }

        return rules.SelectMany(r => r.Policy.Policy.Inputs).DistinctBy(i => i.Name).Select(i => PolicyRules.Describe(i, culture)).ToList();
    }

    public static async Task<Calculation> CalculateAsync(Guid zoneId, Request request, GaoxinDb db, CancellationToken ct)
    {
        if (request.Period is < 2000 or > 2100)
        {
            throw new DomainException(Text.Get("Err.PolicyPeriod", request.Period));
        }

        var culture = CultureInfo.CurrentUICulture;
        var items = await db.PolicyItems.AsNoTracking().Where(p => p.ZoneId == zoneId && p.RuleId != null).OrderBy(p => p.Section).ThenBy(p => p.Title).ToListAsync(ct);
        var results = new List<Result>();
        foreach (var item in items)
        {
            if (await PolicyRules.FindAsync(db, zoneId, item.RuleId, ct) is not { } found)
            {
                continue;
            }

            var rule = found.Policy;
            var trace = rule.Trace(PolicyRules.Read(rule, request.Inputs, culture), request.Period);
            var eligible = trace.Verdict.EligibleText;
            results.Add(new Result(item.Id, item.Title, rule.Policy.Id, eligible, eligible == "unknown" ? null : trace.Verdict.Amount, trace.Verdict.Capped,
                trace.Explain(culture), trace.MissingInputs.Select(m => m.For(culture)).ToList(), $"{found.Label} {trace.Version?.From:yyyy-MM-dd}".Trim(), rule.Policy.NeedsNoApplication));
        }

        // Eligible first (largest amount first), then those that need an answer, then the rest.
        var ordered = results.OrderBy(r => r.Eligible switch { "true" => 0, "unknown" => 1, _ => 2 }).ThenByDescending(r => r.Amount ?? 0).ToList();
        return new Calculation(request.Period, ordered, ordered.Where(r => r.Eligible == "true").Sum(r => r.Amount ?? 0));
    }

    public static void Map(RouteGroupBuilder zone)
    {
        zone.MapGet("/policies/questions", async Task<Ok<List<PolicyRules.Question>>> (ZoneRoute zone, GaoxinDb db, CancellationToken ct)
                => TypedResults.Ok(await QuestionsAsync(zone.Id, db, ct)))
            .RequireAuthorization(Policies.ApiPolicyReader).WithName("PolicyQuestions").WithSummary("The inputs the zone's computable policies need (the calculator's questionnaire)");
        zone.MapPost("/policies/calculate", async Task<Ok<Calculation>> (ZoneRoute zone, Request request, GaoxinDb db, CancellationToken ct)
                => TypedResults.Ok(await CalculateAsync(zone.Id, request, db, ct)))
            .RequireAuthorization(Policies.ApiPolicyReader).WithName("CalculatePolicies")
            .WithSummary("Every computable policy of the zone for an enterprise's inputs: eligible / not / unknown (with what is missing), amount and explanation");
    }
}

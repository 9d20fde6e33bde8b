using Gaoxin.Data;
using Gaoxin.Engines.Rules.Evaluation;
using Gaoxin.Engines.Rules.Language;
using Gaoxin.Engines.Rules.Policies;
using Gaoxin.Engines.Rules.Testing;
using Gaoxin.Hosting.Api;
using Gaoxin.Modules.Incentives.Domain;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Gaoxin.Modules.Incentives.Features;

/// <summary>
/// Authoring a guide item's policy as code in the browser: check the YAML (errors at their line and column) and run its
/// test cases; publish a new dated revision only when it compiles and every case passes. Earlier grants keep the revision
/// they were computed with.
/// </summary>
public static class PolicyAuthoring
{
    public const int MaxChars = 64_000;

    public sealed record Source(string Yaml, string TestsYaml);

    public sealed record Draft(string? Yaml, string? TestsYaml, DateOnly? PublishedOn = null);

    public sealed record Problem(string Message, int? Line, int? Column);

    public sealed record Check(bool Valid, Problem? Error, IReadOnlyList<PolicyTestResult> Tests)
    {
        public bool Publishable => Valid && Tests.Count > 0 && Tests.All(t => t.Passed);
    }

    public sealed record Revision(int Number, string Label, DateOnly PublishedOn, string PublishedBy);

    public sealed record Current(string? RuleId, string Label, string Yaml, string TestsYaml, IReadOnlyList<Revision> Revisions);

    public static async Task<Current> GetAsync(ZoneRoute zone, Guid policyId, GaoxinDb db, CancellationToken ct)
    {
        var item = await ItemAsync(zone, policyId, db, ct);
        var revisions = item.RuleId is null ? [] : await db.PolicyRuleRevisions.AsNoTracking().Where(r => r.ZoneId == zone.Id && r.RuleId == item.RuleId)
            .OrderByDescending(r => r.Revision).ToListAsync(ct);
        var history = revisions.Select(r => new Revision(r.Revision, r.Label, r.PublishedOn, r.PublishedBy)).ToList();
        if (revisions.FirstOrDefault() is { } latest)
        {
            return new Current(item.RuleId, latest.Label, latest.Yaml, latest.TestsYaml, history);
        }

        var files = ShippedPolicies.Files().ToDictionary(f => f.Name, f => f.Yaml, StringComparer.Ordinal);
        return item.RuleId is { } id && files.TryGetValue(id + ".yaml", out var yaml)
            ? new Current(id, PolicyRules.ShippedLabel, yaml, files.GetValueOrDefault(id + ".tests.yaml") ?? string.Empty, history)
            : new Current(item.RuleId, string.Empty, string.Empty, string.Empty, history);
    }

    /// <summary>Compiles the draft and runs its cases; never writes.</summary>
    public static Check Validate(Draft draft)
    {
        if (string.IsNullOrWhiteSpace(draft.Yaml))
        {
            return new Check(false, new Problem(Text.Get("Err.RuleEmpty"), null, null), []);
        }

        if (draft.Yaml.Length > MaxChars || draft.TestsYaml?.Length > MaxChars)
        {
            return new Check(false, new Problem(Text.Get("Err.RuleTooLong", MaxChars), null, null), []);
        }

        CompiledPolicy policy;
        try
        {
            policy = CompiledPolicy.Load(draft.Yaml, "policy.yaml");
        }
        catch (PolicyDefinitionException e)
        {
            return new Check(false, new Problem(e.Message, e.Position?.Line, e.Position?.Column), []);
        }

        if (string.IsNullOrWhiteSpace(draft.TestsYaml))
        {
            return new Check(true, new Problem(Text.Get("Err.RuleNoTests"), null, null), []);
        }

        try
        {
            return new Check(true, null, PolicyTestRunner.Run(policy, draft.TestsYaml, "tests.yaml").Results);
        }
        catch (PolicyDefinitionException e)
        {
            return new Check(true, new Problem(e.Message, e.Position?.Line, e.Position?.Column), []);
        }
    }

    public static async Task<PolicyRuleRevision> PublishAsync(ZoneRoute zone, Guid policyId, Draft draft, GaoxinDb db, BusinessDay day, TimeProvider clock, CancellationToken ct)
    {
        zone.RequireWritable(db);
        var item = await ItemAsync(zone, policyId, db, ct);
        var check = Validate(draft);
        if (!check.Valid || check.Error is not null)
        {
            throw new DomainException(Text.Get("Err.RuleInvalid", check.Error?.Message ?? string.Empty));
        }

        if (!check.Publishable)
        {
            throw new DomainException(Text.Get("Err.RuleTestsFail", check.Tests.Count(t => !t.Passed), check.Tests.Count), StatusCodes.Status422UnprocessableEntity);
        }

        var id = CompiledPolicy.Load(draft.Yaml!, "policy.yaml").Policy.Id;
        if (item.RuleId is { } linked && linked != id)
        {
            throw new DomainException(Text.Get("Err.RuleOtherId", id, linked));
        }

        if (item.RuleId is null && await db.PolicyItems.AnyAsync(p => p.ZoneId == zone.Id && p.RuleId == id && p.Id != item.Id, ct))
        {
            throw new DomainException(Text.Get("Err.RuleIdTaken", id), StatusCodes.Status409Conflict);
        }

        var next = 1 + (await db.PolicyRuleRevisions.Where(r => r.ZoneId == zone.Id && r.RuleId == id).MaxAsync(r => (int?)r.Revision, ct) ?? 0);
        var revision = new PolicyRuleRevision(zone.Id, id, next, draft.Yaml!, draft.TestsYaml!, draft.PublishedOn ?? day.Today, db.Scope.UserName ?? "?", clock.GetUtcNow());
        db.PolicyRuleRevisions.Add(revision);
        item.RuleId = id;
        await db.SaveChangesAsync(ct);
        return revision;
    }

    private static async Task<PolicyItem> ItemAsync(ZoneRoute zone, Guid policyId, GaoxinDb db, CancellationToken ct)
        => await db.PolicyItems.FirstOrDefaultAsync(p => p.Id == policyId && p.ZoneId == zone.Id, ct)
            ?? throw new DomainException(Text.Get("Err.NoSuchRecord", Text.Get("Thing.policy")), StatusCodes.Status404NotFound);

    public static void Map(RouteGroupBuilder zone)
    {
        zone.MapGet("/policies/{id:guid}/rules", async Task<Ok<Current>> (ZoneRoute zone, Guid id, GaoxinDb db, CancellationToken ct)
                => TypedResults.Ok(await GetAsync(zone, id, db, ct)))
            .RequireAuthorization(Policies.ApiPolicyEditor).WithName("GetPolicyRules").WithSummary("A guide item's policy as code (YAML and test cases) and its revisions");
        zone.MapPost("/policies/{id:guid}/rules/check", async Task<Ok<Check>> (ZoneRoute zone, Guid id, Draft draft, GaoxinDb db, CancellationToken ct) =>
            {
                await ItemAsync(zone, id, db, ct);
                return TypedResults.Ok(Validate(draft));
            })
            .RequireAuthorization(Policies.ApiPolicyEditor).WithName("CheckPolicyRules").WithSummary("Compiles a draft (errors at line and column) and runs its test cases; writes nothing");
        zone.MapPost("/policies/{id:guid}/rules", async Task<Created<Revision>> (ZoneRoute zone, Guid id, Draft draft, GaoxinDb db, BusinessDay day, TimeProvider clock, CancellationToken ct) =>
            {
                var r = await PublishAsync(zone, id, draft, db, day, clock, ct);
                return TypedResults.Created($"/api/v1/zones/{zone.Zone.Code}/policies/{id}/rules", new Revision(r.Revision, r.Label, r.PublishedOn, r.PublishedBy));
            })
            .RequireAuthorization(Policies.ApiPolicyEditor).WithName("PublishPolicyRules").WithSummary("Publishes a new revision when it compiles and all its test cases pass");
    }
}

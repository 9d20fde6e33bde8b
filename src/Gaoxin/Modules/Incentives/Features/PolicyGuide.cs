using System.ComponentModel.DataAnnotations;
using Gaoxin.Data;
using Gaoxin.Engines.Rules.Policies;
using Gaoxin.Hosting.Api;
using Gaoxin.Modules.Incentives.Domain;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Gaoxin.Modules.Incentives.Features;

public sealed record PolicyItemDto(Guid Id, string Section, string Title, PolicyCategory Kind, string Document, string Content, string Beneficiaries,
    string Conditions, string AmountText, string Procedure, string TimeLimit, string WhereToApply, string Contact, DateOnly PublishedOn,
    DateOnly? ValidUntil, string? RuleId, bool Computable, bool NeedsNoApplication, bool IsSampleData, long Version)
{
    public static PolicyItemDto From(PolicyItem p, PolicyRules.Rule? rule)
    {
        return new(p.Id, p.Section, p.Title, p.Kind, p.Document, p.Content, p.Beneficiaries, p.Conditions, p.AmountText, p.Procedure, p.TimeLimit,
            p.WhereToApply, p.Contact, p.PublishedOn, p.ValidUntil, p.RuleId, rule is not null, rule?.Policy.Policy.NeedsNoApplication ?? false, p.IsSampleData, p.Version);
    }
}

/// <summary>The policy guide (政策指南): search by words, filter by section and kind, page; staff add and edit items.</summary>
public static class PolicyGuide
{
    public sealed record Query(string? Search = null, string? Section = null, PolicyCategory? Kind = null, bool? Computable = null, int Page = 1, int PageSize = 20);

    public sealed record Guide(Paged<PolicyItemDto> Items, IReadOnlyList<SectionCount> Sections);

    public sealed record SectionCount(string Section, int Count);

    public sealed record Request(
        [property: Required, StringLength(50, MinimumLength = 1)] string Section, [property: Required, StringLength(200, MinimumLength = 2)] string Title,
        PolicyCategory Kind, [property: StringLength(300)] string? Document, [property: Required, StringLength(4000, MinimumLength = 2)] string Content,
        [property: StringLength(1000)] string? Beneficiaries, [property: StringLength(2000)] string? Conditions, [property: StringLength(1000)] string? AmountText,
        [property: StringLength(2000)] string? Procedure, [property: StringLength(200)] string? TimeLimit, [property: StringLength(300)] string? WhereToApply,
        [property: StringLength(200)] string? Contact, DateOnly PublishedOn, DateOnly? ValidUntil, [property: StringLength(80)] string? RuleId, long Version = 0);

    public static async Task<Guide> ListAsync(Guid zoneId, Query query, GaoxinDb db, CancellationToken ct)
    {
        var items = db.PolicyItems.AsNoTracking().Where(p => p.ZoneId == zoneId);
        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            var s = query.Search.Trim();
            items = items.Where(p => p.Title.Contains(s) || p.Content.Contains(s) || p.Beneficiaries.Contains(s) || p.Conditions.Contains(s) || p.Document.Contains(s));
        }

        if (query.Kind is { } kind)
        {
            items = items.Where(p => p.Kind == kind);
        }

        if (query.Computable is { } computable)
        {
            items = computable ? items.Where(p => p.RuleId != null) : items.Where(p => p.RuleId == null);
        }

        var sections = await items.GroupBy(p => p.Section).Select(g => new SectionCount(g.Key, g.Count())).ToListAsync(ct);
        if (!string.IsNullOrWhiteSpace(query.Section))
        {
            items = items.Where(p => p.Section == query.Section);
        }

        var size = Math.Clamp(query.PageSize, 1, 200);
        var page = Math.Max(1, query.Page);
        var total = await items.CountAsync(ct);
        var rows = await items.OrderBy(p => p.Section).ThenByDescending(p => p.PublishedOn).ThenBy(p => p.Title).Skip((page - 1) * size).Take(size).ToListAsync(ct);
        var rules = new Dictionary<string, PolicyRules.Rule?>(StringComparer.Ordinal);
        foreach (var ruleId in rows.Select(r => r.RuleId).OfType<string>().Distinct())
        {
            rules[ruleId] = await PolicyRules.FindAsync(db, zoneId, ruleId, ct);
        }

        return new Guide(new Paged<PolicyItemDto>(rows.Select(r => PolicyItemDto.From(r, r.RuleId is null ? null : rules[r.RuleId])).ToList(), total, page, size),
            sections.OrderBy(s => s.Section, StringComparer.Ordinal).ToList());
    }

    public static async Task<PolicyItemDto> DtoAsync(PolicyItem item, Guid zoneId, GaoxinDb db, CancellationToken ct)
        => PolicyItemDto.From(item, await PolicyRules.FindAsync(db, zoneId, item.RuleId, ct));

    public static async Task<PolicyItem> SaveAsync(ZoneRoute zone, Guid? id, Request request, GaoxinDb db, CancellationToken ct)
    {
        RequestValidation.Ensure(request);
        zone.RequireWritable(db);
        if (!Enum.IsDefined(request.Kind))
        {
            throw new DomainException(Text.Get("Err.PolicyKind"));
        }

        if (request.ValidUntil is { } until && until < request.PublishedOn)
        {
            throw new DomainException(Text.Get("Err.PolicyValidUntil"));
        }

        var ruleId = string.IsNullOrWhiteSpace(request.RuleId) ? null : request.RuleId.Trim();
        if (ruleId is not null && !await PolicyRules.ExistsAsync(db, zone.Id, ruleId, ct))
        {
            throw new DomainException(Text.Get("Err.PolicyRule", ruleId, string.Join(", ", ShippedPolicies.All.Keys.Order())));
        }

        PolicyItem item;
        if (id is { } existing)
        {
            item = (await db.PolicyItems.FirstOrDefaultAsync(p => p.Id == existing && p.ZoneId == zone.Id, ct)
                ?? throw new DomainException(Text.Get("Err.NoSuchRecord", Text.Get("Thing.policy")), StatusCodes.Status404NotFound)).RequireVersion(request.Version);
            item.Section = request.Section.Trim();
            item.Title = request.Title.Trim();
            item.Kind = request.Kind;
            item.PublishedOn = request.PublishedOn;
        }
        else
        {
            item = new PolicyItem(zone.Id, request.Section, request.Title, request.Kind, request.PublishedOn);
            db.PolicyItems.Add(item);
        }

        item.Document = request.Document?.Trim() ?? string.Empty;
        item.Content = request.Content.Trim();
        item.Beneficiaries = request.Beneficiaries?.Trim() ?? string.Empty;
        item.Conditions = request.Conditions?.Trim() ?? string.Empty;
        item.AmountText = request.AmountText?.Trim() ?? string.Empty;
        item.Procedure = request.Procedure?.Trim() ?? string.Empty;
        item.TimeLimit = request.TimeLimit?.Trim() ?? string.Empty;
        item.WhereToApply = request.WhereToApply?.Trim() ?? string.Empty;
        item.Contact = request.Contact?.Trim() ?? string.Empty;
        item.ValidUntil = request.ValidUntil;
        item.RuleId = ruleId;
        await db.SaveChangesAsync(ct);
        return item;
    }

    public static void Map(RouteGroupBuilder zone)
    {
        zone.MapGet("/policies", async Task<Ok<Guide>> (ZoneRoute zone, [AsParameters] Query query, GaoxinDb db, CancellationToken ct)
                => TypedResults.Ok(await ListAsync(zone.Id, query, db, ct)))
            .RequireAuthorization(Policies.ApiPolicyReader).WithName("ListPolicies").WithSummary("The zone's policy guide: search, section, kind, computable; paged, with counts by section");
        zone.MapGet("/policies/{id:guid}", async Task<Ok<PolicyItemDto>> (ZoneRoute zone, Guid id, GaoxinDb db, CancellationToken ct)
                => TypedResults.Ok(await DtoAsync(await db.PolicyItems.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id && p.ZoneId == zone.Id, ct)
                    ?? throw new DomainException(Text.Get("Err.NoSuchRecord", Text.Get("Thing.policy")), StatusCodes.Status404NotFound), zone.Id, db, ct)))
            .RequireAuthorization(Policies.ApiPolicyReader).WithName("GetPolicy").WithSummary("One policy item of the guide");
        zone.MapPost("/policies", async Task<Created<PolicyItemDto>> (ZoneRoute zone, Request request, GaoxinDb db, CancellationToken ct) =>
            {
                var item = await SaveAsync(zone, null, request, db, ct);
                return TypedResults.Created($"/api/v1/zones/{zone.Zone.Code}/policies/{item.Id}", await DtoAsync(item, zone.Id, db, ct));
            })
            .RequireAuthorization(Policies.ApiPolicyEditor).WithName("AddPolicy").WithSummary("Adds a policy item to the guide, optionally linked to a policy as code");
        zone.MapPut("/policies/{id:guid}", async Task<Ok<PolicyItemDto>> (ZoneRoute zone, Guid id, Request request, GaoxinDb db, CancellationToken ct)
                => TypedResults.Ok(await DtoAsync(await SaveAsync(zone, id, request, db, ct), zone.Id, db, ct)))
            .RequireAuthorization(Policies.ApiPolicyEditor).WithName("UpdatePolicy").WithSummary("Edits a policy item (version-checked)");
    }
}

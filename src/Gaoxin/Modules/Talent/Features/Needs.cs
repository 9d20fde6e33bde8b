using Gaoxin.Data;
using Gaoxin.Hosting.Api;
using Gaoxin.Engines.Talent;
using Gaoxin.Modules.Innovation.Features;
using Gaoxin.Modules.Talent.Domain;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Gaoxin.Modules.Talent.Features;

public sealed record NeedDto(Guid Id, Guid EnterpriseId, string Enterprise, string Title, string Field, string Description, TitleLevel? WantedTitle, DateOnly Deadline,
    DateTimeOffset PostedAt, int Outcomes, bool Open);

/// <summary>
/// Posts a technology need (技术需求): an enterprise account for its own enterprise, or the pool's keepers for any
/// enterprise of the zone's file. The deadline may not be in the past.
/// </summary>
public static class PostNeed
{
    public sealed record Request(string Title, string Field, DateOnly Deadline, string? Description = null, TitleLevel? WantedTitle = null, Guid? EnterpriseId = null);

    public static async Task<TalentNeed> Handle(Guid zoneId, Request request, GaoxinDb db, BusinessDay day, TimeProvider clock, CancellationToken ct)
    {
        Guid enterprise;
        if (EnterpriseAccess.IsEnterpriseUser(db))
        {
            enterprise = await EnterpriseAccess.OwnEnterpriseAsync(db, ct) ?? throw new DomainException(Text.Get("Talent.Err.NoBinding"), StatusCodes.Status403Forbidden);
            if (request.EnterpriseId is { } asked && asked != enterprise)
            {
                throw FieldsException.One("enterpriseId", Text.Get("Talent.Err.UnknownEnterprise"));
            }

            if (!db.Scope.CanWrite(zoneId))
            {
                throw new DomainException(Text.Get("Err.ReadOnlyZone"), StatusCodes.Status403Forbidden);
            }
        }
        else
        {
            await TalentAccess.RequireKeeperAsync(db, zoneId, ct);
            enterprise = request.EnterpriseId ?? throw FieldsException.One("enterpriseId", Text.Get("Talent.Err.UnknownEnterprise"));
            await TalentAccess.EnterpriseNameAsync(db, zoneId, enterprise, "enterpriseId", ct);
        }

        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(request.Title) || request.Title.Trim().Length > 200)
        {
            errors["title"] = [Text.Get("Talent.Err.NeedTitle")];
        }

        if (string.IsNullOrWhiteSpace(request.Field) || request.Field.Trim().Length > 50)
        {
            errors["field"] = [Text.Get("Talent.Err.NeedField")];
        }

        if ((request.Description?.Length ?? 0) > 2000)
        {
            errors["description"] = [Text.Get("Talent.Err.Description")];
        }

        if (request.Deadline < day.Today || request.Deadline.Year > 2100)
        {
            errors["deadline"] = [Text.Get("Talent.Err.Deadline", day.Today.ToString("yyyy-MM-dd"))];
        }

        if (errors.Count > 0)
        {
            throw new FieldsException(errors);
        }

        var need = new TalentNeed(zoneId, enterprise, request.Title, request.Field, request.Description ?? string.Empty, request.WantedTitle, request.Deadline,
            db.Scope.UserName ?? string.Empty, clock.GetUtcNow());
        db.TalentNeeds.Add(need);
        await db.SaveChangesAsync(ct);
        return need;
    }

    public static void Map(RouteGroupBuilder zone) => zone
        .MapPost("/talent/needs", async Task<Created<NeedDto>> (ZoneRoute zone, Request request, GaoxinDb db, BusinessDay day, TimeProvider clock, CancellationToken ct) =>
        {
            var need = await Handle(zone.Id, request, db, day, clock, ct);
            return TypedResults.Created($"/api/v1/zones/{zone.Zone.Code}/talent/needs/{need.Id}", await GetNeed.Handle(zone.Id, need.Id, db, day.Today, ct));
        })
        .RequireAuthorization(TalentPolicies.ApiTalentNeeds)
        .WithName("PostTalentNeed")
        .WithSummary("Posts an enterprise's technology need (title, field, description, wanted title level, deadline); an enterprise account posts for its own enterprise");
}

public static class GetNeed
{
    public static async Task<NeedDto> Handle(Guid zoneId, Guid id, GaoxinDb db, DateOnly today, CancellationToken ct)
    {
        var n = await TalentAccess.FindNeedAsync(db, zoneId, id, ct);
        var enterprise = await db.Enterprises.Where(e => e.Id == n.EnterpriseId).Select(e => e.Name).FirstAsync(ct);
        var outcomes = await db.TalentMatchOutcomes.CountAsync(o => o.NeedId == id, ct);
        return new NeedDto(n.Id, n.EnterpriseId, enterprise, n.Title, n.Field, n.Description, n.WantedTitle, n.Deadline, n.PostedAt, outcomes, n.Deadline >= today);
    }

    public static void Map(RouteGroupBuilder zone) => zone
        .MapGet("/talent/needs/{id:guid}", async Task<Ok<NeedDto>> (ZoneRoute zone, Guid id, GaoxinDb db, BusinessDay day, CancellationToken ct)
            => TypedResults.Ok(await Handle(zone.Id, id, db, day.Today, ct)))
        .RequireAuthorization(TalentPolicies.ApiTalentNeeds)
        .WithName("GetTalentNeed")
        .WithSummary("One technology need (an enterprise account: its own only)");
}

/// <summary>The zone's needs, latest deadline first; an enterprise account sees its own enterprise's only.</summary>
public static class ListNeeds
{
    public sealed record Query(string? Search = null, bool OpenOnly = false, int Page = 1, int PageSize = 50);

    public static async Task<Paged<NeedDto>> Handle(Guid zoneId, Query query, GaoxinDb db, DateOnly today, CancellationToken ct)
    {
        var needs = db.TalentNeeds.AsNoTracking().Where(n => n.ZoneId == zoneId);
        if (EnterpriseAccess.IsEnterpriseUser(db))
        {
            var own = await EnterpriseAccess.OwnEnterpriseAsync(db, ct);
            needs = needs.Where(n => n.EnterpriseId == own);
        }

        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            var s = query.Search.Trim();
            needs = needs.Where(n => n.Title.Contains(s) || n.Field.Contains(s) || db.Enterprises.Any(e => e.Id == n.EnterpriseId && e.Name.Contains(s)));
        }

        if (query.OpenOnly)
        {
            needs = needs.Where(n => n.Deadline >= today);
        }

        var total = await needs.CountAsync(ct);
        var size = Paging.Clamp(query.PageSize);
        var page = Math.Max(1, query.Page);
        var rows = await needs.OrderByDescending(n => n.Deadline).ThenBy(n => n.Title).ThenBy(n => n.Id).Skip((page - 1) * size).Take(size)
            .Select(n => new NeedDto(n.Id, n.EnterpriseId, db.Enterprises.Where(e => e.Id == n.EnterpriseId).Select(e => e.Name).First(), n.Title, n.Field, n.Description,
                n.WantedTitle, n.Deadline, n.PostedAt, db.TalentMatchOutcomes.Count(o => o.NeedId == n.Id), n.Deadline >= today)).ToListAsync(ct);
        return new Paged<NeedDto>(rows, total, page, size);
    }

    public static void Map(RouteGroupBuilder zone) => zone
        .MapGet("/talent/needs", async Task<Ok<Paged<NeedDto>>> (ZoneRoute zone, [AsParameters] Query query, GaoxinDb db, BusinessDay day, CancellationToken ct)
            => TypedResults.Ok(await Handle(zone.Id, query, db, day.Today, ct)))
        .RequireAuthorization(TalentPolicies.ApiTalentNeeds)
        .WithName("ListTalentNeeds")
        .WithSummary("The zone's technology needs (search, open only, page); an enterprise account: its own");
}

using Gaoxin.Data;
using Gaoxin.Engines.Money;
using Gaoxin.Hosting.Api;
using Gaoxin.Modules.Incentives.Domain;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;

namespace Gaoxin.Modules.Incentives.Features.Grants;

/// <summary>The zone's grants (search, status, policy, period; paged), one grant, the funds' ledgers, and the payout list in Excel.</summary>
public static class ListGrants
{
    public sealed record Query(string? Search = null, GrantStatus? Status = null, Guid? PolicyId = null, int? Period = null, int Page = 1, int PageSize = 50);

    public static async Task<Paged<GrantDto>> ListAsync(Guid zoneId, Query query, GaoxinDb db, CancellationToken ct)
    {
        var grants = Filter(zoneId, query, db);
        var size = Math.Clamp(query.PageSize, 1, 500);
        var page = Math.Max(1, query.Page);
        var total = await grants.CountAsync(ct);
        var rows = await grants.Include(g => g.Steps).OrderByDescending(g => g.Id).Skip((page - 1) * size).Take(size).ToListAsync(ct);
        var titles = await Titles(zoneId, db, ct);
        return new Paged<GrantDto>(rows.Select(g => GrantDto.From(g, titles.GetValueOrDefault(g.PolicyItemId, "?"))).ToList(), total, page, size);
    }

    private static IQueryable<Grant> Filter(Guid zoneId, Query query, GaoxinDb db)
    {
        var grants = db.Grants.AsNoTracking().Where(g => g.ZoneId == zoneId);
        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            var s = query.Search.Trim();
            grants = grants.Where(g => g.EnterpriseName.Contains(s) || (g.CreditCode != null && g.CreditCode.Contains(s)));
        }

        if (query.Status is { } status)
        {
            grants = grants.Where(g => g.Status == status);
        }

        if (query.PolicyId is { } policy)
        {
            grants = grants.Where(g => g.PolicyItemId == policy);
        }

        if (query.Period is { } period)
        {
            grants = grants.Where(g => g.Period == period);
        }

        return grants;
    }

    private static Task<Dictionary<Guid, string>> Titles(Guid zoneId, GaoxinDb db, CancellationToken ct)
        => db.PolicyItems.AsNoTracking().Where(p => p.ZoneId == zoneId && p.RuleId != null).ToDictionaryAsync(p => p.Id, p => p.Title, ct);

    public static async Task<List<FundYearDto>> FundsAsync(Guid zoneId, int year, GaoxinDb db, CancellationToken ct)
        => (await db.FundYears.AsNoTracking().Where(f => f.ZoneId == zoneId && f.Year == year).OrderBy(f => f.FundId).ToListAsync(ct)).Select(FundYearDto.From).ToList();

    /// <summary>The payout list (兑付清单): approved, publicized and paid grants with amounts; text cells neutralised.</summary>
    public static async Task<MemoryStream> PayoutWorkbookAsync(Guid zoneId, Query query, GaoxinDb db, CancellationToken ct)
    {
        var grants = await Filter(zoneId, query, db).Where(g => g.Status == GrantStatus.Approved || g.Status == GrantStatus.Publicized || g.Status == GrantStatus.Paid)
            .OrderBy(g => g.Period).ThenBy(g => g.EnterpriseName).Take(100_000).ToListAsync(ct);
        var titles = await Titles(zoneId, db, ct);
        var rows = grants.Select(g => new Dictionary<string, object?>
        {
            [Text.Get("Grants.Enterprise")] = ExcelFiles.Cell(g.EnterpriseName),
            [Text.Get("Grants.CreditCode")] = g.CreditCode,
            [Text.Get("Grants.Policy")] = ExcelFiles.Cell(titles.GetValueOrDefault(g.PolicyItemId, "?")),
            [Text.Get("Grants.Period")] = g.Period,
            [Text.Get("Grants.AmountYuan")] = Fen.ToYuan(g.AmountFen),
            [Text.Get("Grants.Status")] = Text.Get("Grant." + g.Status),
            [Text.Get("Grants.NoticeUntil")] = g.NoticeUntil?.ToString("yyyy-MM-dd"),
            [Text.Get("Grants.PaidOn")] = g.PaidOn?.ToString("yyyy-MM-dd"),
        });
        var stream = new MemoryStream();
        await stream.SaveAsAsync(rows, cancellationToken: ct);
        stream.Position = 0;
        return stream;
    }

    /// <summary>The same list for the grants page (signed-in cookie, <c>?zone=</c>).</summary>
    public static void MapForPages(IEndpointRouteBuilder app) => app
        .MapGet("/export/payouts.xlsx", async (ZoneRoute zone, [AsParameters] Query query, GaoxinDb db, CancellationToken ct)
            => Results.File(await PayoutWorkbookAsync(zone.Id, query, db, ct), ExcelFiles.ContentType, $"payouts-{zone.Zone.Code}.xlsx"))
        .RequireAuthorization(Policies.PolicyEditor)
        .ExcludeFromDescription();

    public static void Map(RouteGroupBuilder zone)
    {
        zone.MapGet("/grants", async Task<Ok<Paged<GrantDto>>> (ZoneRoute zone, [AsParameters] Query query, GaoxinDb db, CancellationToken ct)
                => TypedResults.Ok(await ListAsync(zone.Id, query, db, ct)))
            .RequireAuthorization(Policies.ApiPolicyEditor).WithName("ListGrants").WithSummary("The zone's grants: search by enterprise, filter by status, policy and period; paged");
        zone.MapGet("/grants/{id:guid}", async Task<Ok<GrantDto>> (ZoneRoute zone, Guid id, GaoxinDb db, CancellationToken ct) =>
            {
                var grant = await db.Grants.AsNoTracking().Include(g => g.Steps).FirstOrDefaultAsync(g => g.Id == id && g.ZoneId == zone.Id, ct)
                    ?? throw new DomainException(Text.Get("Err.NoSuchRecord", Text.Get("Thing.grant")), StatusCodes.Status404NotFound);
                return TypedResults.Ok(GrantDto.From(grant, await db.PolicyItems.Where(p => p.Id == grant.PolicyItemId).Select(p => p.Title).FirstAsync(ct)));
            })
            .RequireAuthorization(Policies.ApiPolicyEditor).WithName("GetGrant").WithSummary("One grant with its steps");
        zone.MapGet("/funds", async Task<Ok<List<FundYearDto>>> (ZoneRoute zone, int? year, GaoxinDb db, BusinessDay day, CancellationToken ct)
                => TypedResults.Ok(await FundsAsync(zone.Id, year ?? day.Today.Year, db, ct)))
            .RequireAuthorization(Policies.ApiPolicyEditor).WithName("ListFunds").WithSummary("The fund ledger of a year: budget, committed, paid and available per fund");
        zone.MapGet("/grants/payouts.xlsx", async (ZoneRoute zone, [AsParameters] Query query, GaoxinDb db, CancellationToken ct)
                => Results.File(await PayoutWorkbookAsync(zone.Id, query, db, ct), ExcelFiles.ContentType, $"payouts-{zone.Zone.Code}.xlsx"))
            .RequireAuthorization(Policies.ApiPolicyEditor).WithName("ExportPayouts").WithSummary("The payout list (approved, publicized, paid) as an Excel workbook");
    }
}

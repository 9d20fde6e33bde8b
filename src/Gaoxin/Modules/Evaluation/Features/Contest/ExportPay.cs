using Gaoxin.Data;
using Gaoxin.Hosting.Api;
using MiniExcelLibs;

namespace Gaoxin.Modules.Evaluation.Features.Contest;

/// <summary>Pay linkage for finance (绩效工资): a published month's pay per unit as Excel; text that would run as a formula is neutralised.</summary>
public static class ExportPay
{
    public static async Task<IResult> Handle(ZoneRoute zone, string? period, GaoxinDb db, BusinessDay day, CancellationToken ct)
    {
        var published = await GetPublishedMonth.Handle(zone.Id, period, null, db, day, ct);
        if (published is null)
        {
            throw new DomainException(Text.Get("Eval.Err.NotPublished", period), StatusCodes.Status404NotFound);
        }

        var stream = new MemoryStream();
        await stream.SaveAsAsync(Rows(published.Result), cancellationToken: ct);
        stream.Position = 0;
        return Results.File(stream, ExcelFiles.ContentType, $"pay-{zone.Zone.Code}-{published.Result.Period}-r{published.Result.Revision}.xlsx");
    }

    public static IEnumerable<Dictionary<string, object?>> Rows(MonthResultDto month) => month.Units.Select(u => new Dictionary<string, object?>
    {
        [Text.Get("Eval.Period")] = month.Period,
        [Text.Get("Eval.Revision")] = month.Revision,
        [Text.Get("Eval.Unit")] = ExcelFiles.Cell(u.Name),
        [Text.Get("Eval.Class")] = ExcelFiles.Cell(u.Class),
        [Text.Get("Eval.Rank")] = u.Rank,
        [Text.Get("Eval.Score")] = u.Score,
        [Text.Get("Eval.Grade")] = ExcelFiles.Cell(u.Grade),
        [Text.Get("Eval.BasePay")] = u.BasePay,
        [Text.Get("Eval.Pay")] = u.Pay,
        [Text.Get("Eval.PayHow")] = ExcelFiles.Cell(u.PayExplanation),
    });

    public static void Map(RouteGroupBuilder zone) => zone
        .MapGet("/evaluation/contest/pay.xlsx", (ZoneRoute zone, string? period, GaoxinDb db, BusinessDay day, CancellationToken ct) => Handle(zone, period, db, day, ct))
        .RequireAuthorization(Policies.ApiEvaluationReader)
        .WithName("ExportContestPay")
        .WithSummary("A published month's performance pay per unit for finance, as Excel (?period=2022-06)");

    /// <summary>For pages (cookie sign-in): the same workbook.</summary>
    public static void MapForPages(IEndpointRouteBuilder app) => app
        .MapGet("/export/evaluation/pay.xlsx", (ZoneRoute zone, string? period, GaoxinDb db, BusinessDay day, CancellationToken ct) => Handle(zone, period, db, day, ct))
        .RequireAuthorization(Policies.EvaluationReader)
        .ExcludeFromDescription();
}

using Gaoxin.Data;
using Gaoxin.Hosting.Api;
using MiniExcelLibs;

namespace Gaoxin.Modules.Chains.Features;

/// <summary>A chain's links with their figures as Excel (the figures of the chain page, of a chosen year or each firm's latest).</summary>
public static class ExportChain
{
    public static void Map(IEndpointRouteBuilder app) => app
        .MapGet("/export/chains/{code}.xlsx", async (ZoneRoute zone, string code, int? year, GaoxinDb db, BusinessDay day, CancellationToken ct) =>
        {
            var view = await GetChains.GetAsync(db, zone.Id, code, year, day.Today, ct);
            var stream = new MemoryStream();
            await stream.SaveAsAsync(Rows(view.Links), cancellationToken: ct);
            stream.Position = 0;
            return Results.File(stream, ExcelFiles.ContentType, $"chain-{zone.Zone.Code}-{view.Chain.Code}.xlsx");
        })
        .RequireAuthorization(Policies.ProjectReader)
        .ExcludeFromDescription();

    public static IEnumerable<Dictionary<string, object?>> Rows(IEnumerable<LinkFigures> links) => links.Select(l => new Dictionary<string, object?>
    {
        [Text.Get("Chain.Edit.Code")] = ExcelFiles.Cell(l.Code),
        [Text.Get("Chain.Link")] = ExcelFiles.Cell(l.Name),
        [Text.Get("Chain.Status")] = Text.Get("Chain.Status." + l.Status),
        [Text.Get("Chain.Enterprises")] = l.EnterpriseCount,
        [Text.Get("Chain.Projects")] = l.ProjectCount,
        [Text.Get("Chain.Export.Output")] = l.Output,
        [Text.Get("Chain.Export.Tax")] = l.Tax,
        ["HNTE"] = l.HnteCount,
        ["SRDI"] = l.SrdiCount,
        [Text.Get("Chain.Export.Investment")] = l.ProjectInvestment,
    });
}

using Gaoxin.Data;
using Gaoxin.Hosting.Api;
using MiniExcelLibs;

namespace Gaoxin.Modules.Innovation.Features.Incubation;

/// <summary>The university–enterprise centres as Excel, with the list's search, level and order; text that would run as a formula is neutralised.</summary>
public static class ExportCentres
{
    public static void Map(IEndpointRouteBuilder app) => app
        .MapGet("/export/centres.xlsx", async (ZoneRoute zone, [AsParameters] Centres.Query query, GaoxinDb db, CancellationToken ct) =>
        {
            var all = await Centres.ListAsync(zone.Id, query with { Page = 1, PageSize = 500 }, db, ct);
            var stream = new MemoryStream();
            await stream.SaveAsAsync(Rows(all.Items), cancellationToken: ct);
            stream.Position = 0;
            return Results.File(stream, ExcelFiles.ContentType, $"centres-{zone.Zone.Code}.xlsx");
        })
        .RequireAuthorization(Policies.InnovationReader)
        .ExcludeFromDescription();

    public static IEnumerable<Dictionary<string, object?>> Rows(IEnumerable<CentreDto> centres) => centres.Select(c => new Dictionary<string, object?>
    {
        [Text.Get("Cen.Name")] = ExcelFiles.Cell(c.Name),
        [Text.Get("Cen.Partner")] = ExcelFiles.Cell(c.Partner),
        [Text.Get("Cen.Field")] = ExcelFiles.Cell(c.Field),
        [Text.Get("Cen.Enterprise")] = ExcelFiles.Cell(c.Enterprise ?? string.Empty),
        [Text.Get("Inc.Level")] = Text.Get("Inc.Level." + c.Level),
        [Text.Get("Cen.Start")] = c.StartOn.ToString("yyyy-MM-dd"),
        [Text.Get("Cen.End")] = c.EndOn?.ToString("yyyy-MM-dd"),
    });
}

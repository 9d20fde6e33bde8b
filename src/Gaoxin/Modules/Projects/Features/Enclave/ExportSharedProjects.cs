using Gaoxin.Data;
using Gaoxin.Hosting.Api;
using Gaoxin.Modules.Projects.Domain;
using MiniExcelLibs;

namespace Gaoxin.Modules.Projects.Features.Enclave;

/// <summary>The 飞地项目 list (projects other zones share with this zone) as Excel, with the page's status filter.</summary>
public static class ExportSharedProjects
{
    public static void Map(IEndpointRouteBuilder app) => app
        .MapGet("/export/shared-projects.xlsx", async (ZoneRoute zone, ShareStatus? status, GaoxinDb db, CancellationToken ct) =>
        {
            var rows = await SharedProjects.ListAsync(zone, status, db, ct);
            var stream = new MemoryStream();
            await stream.SaveAsAsync(Rows(rows), cancellationToken: ct);
            stream.Position = 0;
            return Results.File(stream, ExcelFiles.ContentType, $"shared-projects-{zone.Zone.Code}.xlsx");
        })
        .RequireAuthorization(Policies.ProjectReader)
        .ExcludeFromDescription();

    public static IEnumerable<Dictionary<string, object?>> Rows(IEnumerable<SharedProjects.Row> rows) => rows.Select(r => new Dictionary<string, object?>
    {
        [Text.Get("Enclave.Host")] = ExcelFiles.Cell(r.Share.HostZoneName),
        [Text.Get("Projects.Code")] = ExcelFiles.Cell(r.Share.ProjectCode),
        [Text.Get("Projects.Name")] = ExcelFiles.Cell(r.Share.ProjectName),
        [Text.Get("Projects.Stage")] = Text.Get("Stage." + r.Stage),
        [Text.Get("Projects.Total")] = r.TotalInvestment,
        [Text.Get("Enclave.OurPercent")] = r.Share.PartnerPercent,
        [Text.Get("Enclave.OurPart")] = r.PartnerTotal,
        [Text.Get("Enclave.Status")] = Text.Get("Share." + r.Share.Status),
    });
}

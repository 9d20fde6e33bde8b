using Gaoxin.Data;
using Gaoxin.Hosting.Api;
using Gaoxin.Modules.Projects.Features.Ledger;

namespace Gaoxin.Modules.Projects.Features;

/// <summary>The project ledger (台账) as Excel with the filters of the list, in the import template's columns; formula text neutralised.</summary>
public static class ExportProjects
{
    public static void Map(IEndpointRouteBuilder app) => app
        .MapGet("/export/projects.xlsx", async (ZoneRoute zone, [AsParameters] ListProjects.Query query, GaoxinDb db, BusinessDay day, CancellationToken ct) =>
        {
            var stream = new MemoryStream();
            await LedgerExport.WriteAsync(stream, zone.Zone, query, query.Year ?? day.Today.Year, db, ct);
            stream.Position = 0;
            return Results.File(stream, ExcelFiles.ContentType, $"projects-{zone.Zone.Code}.xlsx");
        })
        .RequireAuthorization(Policies.ProjectReader)
        .ExcludeFromDescription();
}

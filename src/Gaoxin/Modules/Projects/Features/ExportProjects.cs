using Gaoxin.Data;
using Gaoxin.Modules.Zones.Features;
using MiniExcelLibs;
using Microsoft.EntityFrameworkCore;

namespace Gaoxin.Modules.Projects.Features;

/// <summary>The project ledger (台账) as Excel, with the filters of the list; text that would run as a formula is neutralised.</summary>
public static class ExportProjects
{
    public static void Map(IEndpointRouteBuilder app) => app
        .MapGet("/export/projects.xlsx", async (string zone, [AsParameters] ListProjects.Query query, GaoxinDb db, CancellationToken ct) =>
        {
            if (await db.FindVisibleAsync(zone, ct) is not { } z)
            {
                return Results.Problem(statusCode: 404, title: Text.Get("Title.NotFound"), detail: Text.Get("Err.ZoneNotVisible", zone));
            }

            var zh = System.Globalization.CultureInfo.CurrentUICulture.Name.StartsWith("zh", StringComparison.Ordinal);
            var year = query.Year;
            var projects = await ListProjects.Filter(query, z, db)
                .Select(p => new
                {
                    p.Code, p.Name, p.Investor, p.Industry, p.Chain, p.Location, p.PlannedTotalInvestmentFen, p.KeyLevel, p.Tags, p.Stage, p.StageSince,
                    YearFen = year == null ? null : p.YearPlans.Where(y => y.Year == year).Select(y => (long?)y.PlannedFen).FirstOrDefault(),
                })
                .ToListAsync(ct);
            var rows = projects.Select(p => new Dictionary<string, object?>
            {
                [zh ? "项目编号" : "Code"] = Cell(p.Code),
                [zh ? "项目名称" : "Name"] = Cell(p.Name),
                [zh ? "投资方" : "Investor"] = Cell(p.Investor),
                [zh ? "行业" : "Industry"] = Cell(p.Industry),
                [zh ? "产业链" : "Chain"] = Cell(p.Chain),
                [zh ? "建设地点" : "Location"] = Cell(p.Location),
                [zh ? "计划总投资（万元）" : "Planned total (10k yuan)"] = p.PlannedTotalInvestmentFen / 1_000_000m,
                [zh ? $"{year}年计划投资（万元）" : $"Planned {year} (10k yuan)"] = p.YearFen / 1_000_000m,
                [zh ? "重点级别" : "Key level"] = p.KeyLevel.ToString(),
                [zh ? "专项" : "Programmes"] = Cell(p.Tags),
                [zh ? "阶段" : "Stage"] = Text.Get("Stage." + p.Stage),
                [zh ? "阶段日期" : "Since"] = p.StageSince.ToString("yyyy-MM-dd"),
            });
            var stream = new MemoryStream();
            await stream.SaveAsAsync(rows, cancellationToken: ct);
            stream.Position = 0;
            return Results.File(stream, ExcelFiles.ContentType, $"projects-{z.Code}.xlsx");
        })
        .RequireAuthorization(Policies.ProjectReader)
        .ExcludeFromDescription();

    private static string Cell(string text) => ExcelFiles.Cell(text);
}

using System.Data;
using Gaoxin.Data;
using Gaoxin.Engines.Money;
using Gaoxin.Modules.Projects.Domain;
using Gaoxin.Modules.Zones.Domain;
using MiniExcelLibs;
using Microsoft.EntityFrameworkCore;

namespace Gaoxin.Modules.Projects.Features.Ledger;

/// <summary>
/// Writes the ledger workbook: the template (headers and a guide sheet) or a zone's projects with a year's plan and
/// monthly investment — in the same columns, so an exported ledger can be corrected and imported again. Text that
/// would run as a formula in Excel is neutralised.
/// </summary>
public static class LedgerExport
{
    public static async Task WriteTemplateAsync(Stream stream, CancellationToken ct)
        => await stream.SaveAsAsync(Workbook([], []), cancellationToken: ct);

    public static async Task WriteAsync(Stream stream, Zone zone, ListProjects.Query query, int year, GaoxinDb db, CancellationToken ct)
    {
        var departments = await db.Departments.AsNoTracking().Where(d => d.ZoneId == zone.Id).ToDictionaryAsync(d => d.Id, d => d.Name, ct);
        var projects = await ListProjects.Filter(query, zone, db).Include(p => p.YearPlans).ToListAsync(ct);
        var ids = projects.Select(p => p.Id).ToHashSet();
        var reports = await db.MonthlyReports.AsNoTracking().Where(r => r.ZoneId == zone.Id && r.Year == year).OrderBy(r => r.Month).ToListAsync(ct);
        var codes = projects.ToDictionary(p => p.Id, p => p.Code);
        var projectRows = projects.Select(p =>
        {
            var plan = p.YearPlans.FirstOrDefault(y => y.Year == year);
            return new object?[]
            {
                p.Code, p.Name, p.Investor, p.InvestorCreditCode, p.Industry, p.Chain, Hosting.Text.Get("Channel." + p.Channel), p.IsForeign ? "是" : "否", p.IsFortune500 ? "是" : "否",
                p.Location, p.LandMu, p.PlannedTotalInvestmentFen / 1_000_000m, plan is null ? null : year, plan is null ? null : plan.PlannedFen / 1_000_000m,
                string.Join("、", new[] { KeyLevel.Provincial, KeyLevel.City, KeyLevel.Zone }.Where(k => p.KeyLevel.HasFlag(k)).Select(k => Hosting.Text.Get("KeyLevel." + k))),
                string.Join("、", p.TagList), p.ResponsibleDepartmentId is { } d ? departments.GetValueOrDefault(d) : null, Hosting.Text.Get("Stage." + p.Stage),
                p.StageSince.ToString("yyyy-MM-dd"), p.PlannedStart?.ToString("yyyy-MM"),
            };
        }).ToList();
        var monthlyRows = reports.Where(r => ids.Contains(r.ProjectId)).Select(r => new object?[]
        {
            codes[r.ProjectId], r.Year, r.Month, r.ReportedFen / 1_000_000m, r.StatisticalFen is { } s ? s / 1_000_000m : null, r.Notes,
        }).ToList();
        await stream.SaveAsAsync(Workbook(projectRows, monthlyRows), cancellationToken: ct);
    }

    private static Dictionary<string, object> Workbook(List<object?[]> projects, List<object?[]> monthly) => new()
    {
        [LedgerColumns.Projects.Name] = Table(LedgerColumns.Projects, projects),
        [LedgerColumns.Monthly.Name] = Table(LedgerColumns.Monthly, monthly),
        [Hosting.Text.Get("Ledger.GuideSheet")] = Guide(),
    };

    private static DataTable Table(LedgerSheet sheet, List<object?[]> rows)
    {
        var table = new DataTable(sheet.Name);
        foreach (var column in sheet.Columns)
        {
            table.Columns.Add(column.Header, typeof(object));
        }

        foreach (var row in rows)
        {
            table.Rows.Add(row.Select(v => v is string s ? ExcelFiles.Cell(s) : v ?? DBNull.Value).ToArray());
        }

        return table;
    }

    private static DataTable Guide()
    {
        var table = new DataTable("guide");
        foreach (var header in new[] { "工作表 Sheet", "列 Column", "必填 Required", "填写要求（中文）", "What it expects" })
        {
            table.Columns.Add(header, typeof(string));
        }

        foreach (var sheet in LedgerColumns.Sheets)
        {
            foreach (var c in sheet.Columns)
            {
                table.Rows.Add(sheet.Name, c.Header, c.Required ? "是 yes" : "否 no", c.ExpectedZh, c.ExpectedEn);
            }
        }

        return table;
    }

    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/export/templates/ledger.xlsx", async (CancellationToken ct) =>
            {
                var stream = new MemoryStream();
                await WriteTemplateAsync(stream, ct);
                stream.Position = 0;
                return Results.File(stream, ExcelFiles.ContentType, "gaoxin-ledger-template.xlsx");
            })
            .RequireAuthorization(Policies.ProjectReader).ExcludeFromDescription();
    }
}

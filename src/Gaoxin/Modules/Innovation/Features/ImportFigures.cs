using System.Data;
using System.Text.Json;
using Gaoxin.Data;
using Gaoxin.Engines.Identifiers;
using Gaoxin.Hosting.Api;
using Gaoxin.Modules.Innovation.Domain;
using Gaoxin.Modules.Projects.Features.Ledger;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;

namespace Gaoxin.Modules.Innovation.Features;

public sealed record FiguresImportReport(bool Imported, int YearsCreated, int YearsUpdated, IReadOnlyList<ImportError> Errors);

/// <summary>The yearly figures workbook: one row per enterprise (by credit code) and year; money in 万元.</summary>
public static class FiguresColumns
{
    public static readonly LedgerSheet Figures = new("figures", "年度数据", "Yearly figures",
    [
        new("creditCode", "统一社会信用代码", "Credit code", true, "本园区已建档企业的 18 位统一社会信用代码", "the 18-character credit code of an enterprise on file in the zone"),
        new("name", "企业名称", "Name", false, "仅供阅读，不导入", "for reading only, not imported"),
        new("year", "年度", "Year", true, "2000 至今年", "2000 to this year"),
        new("staff", "从业人员", "Staff", true, "不小于 0 的整数", "a whole number of at least 0"),
        new("scienceStaff", "科技人员", "S&T staff", false, "不小于 0、不超过从业人员的整数", "a whole number from 0 to the staff"),
        new("revenue", "营业收入（万元）", "Revenue (10k yuan)", true, "不小于 0 的金额", "an amount of at least 0"),
        new("mainBusinessRevenue", "主营业务收入（万元）", "Main-business revenue (10k yuan)", false, "不超过营业收入的金额", "an amount up to the revenue"),
        new("highTechIncome", "高新技术产品（服务）收入（万元）", "High-tech income (10k yuan)", false, "不超过营业收入的金额", "an amount up to the revenue"),
        new("rdExpense", "研发费用（万元）", "R&D expense (10k yuan)", false, "不超过营业收入的金额", "an amount up to the revenue"),
        new("rdInChina", "境内研发费用（万元）", "R&D in China (10k yuan)", false, "不超过研发费用的金额", "an amount up to the R&D expense"),
        new("assets", "资产总额（万元）", "Assets (10k yuan)", false, "不小于 0 的金额", "an amount of at least 0"),
        new("tax", "纳税额（万元）", "Tax (10k yuan)", false, "不小于 0 的金额", "an amount of at least 0"),
        new("output", "工业总产值（万元）", "Output (10k yuan)", false, "不小于 0 的金额", "an amount of at least 0"),
        new("exports", "出口额（万元）", "Exports (10k yuan)", false, "不小于 0 的金额", "an amount of at least 0"),
        new("outwardSupply", "对外配套额（万元）", "Outward supply (10k yuan)", false, "不小于 0 的金额：向本市以外制造企业的实际配套额", "an amount of at least 0: actual supply to manufacturers outside the city"),
        new("inventionPatents", "发明专利", "Invention patents", false, "不小于 0 的整数", "a whole number of at least 0"),
        new("otherClassOneIp", "其他Ⅰ类知识产权", "Other Class I IP", false, "不小于 0 的整数（集成电路布图设计、植物新品种等）", "a whole number of at least 0 (IC layouts, plant varieties, …)"),
        new("utilityModels", "实用新型专利", "Utility models", false, "不小于 0 的整数", "a whole number of at least 0"),
        new("designPatents", "外观设计专利", "Design patents", false, "不小于 0 的整数", "a whole number of at least 0"),
        new("softwareCopyrights", "软件著作权", "Software copyrights", false, "不小于 0 的整数", "a whole number of at least 0"),
        new("innovationScore", "创新能力自评分", "Innovation score", false, "0 至 100 的整数", "a whole number from 0 to 100"),
        new("reason", "更正理由", "Reason", false, "覆盖企业自报数据时必填，不超过 500 个字符", "required when it overwrites figures the enterprise reported; up to 500 characters"),
    ]);

    public static readonly IReadOnlyList<LedgerSheet> Sheets = [Figures];

    public static DataTable Table(IEnumerable<object?[]> rows)
    {
        var table = new DataTable(Figures.Name);
        foreach (var column in Figures.Columns)
        {
            table.Columns.Add(column.Header, typeof(object));
        }

        foreach (var row in rows)
        {
            table.Rows.Add(row.Select(v => v is string s ? ExcelFiles.Cell(s) : v ?? DBNull.Value).ToArray());
        }

        return table;
    }

    public static object?[] Row(Enterprise e, EnterpriseYear y) =>
    [
        e.CreditCode, e.Name, y.Year, y.Staff, y.ScienceStaff, y.RevenueFen / 1_000_000m, y.MainBusinessRevenueFen / 1_000_000m, y.HighTechIncomeFen / 1_000_000m,
        y.RdExpenseFen / 1_000_000m, y.RdInChinaFen / 1_000_000m, y.AssetsFen / 1_000_000m, y.TaxFen / 1_000_000m, y.OutputFen / 1_000_000m, y.ExportsFen / 1_000_000m,
        y.OutwardSupplyFen / 1_000_000m, y.InventionPatents, y.OtherClassOneIp, y.UtilityModels, y.DesignPatents, y.SoftwareCopyrights, y.InnovationScore, null,
    ];
}

/// <summary>
/// Imports yearly figures from Excel: every row is checked first (credit code valid and on file, year, numbers,
/// contradictions); a file with any bad row writes nothing and gets a row-by-row 422 report; a good file is written
/// whole, each year with a history entry.
/// </summary>
public static class ImportFigures
{
    public static async Task<FiguresImportReport> Handle(Guid zoneId, Stream file, GaoxinDb db, BusinessDay day, TimeProvider clock, CancellationToken ct)
    {
        EnterpriseAccess.RequireStaff(db);
        if (!db.Scope.CanWrite(zoneId))
        {
            throw new DomainException(Text.Get("Err.ReadOnlyZone"), StatusCodes.Status403Forbidden);
        }

        var sheets = LedgerWorkbook.Read(file, FiguresColumns.Sheets);
        var errors = new List<ImportError>(sheets.Errors);
        var rows = sheets.Rows.GetValueOrDefault(FiguresColumns.Figures.Key) ?? [];
        if (rows.Count == 0 && errors.Count == 0)
        {
            throw new DomainException(Text.Get("Ent.Err.ImportEmpty", FiguresColumns.Figures.Name));
        }

        var enterprises = await db.Enterprises.AsNoTracking().Where(e => e.ZoneId == zoneId).ToDictionaryAsync(e => e.CreditCode, e => e.Id, ct);
        var existing = await db.EnterpriseYears.Where(y => y.ZoneId == zoneId).ToListAsync(ct);
        var byKey = existing.ToDictionary(y => (y.EnterpriseId, y.Year));
        var seen = new HashSet<(string, int)>();
        var parsed = new List<(Guid Enterprise, int Year, FigureValues Values, string? Reason)>();
        foreach (var row in rows)
        {
            var check = new RowCheck(FiguresColumns.Figures, row, errors);
            var code = check.Text("creditCode", 40)?.ToUpperInvariant();
            Guid? enterprise = null;
            if (code is { Length: > 0 })
            {
                if (CreditCode.Check(code) is { } problem)
                {
                    check.Fail("creditCode", Text.Get("Err.CreditCode." + problem, code));
                }
                else if (!enterprises.TryGetValue(code, out var id))
                {
                    check.Fail("creditCode", Text.Get("Ent.Err.NotOnFile", code));
                }
                else
                {
                    enterprise = id;
                }
            }

            var year = check.Integer("year", 2000, day.Today.Year);
            long Wan(string key) => check.Wan(key) is { } w ? (long)(w * 1_000_000m) : 0;
            int Count(string key) => check.Integer(key, 0, 10_000_000) ?? 0;
            var values = new FigureValues(Count("staff"), Count("scienceStaff"), Wan("revenue"), Wan("mainBusinessRevenue"), Wan("highTechIncome"), Wan("rdExpense"),
                Wan("rdInChina"), Wan("assets"), Wan("tax"), Wan("output"), Wan("exports"), Wan("outwardSupply"), Count("inventionPatents"), Count("otherClassOneIp"),
                Count("utilityModels"), Count("designPatents"), Count("softwareCopyrights"), check.Integer("innovationScore", 0, 100));
            var reason = check.Text("reason", 500);
            if (check.Ok)
            {
                foreach (var (field, key, args) in values.Problems())
                {
                    check.Fail(field, Text.Get(key, args.Select(a => a is string s && key != "Ent.Err.ScienceOverStaff" ? Text.Get("Ent.Field." + s) : a).ToArray()));
                }
            }

            if (code is { Length: > 0 } && year is { } y && !seen.Add((code, y)))
            {
                check.Fail("year", Text.Get("Ent.Err.YearTwiceInFile", code, y));
            }

            if (enterprise is { } eid && year is { } yy && byKey.TryGetValue((eid, yy), out var current) && current.Source == FiguresSource.Enterprise && string.IsNullOrWhiteSpace(reason))
            {
                check.Fail("reason", Text.Get("Ent.Err.ReasonNeeded"));
            }

            if (check.Ok && enterprise is { } e && year is { } ok)
            {
                parsed.Add((e, ok, values, string.IsNullOrWhiteSpace(reason) ? null : reason));
            }
        }

        if (errors.Count > 0)
        {
            return new FiguresImportReport(false, 0, 0, errors.OrderBy(e => e.Row).ToList());
        }

        int created = 0, updated = 0;
        var now = clock.GetUtcNow();
        var by = db.Scope.UserName ?? "?";
        foreach (var (enterprise, year, values, reason) in parsed)
        {
            if (!byKey.TryGetValue((enterprise, year), out var row))
            {
                row = new EnterpriseYear(zoneId, enterprise, year);
                db.EnterpriseYears.Add(row);
                created++;
            }
            else
            {
                updated++;
            }

            row.Set(values, FiguresSource.Import, by, now);
            db.FiguresRevisions.Add(new FiguresRevision(zoneId, enterprise, year, FiguresSource.Import, by, now, reason, JsonSerializer.Serialize(values)));
        }

        await db.SaveChangesAsync(ct);
        return new FiguresImportReport(true, created, updated, []);
    }

    public static void Map(RouteGroupBuilder zone) => zone
        .MapPost("/imports/enterprise-figures", async Task<Results<Ok<FiguresImportReport>, ProblemHttpResult>> (ZoneRoute zone, HttpRequest http, GaoxinDb db, BusinessDay day, TimeProvider clock, CancellationToken ct) =>
        {
            await using var stream = await UploadedFile.ReadFirstAsync(http, ct);
            var report = await Handle(zone.Id, stream, db, day, clock, ct);
            return report.Imported
                ? TypedResults.Ok(report)
                : TypedResults.Problem(statusCode: StatusCodes.Status422UnprocessableEntity, title: Text.Get("Title.Refused"), detail: Text.Get("Err.ImportRows", report.Errors.Count),
                    extensions: new Dictionary<string, object?> { ["errors"] = report.Errors });
        })
        .RequireAuthorization(Policies.ApiInnovationEditor)
        .Accepts<IFormFile>("multipart/form-data")
        .DisableAntiforgery()
        .WithMetadata(new UploadLimit(LedgerWorkbook.MaxBytes))
        .WithName("ImportEnterpriseFigures")
        .WithSummary("Imports yearly figures (.xlsx); any bad row: nothing written, 422 with a row-by-row report");
}

/// <summary>The enterprise list as Excel (filters of the list) with a figures sheet in the import columns, and the empty import template.</summary>
public static class ExportEnterprises
{
    public static async Task WriteAsync(Stream stream, Guid zoneId, ListEnterprises.Query query, DateOnly today, GaoxinDb db, CancellationToken ct)
    {
        var year = query.Year ?? today.Year - 1;
        var enterprises = await ListEnterprises.Filter(query, zoneId, db, today).ToListAsync(ct);
        var ids = enterprises.Select(e => e.Id).ToList();
        var years = await db.EnterpriseYears.AsNoTracking().Where(y => y.ZoneId == zoneId && y.Year == year).ToListAsync(ct);
        var held = await db.Qualifications.AsNoTracking().Where(q => q.ZoneId == zoneId && q.GrantedOn <= today && q.ExpiresOn >= today).ToListAsync(ct);
        var list = new DataTable("enterprises");
        foreach (var header in new[] { "企业名称 Name", "统一社会信用代码 Credit code", "注册日期 Registered", "行业 Industry", "产业链 Chain", "地址 Address", "联系人 Contact", "电话 Phone", "有效资质 Qualifications", "示例数据 Sample" })
        {
            list.Columns.Add(header, typeof(object));
        }

        foreach (var e in enterprises)
        {
            var kinds = string.Join("、", held.Where(q => q.EnterpriseId == e.Id).Select(q => Text.Get("Qual." + q.Kind)).Distinct());
            list.Rows.Add(new object?[] { e.Name, e.CreditCode, e.RegisteredOn?.ToString("yyyy-MM-dd"), e.Industry, e.Chain, e.Address, e.ContactName, e.ContactPhone, kinds, e.IsSampleData ? "是" : "否" }
                .Select(v => v is string s ? ExcelFiles.Cell(s) : v ?? DBNull.Value).ToArray());
        }

        var byId = enterprises.ToDictionary(e => e.Id);
        var figures = FiguresColumns.Table(years.Where(y => byId.ContainsKey(y.EnterpriseId)).OrderBy(y => byId[y.EnterpriseId].Name, StringComparer.Ordinal)
            .Select(y => FiguresColumns.Row(byId[y.EnterpriseId], y)));
        await stream.SaveAsAsync(new Dictionary<string, object> { ["企业 Enterprises"] = list, [FiguresColumns.Figures.Name] = figures }, cancellationToken: ct);
    }

    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/export/enterprises.xlsx", async (ZoneRoute zone, [AsParameters] ListEnterprises.Query query, GaoxinDb db, BusinessDay day, CancellationToken ct) =>
            {
                EnterpriseAccess.RequireStaff(db);
                var stream = new MemoryStream();
                await WriteAsync(stream, zone.Id, query, day.Today, db, ct);
                stream.Position = 0;
                return Results.File(stream, ExcelFiles.ContentType, $"enterprises-{zone.Zone.Code}.xlsx");
            })
            .RequireAuthorization(Policies.InnovationReader)
            .ExcludeFromDescription();

        app.MapGet("/export/templates/enterprise-figures.xlsx", async (CancellationToken ct) =>
            {
                var stream = new MemoryStream();
                await stream.SaveAsAsync(new Dictionary<string, object> { [FiguresColumns.Figures.Name] = FiguresColumns.Table([]) }, cancellationToken: ct);
                stream.Position = 0;
                return Results.File(stream, ExcelFiles.ContentType, "gaoxin-enterprise-figures-template.xlsx");
            })
            .RequireAuthorization(Policies.InnovationEditor)
            .ExcludeFromDescription();
    }
}

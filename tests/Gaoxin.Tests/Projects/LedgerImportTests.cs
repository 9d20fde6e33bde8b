using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Gaoxin.Hosting.Cli;
using Gaoxin.Tests.Foundation;
using Gaoxin.Tests.Infrastructure;

namespace Gaoxin.Tests.Projects;

[Collection(nameof(ConsoleCollection))]
public sealed class LedgerImportTests
{
    internal static readonly object?[] ProjectHeader = ["项目编号 Code", "项目名称 Name", "投资方 Investor", "计划总投资（万元） Planned total (10k yuan)", "计划年度 Plan year",
        "年度计划投资（万元） Year plan (10k yuan)", "重点级别 Key level", "责任单位 Unit", "阶段 Stage", "阶段日期 Since"];

    internal static readonly object?[] MonthlyHeader = ["项目编号", "年", "月", "本月完成（万元）", "入统数（万元）"];

    internal static byte[] BadLedger() => Workbook.Build(
        ("项目 Projects",
        [
            ProjectHeader,
            ["IMP-001", "智能仪表产业园", "某仪表公司", 20000m, 2022, 6000m, "市重点", "项目办", "开工", "2022-03-01"],
            ["IMP-002", null, "某材料公司", 8000m, 2022, 2000m, null, null, "签约", "2022-02-01"],
            ["IMP-003", "负数项目", "某公司", -5m, null, null, null, null, "签约", "2022-02-01"],
            ["IMP-004", "阶段不明项目", "=cmd|' /C calc'!A0", 3000m, null, null, null, null, "快开工了", "2022-02-01"],
            ["IMP-001", "重复编号", null, 3000m, null, null, null, "不存在的部门", "签约", "2023-01-01"],
        ]),
        ("月度投资 Monthly",
        [
            MonthlyHeader,
            ["IMP-001", 2022, 3, new Workbook.Formula("B2*100", 500m), null],
            ["IMP-999", 2022, 4, 100m, null],
            ["IMP-001", 2022, 9, 100m, null],
        ]));

    internal static byte[] GoodLedger() => Workbook.Build(
        ("项目 Projects",
        [
            ProjectHeader,
            ["IMP-001", "智能仪表产业园", "某仪表公司", 20000m, 2022, 6000m, "市重点、园区重点", "项目办", "开工", "2022-03-01"],
            ["IMP-002", "新材料项目", "某材料公司", 8000m, 2022, 2000m, null, null, "签约", "2022-02-01"],
        ]),
        ("月度投资 Monthly",
        [
            MonthlyHeader,
            ["IMP-001", 2022, 3, 500m, 500m],
            ["IMP-001", 2022, 4, 500m, null],
            ["IMP-002", 2022, 4, 100m, null],
        ]));

    private static MultipartFormDataContent Form(byte[] file, string name = "ledger.xlsx")
    {
        var content = new ByteArrayContent(file);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        return new MultipartFormDataContent { { content, "file", name } };
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_ledger_with_bad_rows_writes_nothing_and_reports_each_row_then_the_fixed_one_imports_whole(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var client = await app.ClientForAsync("chengde");
        var before = (await client.GetFromJsonAsync<JsonElement>("/api/v1/zones/chengde/projects?pageSize=1")).GetProperty("total").GetInt32();

        var refused = await client.PostAsync("/api/v1/zones/chengde/imports/ledger", Form(BadLedger()));
        var detail = await Problem.AssertAsync(refused, HttpStatusCode.UnprocessableEntity);
        Assert.Contains("Nothing was imported", detail, StringComparison.Ordinal);
        var body = JsonDocument.Parse(await refused.Content.ReadAsStringAsync()).RootElement;
        var errors = body.GetProperty("errors").EnumerateArray()
            .Select(e => (Sheet: e.GetProperty("sheet").GetString(), Row: e.GetProperty("row").GetInt32(), Column: e.GetProperty("column").GetString(), Problem: e.GetProperty("problem").GetString()!, Expected: e.GetProperty("expected").GetString()!))
            .ToList();
        bool Has(int row, string column, string? text = null) => errors.Any(e => e.Sheet == "项目 Projects" && e.Row == row && e.Column!.Contains(column, StringComparison.Ordinal) && (text is null || e.Problem.Contains(text, StringComparison.Ordinal)));
        bool HasMonthly(int row, string column, string? text = null) => errors.Any(e => e.Sheet == "月度投资 Monthly" && e.Row == row && e.Column!.Contains(column, StringComparison.Ordinal) && (text is null || e.Problem.Contains(text, StringComparison.Ordinal)));
        Assert.True(Has(3, "Name", "must be filled"), string.Join("\n", errors));
        Assert.True(Has(4, "Planned total"), string.Join("\n", errors));
        Assert.True(Has(5, "Investor", "would run as a formula"), string.Join("\n", errors));
        Assert.True(Has(5, "Stage", "快开工了"), string.Join("\n", errors));
        Assert.True(Has(6, "Code", "more than once"), string.Join("\n", errors));
        Assert.True(Has(6, "Unit", "不存在的部门"), string.Join("\n", errors));
        Assert.True(Has(6, "Since"), string.Join("\n", errors));
        Assert.True(HasMonthly(2, "Reported", "formula"), string.Join("\n", errors));
        Assert.True(HasMonthly(3, "Code", "IMP-999"), string.Join("\n", errors));
        Assert.True(HasMonthly(4, "Month", "2022-07"), string.Join("\n", errors));
        Assert.All(errors, e => Assert.False(string.IsNullOrWhiteSpace(e.Expected)));
        Assert.False(Has(2, "Code"));
        Assert.Equal(before, (await client.GetFromJsonAsync<JsonElement>("/api/v1/zones/chengde/projects?pageSize=1")).GetProperty("total").GetInt32());

        var imported = await client.PostAsync("/api/v1/zones/chengde/imports/ledger", Form(GoodLedger()));
        Assert.Equal(HttpStatusCode.OK, imported.StatusCode);
        var report = await imported.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(2, report.GetProperty("projectsCreated").GetInt32());
        Assert.Equal(3, report.GetProperty("monthlyReports").GetInt32());
        var list = await client.GetFromJsonAsync<JsonElement>("/api/v1/zones/chengde/projects?search=IMP-001&year=2022");
        var project = Assert.Single(list.GetProperty("items").EnumerateArray());
        Assert.Equal(200_000_000m, project.GetProperty("plannedTotalInvestment").GetDecimal());
        Assert.Equal("Zone, City", project.GetProperty("keyLevel").GetString());
        Assert.Equal("Started", project.GetProperty("stage").GetString());
        // 1000万 by April against a 6000万 plan: 16.7% done, 33.3% elapsed — yellow, judged on import.
        Assert.Equal("Yellow", project.GetProperty("light").GetString());

        // The same file again: the months are already reported, so nothing is written a second time.
        var again = await client.PostAsync("/api/v1/zones/chengde/imports/ledger", Form(GoodLedger()));
        await Problem.AssertAsync(again, HttpStatusCode.UnprocessableEntity);
        var months = await client.GetFromJsonAsync<JsonElement>($"/api/v1/zones/chengde/projects/{project.GetProperty("id").GetString()}/reports?year=2022");
        Assert.Equal(2, months.GetArrayLength());
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Files_that_are_not_workbooks_are_refused_with_a_message(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var client = await app.ClientForAsync("chengde");
        Assert.Contains("not an Excel workbook", await Problem.AssertAsync(await client.PostAsync("/api/v1/zones/chengde/imports/ledger", Form("code,name\n1,2"u8.ToArray(), "ledger.csv")), HttpStatusCode.UnsupportedMediaType), StringComparison.Ordinal);
        byte[] corrupt = [.. "PK\u0003\u0004"u8, .. new byte[200]];
        Assert.Contains("damaged", await Problem.AssertAsync(await client.PostAsync("/api/v1/zones/chengde/imports/ledger", Form(corrupt)), HttpStatusCode.UnsupportedMediaType), StringComparison.Ordinal);
        var wrongHeaders = Workbook.Build(("Projects", [["编号", "名字"], ["A", "B"]]));
        var response = await client.PostAsync("/api/v1/zones/chengde/imports/ledger", Form(wrongHeaders));
        await Problem.AssertAsync(response, HttpStatusCode.UnprocessableEntity);
        var problems = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("problem").GetString()).ToList();
        Assert.Contains("Column \"编号\" is not a column of the template.", problems);
        Assert.Contains("Column \"项目编号 Code\" is missing.", problems);
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task The_cli_imports_and_exports_the_ledger(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        string[] config = [$"--Database:Provider={provider}", $"--ConnectionStrings:Gaoxin={app.ConnectionString}", "--Demo:Enabled=true"];
        var folder = Directory.CreateTempSubdirectory("gaoxin-ledger-");
        try
        {
            var bad = Path.Combine(folder.FullName, "bad.xlsx");
            await File.WriteAllBytesAsync(bad, BadLedger());
            var refused = await CliTests.CaptureAsync(() => GaoxinCli.RunAsync(["import", "projects", bad, "--zone", "chengde", .. config]));
            Assert.Equal(2, refused.Exit);
            Assert.Contains("row 3", refused.Error, StringComparison.Ordinal);

            var good = Path.Combine(folder.FullName, "good.xlsx");
            await File.WriteAllBytesAsync(good, GoodLedger());
            var imported = await CliTests.CaptureAsync(() => GaoxinCli.RunAsync(["import", "projects", good, "--zone", "chengde", .. config]));
            Assert.True(imported.Exit == 0, imported.Error);
            Assert.Contains("2 projects added", imported.Text, StringComparison.Ordinal);

            var output = Path.Combine(folder.FullName, "out.xlsx");
            var exported = await CliTests.CaptureAsync(() => GaoxinCli.RunAsync(["export", "projects", "--zone", "chengde", "--year", "2022", "-o", output, .. config]));
            Assert.True(exported.Exit == 0, exported.Error);
            await using var stream = File.OpenRead(output);
            var rows = MiniExcelLibs.MiniExcel.Query(stream, useHeaderRow: true).Cast<IDictionary<string, object>>().ToList();
            Assert.Equal(111, rows.Count); // the demo's 109 projects with a 2022 plan, and the two imported
            Assert.Contains(rows, r => (r["项目编号 Code"] as string) == "IMP-002");
        }
        finally
        {
            folder.Delete(true);
        }
    }
}

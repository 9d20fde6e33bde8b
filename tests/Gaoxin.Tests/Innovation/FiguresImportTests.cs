using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Gaoxin.Tests.Infrastructure;

namespace Gaoxin.Tests.Innovation;

public sealed class FiguresImportTests
{
    private const string Sheet = "年度数据 Yearly figures";

    private static readonly object?[] Header =
        ["统一社会信用代码", "企业名称", "年度", "从业人员", "科技人员", "营业收入（万元）", "研发费用（万元）", "境内研发费用（万元）", "高新技术产品（服务）收入（万元）", "对外配套额（万元）", "发明专利", "更正理由"];

    internal static MultipartFormDataContent Form(byte[] file)
    {
        var content = new ByteArrayContent(file);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        return new MultipartFormDataContent { { content, "file", "figures.xlsx" } };
    }

    private static async Task<Dictionary<string, string>> CodesAsync(HttpClient client)
    {
        var list = await client.GetFromJsonAsync<JsonElement>("/api/v1/zones/liudong/enterprises");
        return list.GetProperty("items").EnumerateArray().ToDictionary(i => i.GetProperty("name").GetString()!, i => i.GetProperty("creditCode").GetString()!);
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_file_with_any_bad_row_writes_nothing_and_reports_each_row_then_the_fixed_file_imports_whole(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var staff = await app.ClientForAsync("liudong");
        var codes = await CodesAsync(staff);
        var nexteer = codes["耐世特汽车系统（柳州）有限公司"];
        var guige = codes["柳州桂格光电科技有限公司"];
        var wrongCheck = nexteer[..17] + (nexteer[17] == '0' ? '1' : '0');

        var bad = Workbook.Build((Sheet,
        [
            Header,
            [nexteer, "耐世特", 2022m, 1_250m, 230m, 95_000m, 4_000m, 4_000m, 80_000m, 6_500m, 12m, null],  // row 2: good (2022 is this year in the demo)
            [guige, "桂格", 2022m, 300m, 301m, 6_000m, 200m, 200m, 4_000m, 1_200m, 1m, null],            // row 3: S&T staff above staff
            [guige, "桂格", 2018m, 260m, 40m, 5_000m, 6_000m, 100m, 3_000m, 0m, 1m, null],               // row 4: R&D above revenue
            [wrongCheck, "错码", 2021m, 10m, 1m, 100m, 1m, 1m, 1m, 0m, 0m, null],                         // row 5: wrong check character
            ["91350100M000100Y43", "不在档", 2021m, 10m, 1m, 100m, 1m, 1m, 1m, 0m, 0m, null],             // row 6: valid, not on file here
            [nexteer, "耐世特", 2022m, 1_250m, 230m, 95_000m, 4_000m, 4_000m, 80_000m, 6_500m, 12m, null],  // row 7: same year twice
            [guige, "桂格", 2021m, 260m, 40m, 12_000m, 500m, 500m, 13_000m, 3_000m, 1m, null],            // row 8: high-tech income above revenue
            [guige, "桂格", 2023m, 260m, 40m, 12_000m, 500m, 500m, 9_000m, 3_000m, 1m, null],             // row 9: future year
            [guige, "桂格", 2017m, -3m, 0m, 12_000m, 500m, 500m, 9_000m, 3_000m, 1m, null],               // row 10: negative staff
        ]));
        var refused = await staff.PostAsync("/api/v1/zones/liudong/imports/enterprise-figures", Form(bad));
        await Problem.AssertAsync(refused, (HttpStatusCode)422);
        var errors = (await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").EnumerateArray().ToList();
        var byRow = errors.GroupBy(e => e.GetProperty("row").GetInt32()).ToDictionary(g => g.Key, g => g.Select(e => e.GetProperty("column").GetString() + ": " + e.GetProperty("problem").GetString()).ToList());
        Assert.Equal([3, 4, 5, 6, 7, 8, 9, 10], byRow.Keys.Order().ToArray());
        Assert.Contains(byRow[3], m => m.Contains("S&T staff", StringComparison.Ordinal) && m.Contains("301", StringComparison.Ordinal));
        Assert.Contains(byRow[4], m => m.Contains("R&D expense", StringComparison.Ordinal));
        Assert.Contains(byRow[5], m => m.Contains("check character", StringComparison.Ordinal));
        Assert.Contains(byRow[6], m => m.Contains("No enterprise", StringComparison.Ordinal));
        Assert.Contains(byRow[7], m => m.Contains("twice", StringComparison.Ordinal));
        Assert.Contains(byRow[8], m => m.Contains("High-tech income", StringComparison.Ordinal));
        Assert.Contains(byRow[9], m => m.StartsWith("年度 Year", StringComparison.Ordinal));
        Assert.Contains(byRow[10], m => m.StartsWith("从业人员 Staff", StringComparison.Ordinal));
        Assert.All(errors, e => Assert.False(string.IsNullOrEmpty(e.GetProperty("expected").GetString())));

        // Nothing written: no 2022 figures, the 2021 ones unchanged.
        var nexteerId = await EnterpriseTests.IdOfAsync(staff, "liudong", "耐世特汽车系统（柳州）有限公司");
        var guigeId = await EnterpriseTests.IdOfAsync(staff, "liudong", "柳州桂格光电科技有限公司");
        Assert.DoesNotContain((await staff.GetFromJsonAsync<JsonElement>($"/api/v1/zones/liudong/enterprises/{nexteerId}/figures")).EnumerateArray(), y => y.GetProperty("year").GetInt32() == 2022);

        var good = Workbook.Build((Sheet,
        [
            Header,
            [nexteer, "耐世特", 2022m, 1_250m, 230m, 95_000m, 4_000m, 4_000m, 80_000m, 6_500m, 12m, null],
            [guige.ToLowerInvariant(), "桂格", 2021m, 260m, 40m, 12_000m, 500m, 500m, 9_000m, 3_200.5m, 1m, "按年报更正"],
        ]));
        var imported = await staff.PostAsync("/api/v1/zones/liudong/imports/enterprise-figures", Form(good));
        Assert.Equal(HttpStatusCode.OK, imported.StatusCode);
        var report = await imported.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(1, report.GetProperty("yearsCreated").GetInt32());
        Assert.Equal(1, report.GetProperty("yearsUpdated").GetInt32());
        var y2021 = (await staff.GetFromJsonAsync<JsonElement>($"/api/v1/zones/liudong/enterprises/{guigeId}/figures")).EnumerateArray().Single(y => y.GetProperty("year").GetInt32() == 2021);
        Assert.Equal(32_005_000m, y2021.GetProperty("figures").GetProperty("outwardSupply").GetDecimal());
        Assert.Equal("Import", y2021.GetProperty("source").GetString());
        var history = (await staff.GetFromJsonAsync<JsonElement>($"/api/v1/zones/liudong/enterprises/{guigeId}/figures/2021/history")).EnumerateArray().ToList();
        Assert.Equal("按年报更正", history[0].GetProperty("reason").GetString());
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Overwriting_what_the_enterprise_reported_needs_a_reason_and_formulas_are_refused(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var staff = await app.ClientForAsync("chengde");
        var id = await EnterpriseTests.IdOfAsync(staff, "chengde", "承德示例精密仪表有限公司");
        var code = (await staff.GetFromJsonAsync<JsonElement>($"/api/v1/zones/chengde/enterprises/{id}")).GetProperty("creditCode").GetString()!;
        var enterprise = await app.ClientForAsync("chengde-ent");
        var year = (await enterprise.GetFromJsonAsync<JsonElement>($"/api/v1/zones/chengde/enterprises/{id}/figures")).EnumerateArray().Single(y => y.GetProperty("year").GetInt32() == 2021);
        var reported = await enterprise.PutAsJsonAsync($"/api/v1/zones/chengde/enterprises/{id}/figures/2021",
            new { figures = new { staff = 120, scienceStaff = 22, revenue = 80_000_000m, rdExpense = 3_000_000m, rdInChina = 3_000_000m }, version = year.GetProperty("version").GetInt64() });
        Assert.Equal(HttpStatusCode.OK, reported.StatusCode);

        var file = Workbook.Build((Sheet,
        [
            Header,
            [code, "示例", 2021m, 120m, 22m, 8_000m, 400m, 400m, 5_800m, 0m, 2m, null],
            [code, "示例", 2020m, 120m, new Workbook.Formula("B1*2", 44m), 8_000m, 280m, 280m, 5_800m, 0m, 2m, null],
        ]));
        var refused = await staff.PostAsync("/api/v1/zones/chengde/imports/enterprise-figures", Form(file));
        await Problem.AssertAsync(refused, (HttpStatusCode)422);
        var errors = (await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").EnumerateArray().ToList();
        Assert.Contains(errors, e => e.GetProperty("row").GetInt32() == 2 && e.GetProperty("column").GetString()!.StartsWith("更正理由", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.GetProperty("row").GetInt32() == 3 && e.GetProperty("column").GetString()!.StartsWith("科技人员", StringComparison.Ordinal));

        Assert.Equal(HttpStatusCode.Forbidden, (await enterprise.PostAsync("/api/v1/zones/chengde/imports/enterprise-figures", Form(file))).StatusCode);
        var notExcel = await staff.PostAsync("/api/v1/zones/chengde/imports/enterprise-figures", Form("not a workbook"u8.ToArray()));
        await Problem.AssertAsync(notExcel, HttpStatusCode.UnsupportedMediaType);
    }
}

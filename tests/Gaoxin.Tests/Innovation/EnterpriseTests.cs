using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Gaoxin.Tests.Infrastructure;

namespace Gaoxin.Tests.Innovation;

public sealed class EnterpriseTests
{
    // Valid codes made for these tests: "91130800" + organisation code 61234567 with its GB 11714 check digit 5, then the GB 32100 check character.
    private const string Valid = "911308006123456756";
    private const string ValidToo = "91350100M000100Y43";

    internal static async Task<Guid> IdOfAsync(HttpClient client, string zone, string name)
    {
        var list = await client.GetFromJsonAsync<JsonElement>($"/api/v1/zones/{zone}/enterprises?search={Uri.EscapeDataString(name)}");
        return list.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("name").GetString() == name).GetProperty("id").GetGuid();
    }

    private static async Task<JsonElement> ErrorsAsync(HttpResponseMessage response)
    {
        await Problem.AssertAsync(response, HttpStatusCode.BadRequest);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task An_enterprise_is_entered_with_a_checked_credit_code_unique_in_its_zone(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var staff = await app.ClientForAsync("chengde");

        var created = await staff.PostAsJsonAsync("/api/v1/zones/chengde/enterprises", new
        {
            name = "承德测试新材料有限公司", creditCode = Valid.ToLowerInvariant(), registeredOn = "2018-05-02", industry = "新材料", chain = "新材料",
            address = "承德高新区", contactName = "王工", contactPhone = "0314-1234567",
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var body = await created.Content.ReadFromJsonAsync<JsonElement>();
        var id = body.GetProperty("id").GetGuid();
        Assert.Equal(Valid, body.GetProperty("creditCode").GetString()); // stored upper-case
        Assert.EndsWith($"/enterprises/{id}", created.Headers.Location!.OriginalString, StringComparison.Ordinal);

        foreach (var (code, says) in new[] { ("911308006123456757", "check character"), ("9113080061234567O6", "character"), ("91130800612345675", "18"), ("", "") })
        {
            var wrong = await staff.PostAsJsonAsync("/api/v1/zones/chengde/enterprises", new { name = "承德错误代码有限公司", creditCode = code });
            var errors = await ErrorsAsync(wrong);
            Assert.True(errors.TryGetProperty("creditCode", out var messages), code + " " + errors.GetRawText());
            Assert.Contains(says, messages[0].GetString()!, StringComparison.OrdinalIgnoreCase);
        }

        var twice = await staff.PostAsJsonAsync("/api/v1/zones/chengde/enterprises", new { name = "承德重复代码有限公司", creditCode = Valid });
        Assert.Contains(Valid, await Problem.AssertAsync(twice, HttpStatusCode.Conflict), StringComparison.Ordinal);
        // Another zone may file the same enterprise (e.g. a branch registered there).
        var elsewhere = await (await app.ClientForAsync("xianyang")).PostAsJsonAsync("/api/v1/zones/xianyang/enterprises", new { name = "咸阳同码企业有限公司", creditCode = Valid });
        Assert.Equal(HttpStatusCode.Created, elsewhere.StatusCode);

        var one = await staff.GetFromJsonAsync<JsonElement>($"/api/v1/zones/chengde/enterprises/{id}");
        Assert.Equal("王工", one.GetProperty("contactName").GetString());
        var version = one.GetProperty("version").GetInt64();
        var fields = new { name = "承德测试新材料股份有限公司", creditCode = Valid, registeredOn = "2018-05-02", industry = "新材料", chain = "新材料", nicheSince = "2019-01-01" };
        var updated = await staff.PutAsJsonAsync($"/api/v1/zones/chengde/enterprises/{id}", new { fields, version });
        Assert.Equal(HttpStatusCode.OK, updated.StatusCode);
        Assert.Equal("承德测试新材料股份有限公司", (await updated.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("name").GetString());
        var stale = await staff.PutAsJsonAsync($"/api/v1/zones/chengde/enterprises/{id}", new { fields = fields with { name = "过期版本" }, version });
        await Problem.AssertAsync(stale, HttpStatusCode.Conflict);
        var other = await staff.PostAsJsonAsync("/api/v1/zones/chengde/enterprises", new { name = "承德另一家有限公司", creditCode = ValidToo });
        var otherId = (await other.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var takeOver = await staff.PutAsJsonAsync($"/api/v1/zones/chengde/enterprises/{otherId}", new { fields = new { name = "承德另一家有限公司", creditCode = Valid }, version = 0 });
        await Problem.AssertAsync(takeOver, HttpStatusCode.Conflict);
        var future = await staff.PutAsJsonAsync($"/api/v1/zones/chengde/enterprises/{otherId}", new { fields = new { name = "承德另一家有限公司", creditCode = ValidToo, registeredOn = "2030-01-01" }, version = 0 });
        Assert.True((await ErrorsAsync(future)).TryGetProperty("registeredOn", out _));
        Assert.Equal(HttpStatusCode.NotFound, (await staff.GetAsync($"/api/v1/zones/chengde/enterprises/{Guid.CreateVersion7()}")).StatusCode);
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task The_list_searches_filters_sorts_pages_and_exports(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var guiyang = await app.ClientForAsync("guiyang");

        var hnte = await guiyang.GetFromJsonAsync<JsonElement>("/api/v1/zones/guiyang/enterprises?qualification=Hnte&pageSize=50&page=2&sort=name");
        Assert.Equal(341, hnte.GetProperty("total").GetInt32());
        var names = hnte.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("name").GetString()!).ToList();
        Assert.Equal(50, names.Count);
        Assert.Equal(names.Order(StringComparer.Ordinal).ToList(), names);
        Assert.All(hnte.GetProperty("items").EnumerateArray(), i => Assert.True(i.GetProperty("isSampleData").GetBoolean()));
        var desc = await guiyang.GetFromJsonAsync<JsonElement>("/api/v1/zones/guiyang/enterprises?sort=name&descending=true&pageSize=1");
        var first = await guiyang.GetFromJsonAsync<JsonElement>("/api/v1/zones/guiyang/enterprises?sort=name&pageSize=500");
        Assert.Equal(first.GetProperty("items").EnumerateArray().Last().GetProperty("name").GetString(), desc.GetProperty("items")[0].GetProperty("name").GetString());
        Assert.Equal(0, (await guiyang.GetFromJsonAsync<JsonElement>("/api/v1/zones/guiyang/enterprises?qualification=TechSme")).GetProperty("total").GetInt32());

        var liudong = await app.ClientForAsync("liudong");
        var found = await liudong.GetFromJsonAsync<JsonElement>("/api/v1/zones/liudong/enterprises?search=耐世特&year=2021");
        var nexteer = Assert.Single(found.GetProperty("items").EnumerateArray());
        Assert.Equal(1_800_000_000m, nexteer.GetProperty("revenue").GetDecimal());
        var byIndustry = await liudong.GetFromJsonAsync<JsonElement>("/api/v1/zones/liudong/enterprises?industry=汽车零部件&sort=revenue&descending=true&year=2021");
        Assert.Equal(["耐世特汽车系统（柳州）有限公司", "柳州桂格光电科技有限公司"], byIndustry.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("name").GetString()).ToArray());

        var browser = await app.BrowserAsync("liudong");
        var export = await browser.GetAsync("/export/enterprises.xlsx?zone=liudong&year=2021");
        Assert.Equal(HttpStatusCode.OK, export.StatusCode);
        var sheets = MiniExcelLibs.MiniExcel.GetSheetNames(new MemoryStream(await export.Content.ReadAsByteArrayAsync()));
        Assert.Contains("年度数据 Yearly figures", sheets);
        var rows = MiniExcelLibs.MiniExcel.Query(new MemoryStream(await export.Content.ReadAsByteArrayAsync()), sheetName: "年度数据 Yearly figures", useHeaderRow: true).Cast<IDictionary<string, object?>>().ToList();
        Assert.Equal(2, rows.Count);
        Assert.Contains(rows, r => Convert.ToDecimal(r["对外配套额（万元） Outward supply (10k yuan)"], System.Globalization.CultureInfo.InvariantCulture) == 3_000m);
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task An_enterprise_account_keeps_only_its_own_file(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var staff = await app.ClientForAsync("chengde");
        var own = await IdOfAsync(staff, "chengde", "承德示例精密仪表有限公司");
        var other = await IdOfAsync(staff, "chengde", "承德宏达智能装备有限公司");
        var enterprise = await app.ClientForAsync("chengde-ent");

        Assert.Equal(HttpStatusCode.OK, (await enterprise.GetAsync($"/api/v1/zones/chengde/enterprises/{own}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await enterprise.GetAsync($"/api/v1/zones/chengde/enterprises/{other}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await enterprise.GetAsync($"/api/v1/zones/chengde/enterprises/{other}/precheck")).StatusCode);
        var foreignFigures = await enterprise.PutAsJsonAsync($"/api/v1/zones/chengde/enterprises/{other}/figures/2021", new { figures = new { staff = 10, revenue = 100m }, version = 1 });
        await Problem.AssertAsync(foreignFigures, HttpStatusCode.NotFound);
        Assert.Equal(HttpStatusCode.Forbidden, (await enterprise.GetAsync("/api/v1/zones/chengde/enterprises")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await enterprise.PostAsJsonAsync("/api/v1/zones/chengde/enterprises", new { name = "越权企业", creditCode = Valid })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await enterprise.GetAsync("/api/v1/zones/chengde/innovation/summary")).StatusCode);
        var qualification = await enterprise.PostAsJsonAsync($"/api/v1/zones/chengde/enterprises/{own}/qualifications", new { kind = "Hnte", level = "National", grantedOn = "2022-01-01" });
        Assert.Equal(HttpStatusCode.Forbidden, qualification.StatusCode);
        // Its own particulars, yes; its credit code, no (it identifies the file).
        var file = await enterprise.GetFromJsonAsync<JsonElement>($"/api/v1/zones/chengde/enterprises/{own}");
        var renamed = await enterprise.PutAsJsonAsync($"/api/v1/zones/chengde/enterprises/{own}", new
        {
            fields = new { name = "承德示例精密仪表有限公司", creditCode = file.GetProperty("creditCode").GetString(), contactPhone = "0314-7654321", registeredOn = "2015-04-08" },
            version = file.GetProperty("version").GetInt64(),
        });
        Assert.Equal(HttpStatusCode.OK, renamed.StatusCode);
        var recoded = await enterprise.PutAsJsonAsync($"/api/v1/zones/chengde/enterprises/{own}", new
        {
            fields = new { name = "承德示例精密仪表有限公司", creditCode = ValidToo }, version = file.GetProperty("version").GetInt64() + 1,
        });
        await Problem.AssertAsync(recoded, HttpStatusCode.Forbidden);
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Leaders_and_project_officers_read_an_enterprises_figures_but_do_not_write_them(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var admin = await app.ClientForAsync("admin");
        var staff = await app.ClientForAsync("chengde");
        var id = await IdOfAsync(staff, "chengde", "承德示例精密仪表有限公司");
        var before = await staff.GetStringAsync($"/api/v1/zones/chengde/enterprises/{id}/figures");
        foreach (var role in new[] { "Leader", "ProjectOfficer" })
        {
            var name = "figures-" + role.ToLowerInvariant();
            Assert.True((await admin.PostAsJsonAsync("/api/v1/users", new { userName = name, displayName = "示例" + role, password = "Reader@2026", role, zone = "chengde" })).IsSuccessStatusCode);
            var reader = await app.ClientForAsync(name, "Reader@2026");
            Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync($"/api/v1/zones/chengde/enterprises/{id}/figures")).StatusCode);
            var written = await reader.PutAsJsonAsync($"/api/v1/zones/chengde/enterprises/{id}/figures/2020", new { figures = new { staff = 10, revenue = 100m }, version = 0 });
            await Problem.AssertAsync(written, HttpStatusCode.Forbidden);
        }

        Assert.Equal(before, await staff.GetStringAsync($"/api/v1/zones/chengde/enterprises/{id}/figures"));
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Reported_figures_change_the_hnte_pre_check_and_staff_corrections_keep_their_reason(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var enterprise = await app.ClientForAsync("chengde-ent");
        var staff = await app.ClientForAsync("chengde");
        var id = await IdOfAsync(staff, "chengde", "承德示例精密仪表有限公司");

        var before = await enterprise.GetFromJsonAsync<JsonElement>($"/api/v1/zones/chengde/enterprises/{id}/precheck?year=2021");
        var hnte = before.EnumerateArray().Single(p => p.GetProperty("kind").GetString() == "Hnte");
        Assert.False(hnte.GetProperty("eligible").GetBoolean());
        Assert.Contains("国科发火〔2016〕32号", hnte.GetProperty("document").GetString(), StringComparison.Ordinal);
        var rd = hnte.GetProperty("criteria").EnumerateArray().Single(c => c.GetProperty("code").GetString() == "hnte.rd");
        Assert.Equal("NotMet", rd.GetProperty("status").GetString());
        Assert.Equal("R&D intensity 3.5% over 2019–2021, needs 4% for sales band 50 m–200 m yuan (short by 0.5).", rd.GetProperty("text").GetString());
        Assert.Contains("5000万–2亿", rd.GetProperty("zh").GetString(), StringComparison.Ordinal);

        var year = (await enterprise.GetFromJsonAsync<JsonElement>($"/api/v1/zones/chengde/enterprises/{id}/figures")).EnumerateArray().Single(y => y.GetProperty("year").GetInt32() == 2021);
        var figures = year.GetProperty("figures");
        var version = year.GetProperty("version").GetInt64();
        object Changed(decimal rdExpense, int? science = null, decimal? revenue = null, decimal? highTech = null, int? patents = null) => new
        {
            staff = 120, scienceStaff = science ?? 22, revenue = revenue ?? 80_000_000m, mainBusinessRevenue = 74_000_000m, highTechIncome = highTech ?? 58_000_000m,
            rdExpense, rdInChina = Math.Min(rdExpense, 2_800_000m) + (rdExpense > 2_800_000m ? rdExpense - 2_800_000m : 0), assets = 90_000_000m, tax = 4_200_000m,
            output = 86_000_000m, exports = 3_000_000m, inventionPatents = patents ?? 2, utilityModels = 6, designPatents = 1, softwareCopyrights = 3, innovationScore = 75,
        };

        // Contradictions are refused naming the field, and nothing is written.
        var bad = new (object Figures, string Field)[]
        {
            (Changed(2_800_000m, science: 121), "scienceStaff"),
            (Changed(90_000_000m, revenue: 80_000_000m), "rdExpense"),
            (Changed(2_800_000m, highTech: 80_000_001m), "highTechIncome"),
            (Changed(2_800_000m, patents: -1), "inventionPatents"),
            (Changed(-5m), "rdExpense"),
            (Changed(2_800_000.001m), "rdExpense"),
        };
        foreach (var (badFigures, field) in bad)
        {
            var refused = await enterprise.PutAsJsonAsync($"/api/v1/zones/chengde/enterprises/{id}/figures/2021", new { figures = badFigures, version });
            Assert.True((await ErrorsAsync(refused)).TryGetProperty(field, out _), field);
        }

        Assert.Equal(figures.GetRawText(), (await enterprise.GetFromJsonAsync<JsonElement>($"/api/v1/zones/chengde/enterprises/{id}/figures")).EnumerateArray().Single(y => y.GetProperty("year").GetInt32() == 2021).GetProperty("figures").GetRawText());
        var future = await enterprise.PutAsJsonAsync($"/api/v1/zones/chengde/enterprises/{id}/figures/2023", new { figures = Changed(1m), version = 0 });
        Assert.True((await ErrorsAsync(future)).TryGetProperty("year", out _));

        // R&D 2021 up to 500万: (280 + 280 + 500) / 24000 = 4.4% ≥ 4%.
        var reported = await enterprise.PutAsJsonAsync($"/api/v1/zones/chengde/enterprises/{id}/figures/2021", new { figures = Changed(5_000_000m), version });
        Assert.Equal(HttpStatusCode.OK, reported.StatusCode);
        var now = await reported.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Enterprise", now.GetProperty("source").GetString());
        Assert.Equal("chengde-ent", now.GetProperty("reportedBy").GetString());
        var after = await enterprise.GetFromJsonAsync<JsonElement>($"/api/v1/zones/chengde/enterprises/{id}/precheck?year=2021");
        Assert.True(after.EnumerateArray().Single(p => p.GetProperty("kind").GetString() == "Hnte").GetProperty("eligible").GetBoolean());

        var stale = await enterprise.PutAsJsonAsync($"/api/v1/zones/chengde/enterprises/{id}/figures/2021", new { figures = Changed(5_000_000m), version });
        await Problem.AssertAsync(stale, HttpStatusCode.Conflict);

        // Staff correct the enterprise's figures only with a reason, which the history keeps.
        var newVersion = now.GetProperty("version").GetInt64();
        var noReason = await staff.PutAsJsonAsync($"/api/v1/zones/chengde/enterprises/{id}/figures/2021", new { figures = Changed(4_000_000m), version = newVersion });
        Assert.True((await ErrorsAsync(noReason)).TryGetProperty("reason", out _));
        var corrected = await staff.PutAsJsonAsync($"/api/v1/zones/chengde/enterprises/{id}/figures/2021", new { figures = Changed(4_000_000m), version = newVersion, reason = "按审计报告更正研发费用" });
        Assert.Equal(HttpStatusCode.OK, corrected.StatusCode);
        var history = (await staff.GetFromJsonAsync<JsonElement>($"/api/v1/zones/chengde/enterprises/{id}/figures/2021/history")).EnumerateArray().ToList();
        Assert.Equal(["Staff", "Enterprise", "Demo"], history.Select(h => h.GetProperty("source").GetString()).ToArray());
        Assert.Equal("按审计报告更正研发费用", history[0].GetProperty("reason").GetString());
        Assert.Equal(4_000_000m, history[0].GetProperty("figures").GetProperty("rdExpense").GetDecimal());
        Assert.Equal(5_000_000m, history[1].GetProperty("figures").GetProperty("rdExpense").GetDecimal());
        Assert.Equal(2_800_000m, history[2].GetProperty("figures").GetProperty("rdExpense").GetDecimal());
        // The enterprise reads its history too.
        Assert.Equal(3, (await enterprise.GetFromJsonAsync<JsonElement>($"/api/v1/zones/chengde/enterprises/{id}/figures/2021/history")).GetArrayLength());
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Qualifications_refuse_an_expiry_before_the_grant_and_alert_before_expiry(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var staff = await app.ClientForAsync("chengde");
        var id = await IdOfAsync(staff, "chengde", "承德示例精密仪表有限公司");

        var backwards = await staff.PostAsJsonAsync($"/api/v1/zones/chengde/enterprises/{id}/qualifications",
            new { kind = "Hnte", level = "National", certificateNumber = "GR202213000999", grantedOn = "2022-03-01", expiresOn = "2022-02-28" });
        var errors = await ErrorsAsync(backwards);
        Assert.Contains("2022-02-28", errors.GetProperty("expiresOn")[0].GetString(), StringComparison.Ordinal);
        var file = await staff.GetFromJsonAsync<JsonElement>($"/api/v1/zones/chengde/enterprises/{id}");
        Assert.DoesNotContain(file.GetProperty("qualifications").EnumerateArray(), q => q.GetProperty("kind").GetString() == "Hnte");

        var granted = await staff.PostAsJsonAsync($"/api/v1/zones/chengde/enterprises/{id}/qualifications",
            new { kind = "Hnte", level = "National", certificateNumber = "GR202213000999", grantedOn = "2022-03-01" });
        Assert.Equal(HttpStatusCode.Created, granted.StatusCode);
        var q = await granted.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("2025-02-28", q.GetProperty("expiresOn").GetString()); // valid three years
        Assert.True(q.GetProperty("inForce").GetBoolean());
        var qid = q.GetProperty("id").GetGuid();
        var corrected = await staff.PutAsJsonAsync($"/api/v1/zones/chengde/qualifications/{qid}",
            new { kind = "Hnte", level = "National", certificateNumber = "GR202213000998", grantedOn = "2022-03-01", expiresOn = "2025-02-28", version = q.GetProperty("version").GetInt64() });
        Assert.Equal(HttpStatusCode.OK, corrected.StatusCode);
        var stale = await staff.PutAsJsonAsync($"/api/v1/zones/chengde/qualifications/{qid}",
            new { kind = "Hnte", level = "National", certificateNumber = "X", grantedOn = "2022-03-01", version = q.GetProperty("version").GetInt64() });
        await Problem.AssertAsync(stale, HttpStatusCode.Conflict);
        var backwardsEdit = await staff.PutAsJsonAsync($"/api/v1/zones/chengde/qualifications/{qid}",
            new { kind = "Hnte", level = "National", certificateNumber = "X", grantedOn = "2022-03-01", expiresOn = "2021-01-01", version = q.GetProperty("version").GetInt64() + 1 });
        Assert.True((await ErrorsAsync(backwardsEdit)).TryGetProperty("expiresOn", out _));

        // Guiyang: 30 HNTE grants of August 2019 expire within 90 days of the demo date (2022-07-15), soonest first.
        var guiyang = await app.ClientForAsync("guiyang");
        var expiring = (await guiyang.GetFromJsonAsync<JsonElement>("/api/v1/zones/guiyang/qualifications/expiring?days=90&kind=Hnte")).EnumerateArray().ToList();
        Assert.Equal(30, expiring.Count);
        var days = expiring.Select(e => e.GetProperty("daysLeft").GetInt32()).ToList();
        Assert.Equal(days.Order().ToList(), days);
        Assert.All(days, d => Assert.InRange(d, 0, 90));
        Assert.Empty((await guiyang.GetFromJsonAsync<JsonElement>("/api/v1/zones/guiyang/qualifications/expiring?days=10")).EnumerateArray());
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task The_summary_shows_the_source_page_counts(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);

        var guiyang = await (await app.ClientForAsync("guiyang")).GetFromJsonAsync<JsonElement>("/api/v1/zones/guiyang/innovation/summary?year=2022");
        Assert.Equal(341, guiyang.GetProperty("hnte").GetProperty("count").GetInt32());
        var xianyang = await (await app.ClientForAsync("xianyang")).GetFromJsonAsync<JsonElement>("/api/v1/zones/xianyang/innovation/summary?year=2022");
        Assert.Equal(57, xianyang.GetProperty("techSme").GetProperty("count").GetInt32());
        Assert.Equal(15, xianyang.GetProperty("srdiProvincialOrHigher").GetProperty("count").GetInt32());
        var chengde = await (await app.ClientForAsync("chengde")).GetFromJsonAsync<JsonElement>("/api/v1/zones/chengde/innovation/summary?year=2022");
        Assert.Equal(20, chengde.GetProperty("hnte").GetProperty("target").GetInt32());
        Assert.Equal(6, chengde.GetProperty("hnte").GetProperty("newInYear").GetInt32());
        Assert.Equal(40, chengde.GetProperty("hnte").GetProperty("count").GetInt32());
        Assert.Equal(50, chengde.GetProperty("techSme").GetProperty("target").GetInt32());
        Assert.Equal(33, chengde.GetProperty("techSme").GetProperty("newInYear").GetInt32());
        Assert.Equal(2, chengde.GetProperty("littleGiant").GetProperty("target").GetInt32());
        Assert.Equal(1, chengde.GetProperty("littleGiant").GetProperty("newInYear").GetInt32());
        Assert.Equal(70, chengde.GetProperty("enterprises").GetProperty("count").GetInt32());
        // The page's 2021 statistics are the latest up to 2022: technology contracts 2.7亿, R&D ÷ GDP 3 %.
        var statistics = chengde.GetProperty("statistics");
        Assert.Equal(2021, statistics.GetProperty("year").GetInt32());
        Assert.Equal(3m, statistics.GetProperty("rdToGdpPercent").GetDecimal());
        Assert.Equal(270_000_000m, statistics.GetProperty("techContractTurnover").GetDecimal());
        Assert.True((await ErrorsAsync(await (await app.ClientForAsync("guiyang")).GetAsync("/api/v1/zones/guiyang/innovation/summary?year=99999"))).TryGetProperty("year", out _));
        var liudong = await (await app.ClientForAsync("liudong")).GetFromJsonAsync<JsonElement>("/api/v1/zones/liudong/innovation/summary?year=2022");
        Assert.Equal(150_000_000m, liudong.GetProperty("enterprises").GetProperty("outwardSupply").GetDecimal()); // 2021: 1.2亿 + 3000万
        // Tech-based SME status lasts the year: at the end of 2021 only the 8 grants of 2021 count.
        var lastYear = await (await app.ClientForAsync("chengde")).GetFromJsonAsync<JsonElement>("/api/v1/zones/chengde/innovation/summary?year=2021");
        Assert.Equal(8, lastYear.GetProperty("techSme").GetProperty("count").GetInt32());
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Staff_enter_the_years_statistics_and_impossible_shares_are_refused(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var staff = await app.ClientForAsync("xianyang");
        Assert.Equal(JsonValueKind.Null, (await staff.GetFromJsonAsync<JsonElement>("/api/v1/zones/xianyang/innovation/summary?year=2022")).GetProperty("statistics").ValueKind);

        var over = await staff.PutAsJsonAsync("/api/v1/zones/xianyang/innovation/statistics/2021", new { rdToGdpPercent = 101m, techContractTurnover = 1m });
        Assert.True((await ErrorsAsync(over)).TryGetProperty("rdToGdpPercent", out _));
        var negative = await staff.PutAsJsonAsync("/api/v1/zones/xianyang/innovation/statistics/2021", new { rdToGdpPercent = 2.5m, techContractTurnover = -1m });
        Assert.True((await ErrorsAsync(negative)).TryGetProperty("techContractTurnover", out _));
        Assert.Equal(HttpStatusCode.NoContent, (await staff.PutAsJsonAsync("/api/v1/zones/xianyang/innovation/statistics/2021", new { rdToGdpPercent = 2.5m, techContractTurnover = 315_000_000m })).StatusCode);
        // A correction sends the version it read (a new year starts at 0, each change adds one); an older one is refused.
        Assert.Equal(HttpStatusCode.NoContent, (await staff.PutAsJsonAsync("/api/v1/zones/xianyang/innovation/statistics/2021", new { rdToGdpPercent = 2.4m, techContractTurnover = 315_000_000m, version = 0 })).StatusCode);
        await Problem.AssertAsync(await staff.PutAsJsonAsync("/api/v1/zones/xianyang/innovation/statistics/2021", new { rdToGdpPercent = 2.6m, version = 0 }), HttpStatusCode.Conflict);

        var statistics = (await staff.GetFromJsonAsync<JsonElement>("/api/v1/zones/xianyang/innovation/summary?year=2022")).GetProperty("statistics");
        Assert.Equal(2.4m, statistics.GetProperty("rdToGdpPercent").GetDecimal());
        Assert.Equal(315_000_000m, statistics.GetProperty("techContractTurnover").GetDecimal());
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Cultivation_shows_target_progress_and_a_pool_ranked_by_pre_check(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var staff = await app.ClientForAsync("chengde");

        var overview = await staff.GetFromJsonAsync<JsonElement>("/api/v1/zones/chengde/cultivation?year=2022&poolSize=100");
        Assert.Equal(2021, overview.GetProperty("figuresYear").GetInt32());
        var pools = overview.GetProperty("pools").EnumerateArray().ToDictionary(p => p.GetProperty("kind").GetString()!);
        Assert.Equal(20, pools["Hnte"].GetProperty("target").GetInt32());
        Assert.Equal(6, pools["Hnte"].GetProperty("granted").GetInt32());
        Assert.Equal(30m, pools["Hnte"].GetProperty("progress").GetDecimal());
        Assert.Equal(66m, pools["TechSme"].GetProperty("progress").GetDecimal());
        Assert.Equal(50m, pools["LittleGiant"].GetProperty("progress").GetDecimal());
        var candidates = pools["Hnte"].GetProperty("candidates").EnumerateArray().ToList();
        Assert.Equal(44, candidates.Count); // 70 files − 26 HNTEs in force through 2022 (the 14 granted in 2019 expire this year and must re-apply)
        var account = candidates.Single(c => c.GetProperty("name").GetString() == "承德示例精密仪表有限公司");
        Assert.False(account.GetProperty("ready").GetBoolean());
        Assert.Contains("3.5%", account.GetProperty("firstGap").GetString(), StringComparison.Ordinal);
        var ready = candidates.Select(c => c.GetProperty("ready").GetBoolean()).ToList();
        Assert.Equal(ready.OrderByDescending(r => r).ToList(), ready);

        Assert.True((await ErrorsAsync(await staff.GetAsync("/api/v1/zones/chengde/cultivation?year=10000"))).TryGetProperty("year", out _));
        var id = await IdOfAsync(staff, "chengde", "承德示例精密仪表有限公司");
        Assert.True((await ErrorsAsync(await staff.GetAsync($"/api/v1/zones/chengde/enterprises/{id}/precheck?year=1"))).TryGetProperty("year", out _));
        var set = await staff.PutAsJsonAsync("/api/v1/zones/chengde/cultivation/targets/2022", new { targets = new[] { new { kind = "Hnte", count = 24 }, new { kind = "Srdi", count = 3 } } });
        Assert.Equal(HttpStatusCode.NoContent, set.StatusCode);
        var again = (await staff.GetFromJsonAsync<JsonElement>("/api/v1/zones/chengde/cultivation?year=2022")).GetProperty("pools").EnumerateArray().ToDictionary(p => p.GetProperty("kind").GetString()!);
        Assert.Equal(24, again["Hnte"].GetProperty("target").GetInt32());
        Assert.Equal(3, again["Srdi"].GetProperty("target").GetInt32());
        Assert.Equal(50, again["TechSme"].GetProperty("target").GetInt32());
        var negative = await staff.PutAsJsonAsync("/api/v1/zones/chengde/cultivation/targets/2022", new { targets = new[] { new { kind = "Hnte", count = -1 } } });
        Assert.True((await ErrorsAsync(negative)).TryGetProperty("targets", out _));
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_zone_admin_binds_an_enterprise_account_to_one_file(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var admin = await app.ClientForAsync("chengde");
        var id = await IdOfAsync(admin, "chengde", "承德宏达智能装备有限公司");
        var user = await admin.PostAsJsonAsync("/api/v1/users", new { userName = "hongke", displayName = "宏科", password = "Hongke@2022", role = "Enterprise", zone = "chengde" });
        Assert.True(user.IsSuccessStatusCode, await user.Content.ReadAsStringAsync());
        var userId = (await user.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();

        var hongke = await app.ClientForAsync("hongke", "Hongke@2022");
        Assert.Equal(HttpStatusCode.NotFound, (await hongke.GetAsync($"/api/v1/zones/chengde/enterprises/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await admin.PostAsJsonAsync($"/api/v1/zones/chengde/enterprises/{id}/accounts", new { userId })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await hongke.GetAsync($"/api/v1/zones/chengde/enterprises/{id}")).StatusCode);

        var leader = await admin.PostAsJsonAsync("/api/v1/users", new { userName = "leader2", displayName = "领导", password = "Leader@2022", role = "Leader", zone = "chengde" });
        var leaderId = (await leader.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var refused = await admin.PostAsJsonAsync($"/api/v1/zones/chengde/enterprises/{id}/accounts", new { userId = leaderId });
        Assert.Contains("leader2", await Problem.AssertAsync(refused, HttpStatusCode.BadRequest), StringComparison.Ordinal);
    }
}

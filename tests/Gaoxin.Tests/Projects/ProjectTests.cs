using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Gaoxin.Tests.Infrastructure;
using MiniExcelLibs;

namespace Gaoxin.Tests.Projects;

public sealed class ProjectTests
{
    private static object NewProject(string code, string name = "示例新材料项目", decimal total = 50_000_000m, string stage = "Planned", string since = "2022-03-01",
        string? creditCode = null, string? investor = "承德某新材料有限公司", object[]? yearPlans = null, decimal? land = null)
        => new
        {
            code, stage, stageSince = since,
            fields = new { name, investor, investorCreditCode = creditCode, industry = "新材料", plannedTotalInvestment = total, keyLevel = "None", landMu = land, yearPlans = yearPlans ?? [] },
        };

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Chengde_2022_dashboard_shows_the_source_page_figures_exactly(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var client = await app.ClientForAsync("chengde");

        var d = await client.GetFromJsonAsync<JsonElement>("/api/v1/zones/chengde/dashboard?year=2022");

        Assert.Equal(109, d.GetProperty("projects").GetProperty("count").GetInt32());
        Assert.Equal(57_300_000_000m, d.GetProperty("projects").GetProperty("totalInvestment").GetDecimal());
        Assert.Equal(4_000_000_000m, d.GetProperty("projects").GetProperty("annualPlannedInvestment").GetDecimal());
        var city = d.GetProperty("keyProjects").GetProperty("city");
        Assert.Equal(20, city.GetProperty("count").GetInt32());
        Assert.Equal(33_420_000_000m, city.GetProperty("totalInvestment").GetDecimal());
        Assert.Equal(1_220_000_000m, city.GetProperty("annualPlannedInvestment").GetDecimal());
        Assert.Equal(4, d.GetProperty("keyProjects").GetProperty("provincial").GetProperty("count").GetInt32());
        Assert.Equal(75, d.GetProperty("reserve").GetProperty("count").GetInt32());
        var programmes = d.GetProperty("programmes").EnumerateArray().ToDictionary(p => p.GetProperty("tag").GetString()!, p => p.GetProperty("count").GetInt32());
        Assert.Equal(new Dictionary<string, int> { ["产业园"] = 5, ["扩能升级"] = 5, ["重点产业"] = 9, ["基础设施"] = 4, ["民生"] = 4 }, programmes);

        Assert.Equal(4_060_000_000m, d.GetProperty("fai").GetProperty("plan").GetDecimal());
        Assert.Equal(4_200_000_000m, d.GetProperty("fai").GetProperty("stretch").GetDecimal());
        // The page's 2021 signing: 20 projects with 94.36亿 from outside the city, 14 landed with 41.2亿.
        var lastYear = d.GetProperty("signings").GetProperty("previousYear");
        Assert.Equal(20, lastYear.GetProperty("count").GetInt32());
        Assert.Equal(9_436_000_000m, lastYear.GetProperty("agreedAmount").GetDecimal());
        Assert.Equal(14, lastYear.GetProperty("landed").GetInt32());
        Assert.Equal(4_120_000_000m, lastYear.GetProperty("landedAmount").GetDecimal());
        var d2021 = await client.GetFromJsonAsync<JsonElement>("/api/v1/zones/chengde/dashboard?year=2021");
        Assert.Equal(20, d2021.GetProperty("signings").GetProperty("count").GetInt32());
        Assert.Equal(9_436_000_000m, d2021.GetProperty("signings").GetProperty("agreedAmount").GetDecimal());

        // In demo mode the business year is 2022, so the dashboard without a year shows the same.
        var current = await client.GetFromJsonAsync<JsonElement>("/api/v1/zones/chengde/dashboard");
        Assert.Equal(2022, current.GetProperty("year").GetInt32());
        Assert.Equal(109, current.GetProperty("projects").GetProperty("count").GetInt32());
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_project_moves_only_along_legal_stages_with_dates_and_reasons(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var client = await app.ClientForAsync("chengde");
        var created = await client.PostAsJsonAsync("/api/v1/zones/chengde/projects", NewProject("T-001"));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var project = await created.Content.ReadFromJsonAsync<JsonElement>();
        var url = $"/api/v1/zones/chengde/projects/{project.GetProperty("id").GetString()}";
        long Version(JsonElement p) => p.GetProperty("version").GetInt64();

        var skip = await client.PostAsJsonAsync(url + "/stage", new { to = "Started", on = "2022-04-01", version = Version(project) });
        var detail = await Problem.AssertAsync(skip, HttpStatusCode.BadRequest);
        Assert.Contains("cannot move from Planned (reserve) to Started", detail, StringComparison.Ordinal);
        Assert.Contains("Negotiating", detail, StringComparison.Ordinal);

        var future = await client.PostAsJsonAsync(url + "/stage", new { to = "Negotiating", on = "2022-07-16", version = Version(project) });
        Assert.Contains("today (2022-07-15)", await Problem.AssertAsync(future, HttpStatusCode.BadRequest), StringComparison.Ordinal);
        var backwards = await client.PostAsJsonAsync(url + "/stage", new { to = "Negotiating", on = "2022-02-01", version = Version(project) });
        await Problem.AssertAsync(backwards, HttpStatusCode.BadRequest);

        project = await (await client.PostAsJsonAsync(url + "/stage", new { to = "Negotiating", on = "2022-04-01", version = Version(project) })).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Negotiating", project.GetProperty("stage").GetString());

        var noReason = await client.PostAsJsonAsync(url + "/stage", new { to = "Suspended", on = "2022-05-01", version = Version(project) });
        Assert.Contains("needs a reason", await Problem.AssertAsync(noReason, HttpStatusCode.BadRequest), StringComparison.Ordinal);
        project = await (await client.PostAsJsonAsync(url + "/stage", new { to = "Suspended", on = "2022-05-01", reason = "投资方资金未到位", version = Version(project) })).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(["Negotiating", "Dropped"], project.GetProperty("nextStages").EnumerateArray().Select(s => s.GetString()));

        project = await (await client.PostAsJsonAsync(url + "/stage", new { to = "Negotiating", on = "2022-06-01", version = Version(project) })).Content.ReadFromJsonAsync<JsonElement>();
        project = await (await client.PostAsJsonAsync(url + "/stage", new { to = "Dropped", on = "2022-07-01", reason = "投资方放弃", version = Version(project) })).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Empty(project.GetProperty("nextStages").EnumerateArray());
        var history = project.GetProperty("stageChanges").EnumerateArray().Select(c => (c.GetProperty("to").GetString(), c.GetProperty("on").GetString())).ToList();
        Assert.Equal([("Planned", "2022-03-01"), ("Negotiating", "2022-04-01"), ("Suspended", "2022-05-01"), ("Negotiating", "2022-06-01"), ("Dropped", "2022-07-01")], history);

        var stale = await client.PostAsJsonAsync(url + "/stage", new { to = "Negotiating", on = "2022-07-02", version = 0 });
        Assert.True(stale.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.Conflict);
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Bad_project_input_is_refused_with_what_is_expected_and_nothing_is_written(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var client = await app.ClientForAsync("chengde");
        Assert.Equal(HttpStatusCode.Created, (await client.PostAsJsonAsync("/api/v1/zones/chengde/projects", NewProject("T-100"))).StatusCode);

        await Problem.AssertAsync(await client.PostAsJsonAsync("/api/v1/zones/chengde/projects", NewProject("T-100")), HttpStatusCode.Conflict);
        Assert.Contains("check character", await Problem.AssertAsync(await client.PostAsJsonAsync("/api/v1/zones/chengde/projects", NewProject("T-101", creditCode: "91350100M000100Y44")), HttpStatusCode.BadRequest), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Created, (await client.PostAsJsonAsync("/api/v1/zones/chengde/projects", NewProject("T-102", creditCode: "91350100M000100Y43"))).StatusCode);
        Assert.Contains("more than the planned total", await Problem.AssertAsync(await client.PostAsJsonAsync("/api/v1/zones/chengde/projects",
            NewProject("T-103", total: 1_000_000m, yearPlans: [new { year = 2022, planned = 800_000m }, new { year = 2023, planned = 300_000m }])), HttpStatusCode.BadRequest), StringComparison.Ordinal);
        Assert.Contains("whole number of fen", await Problem.AssertAsync(await client.PostAsJsonAsync("/api/v1/zones/chengde/projects", NewProject("T-104", total: 100.001m)), HttpStatusCode.BadRequest), StringComparison.Ordinal);
        await Problem.AssertAsync(await client.PostAsJsonAsync("/api/v1/zones/chengde/projects", NewProject("T-105", total: -5m)), HttpStatusCode.BadRequest);
        await Problem.AssertAsync(await client.PostAsJsonAsync("/api/v1/zones/chengde/projects", NewProject("T-106", land: 5_000_000m)), HttpStatusCode.BadRequest);
        await Problem.AssertAsync(await client.PostAsJsonAsync("/api/v1/zones/chengde/projects", NewProject("bad code!")), HttpStatusCode.BadRequest);
        Assert.Contains("between", await Problem.AssertAsync(await client.PostAsJsonAsync("/api/v1/zones/chengde/projects", NewProject("T-107", since: "2030-01-01")), HttpStatusCode.BadRequest), StringComparison.Ordinal);

        var list = await client.GetFromJsonAsync<JsonElement>("/api/v1/zones/chengde/projects?search=T-1");
        Assert.Equal(["T-100", "T-102"], list.GetProperty("items").EnumerateArray().Select(p => p.GetProperty("code").GetString()));
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task The_list_filters_sorts_and_pages_and_enterprise_users_may_not_read_it(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var client = await app.ClientForAsync("chengde");

        var provincial = await client.GetFromJsonAsync<JsonElement>("/api/v1/zones/chengde/projects?key=Provincial&year=2022&sort=investment&descending=true&pageSize=2");
        Assert.Equal(4, provincial.GetProperty("total").GetInt32());
        var items = provincial.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(2, items.Count);
        Assert.True(items[0].GetProperty("plannedTotalInvestment").GetDecimal() >= items[1].GetProperty("plannedTotalInvestment").GetDecimal());
        Assert.True(items[0].GetProperty("yearPlanned").GetDecimal() > 0);

        var reserve = await client.GetFromJsonAsync<JsonElement>("/api/v1/zones/chengde/projects?stage=Planned");
        Assert.Equal(75, reserve.GetProperty("total").GetInt32());
        var parks = await client.GetFromJsonAsync<JsonElement>("/api/v1/zones/chengde/projects?tag=产业园");
        Assert.Equal(5, parks.GetProperty("total").GetInt32());

        var admin = await app.ClientForAsync("admin");
        Assert.Equal(HttpStatusCode.Created, (await admin.PostAsJsonAsync("/api/v1/users", new { userName = "firm1", password = "Firm@2026x", role = "Enterprise", zone = "chengde" })).StatusCode);
        var firm = await app.ClientForAsync("firm1", "Firm@2026x");
        Assert.Equal(HttpStatusCode.Forbidden, (await firm.GetAsync("/api/v1/zones/chengde/projects")).StatusCode);
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task The_ledger_exports_to_excel_with_formulas_neutralised(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var client = await app.ClientForAsync("chengde");
        Assert.Equal(HttpStatusCode.Created, (await client.PostAsJsonAsync("/api/v1/zones/chengde/projects", NewProject("X-001", investor: "=HYPERLINK(\"http://evil\",\"点我\")"))).StatusCode);
        var browser = await app.BrowserAsync("chengde", language: "en");

        var response = await browser.GetAsync("/export/projects.xlsx?zone=chengde&search=X-001");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var memory = new MemoryStream();
        await (await response.Content.ReadAsStreamAsync()).CopyToAsync(memory);
        memory.Position = 0;
        var rows = (await memory.QueryAsync(useHeaderRow: true)).Cast<IDictionary<string, object?>>().ToList();
        var row = Assert.Single(rows);
        Assert.Equal("'=HYPERLINK(\"http://evil\",\"点我\")", row["投资方 Investor"]);
        Assert.Equal(5000m, Convert.ToDecimal(row["计划总投资（万元） Planned total (10k yuan)"], System.Globalization.CultureInfo.InvariantCulture));

        var all = await browser.GetAsync("/export/projects.xlsx?zone=chengde&year=2022&stage=Started");
        memory = new MemoryStream();
        await (await all.Content.ReadAsStreamAsync()).CopyToAsync(memory);
        memory.Position = 0;
        Assert.Equal(76, (await memory.QueryAsync(useHeaderRow: true)).Count());
        Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync("/export/projects.xlsx?zone=xianyang")).StatusCode);
    }
}

public sealed class AnnualTargetTests
{
    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Chengde_2022_targets_are_the_source_page_figures_as_entered(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var client = await app.ClientForAsync("chengde");

        var d = await client.GetFromJsonAsync<JsonElement>("/api/v1/zones/chengde/dashboard?year=2022");
        var fai = d.GetProperty("fai");
        Assert.Equal(4_060_000_000m, fai.GetProperty("plan").GetDecimal());
        Assert.Equal(7m, fai.GetProperty("planGrowthPercent").GetDecimal());
        Assert.Equal(4_200_000_000m, fai.GetProperty("stretch").GetDecimal());
        Assert.Equal(10m, fai.GetProperty("stretchGrowthPercent").GetDecimal());
        var t = await client.GetFromJsonAsync<JsonElement>("/api/v1/zones/chengde/targets/2022");
        Assert.Equal(30, t.GetProperty("signingCount").GetInt32());
        Assert.Equal(20_000_000_000m, t.GetProperty("signingAmount").GetDecimal());
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/api/v1/zones/chengde/targets/2023")).StatusCode);
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Targets_are_set_by_editors_with_versions_and_refused_when_wrong(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var client = await app.ClientForAsync("chengde");

        var created = await client.PutAsJsonAsync("/api/v1/zones/chengde/targets/2023", new { year = 2023, faiPlan = 4_500_000_000m, faiPlanGrowthPercent = 8.5m, version = 0 });
        Assert.Equal(HttpStatusCode.OK, created.StatusCode);
        var target = await created.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(8.5m, target.GetProperty("faiPlanGrowthPercent").GetDecimal());

        var updated = await client.PutAsJsonAsync("/api/v1/zones/chengde/targets/2023", new { year = 2023, faiPlan = 4_600_000_000m, version = target.GetProperty("version").GetInt64() });
        Assert.Equal(HttpStatusCode.OK, updated.StatusCode);
        var stale = await client.PutAsJsonAsync("/api/v1/zones/chengde/targets/2023", new { year = 2023, faiPlan = 1m, version = target.GetProperty("version").GetInt64() });
        await Problem.AssertAsync(stale, HttpStatusCode.Conflict);

        await Problem.AssertAsync(await client.PutAsJsonAsync("/api/v1/zones/chengde/targets/2023", new { year = 2024, version = 0 }), HttpStatusCode.BadRequest);
        await Problem.AssertAsync(await client.PutAsJsonAsync("/api/v1/zones/chengde/targets/2024", new { year = 2024, faiPlan = -1m, version = 0 }), HttpStatusCode.BadRequest);
        await Problem.AssertAsync(await client.PutAsJsonAsync("/api/v1/zones/chengde/targets/2024", new { year = 2024, faiPlan = 0.001m, version = 0 }), HttpStatusCode.BadRequest);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/api/v1/zones/chengde/targets/2024")).StatusCode);

        var admin = await app.ClientForAsync("admin");
        Assert.Equal(HttpStatusCode.Created, (await admin.PostAsJsonAsync("/api/v1/users", new { userName = "leader2", password = "Leader@2026x", role = "Leader", zone = "chengde" })).StatusCode);
        var leader = await app.ClientForAsync("leader2", "Leader@2026x");
        Assert.Equal(HttpStatusCode.OK, (await leader.GetAsync("/api/v1/zones/chengde/targets/2023")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await leader.PutAsJsonAsync("/api/v1/zones/chengde/targets/2023", new { year = 2023, version = 0 })).StatusCode);
    }
}

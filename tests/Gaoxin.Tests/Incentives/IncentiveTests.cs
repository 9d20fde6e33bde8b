using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Gaoxin.Tests.Infrastructure;

namespace Gaoxin.Tests.Incentives;

/// <summary>The policy guide, the calculator and grants from application to payout within the fund's budget.</summary>
public sealed class IncentiveTests
{
    internal static async Task<string> PolicyIdAsync(HttpClient client, string zone, string ruleId)
    {
        var guide = await client.GetFromJsonAsync<JsonElement>($"/api/v1/zones/{zone}/policies?computable=true");
        return guide.GetProperty("items").GetProperty("items").EnumerateArray().Single(p => p.GetProperty("ruleId").GetString() == ruleId).GetProperty("id").GetString()!;
    }

    private static long V(JsonElement e) => e.GetProperty("version").GetInt64();

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Guiyangs_guide_has_73_policies_in_7_sections_searchable_and_paged(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var client = await app.ClientForAsync("guiyang");
        var guide = await client.GetFromJsonAsync<JsonElement>("/api/v1/zones/guiyang/policies?pageSize=10");
        Assert.Equal(73, guide.GetProperty("items").GetProperty("total").GetInt32());
        Assert.Equal(10, guide.GetProperty("items").GetProperty("items").GetArrayLength());
        Assert.Equal(7, guide.GetProperty("sections").GetArrayLength());
        Assert.Equal(73, guide.GetProperty("sections").EnumerateArray().Sum(s => s.GetProperty("count").GetInt32()));

        var talent = await client.GetFromJsonAsync<JsonElement>("/api/v1/zones/guiyang/policies?section=人才引进");
        Assert.Equal(11, talent.GetProperty("items").GetProperty("total").GetInt32());
        var search = await client.GetFromJsonAsync<JsonElement>("/api/v1/zones/guiyang/policies?search=首台");
        Assert.All(search.GetProperty("items").GetProperty("items").EnumerateArray(), p => Assert.Contains("首台", p.GetProperty("title").GetString(), StringComparison.Ordinal));
        Assert.True(search.GetProperty("items").GetProperty("total").GetInt32() > 0);

        // Staff add an item; bad input is refused and writes nothing.
        var added = await client.PostAsJsonAsync("/api/v1/zones/guiyang/policies", new { section = "科技创新", title = "新增研发平台奖励", kind = "Award", content = "对新认定的省级研发平台给予奖励。", publishedOn = "2022-07-01" });
        Assert.Equal(HttpStatusCode.Created, added.StatusCode);
        Assert.Contains("precede", await Problem.AssertAsync(await client.PostAsJsonAsync("/api/v1/zones/guiyang/policies",
            new { section = "科技创新", title = "有效期错误", kind = "Award", content = "内容", publishedOn = "2022-07-01", validUntil = "2022-06-01" }), HttpStatusCode.BadRequest), StringComparison.Ordinal);
        Assert.Contains("no-such-rule", await Problem.AssertAsync(await client.PostAsJsonAsync("/api/v1/zones/guiyang/policies",
            new { section = "科技创新", title = "规则错误", kind = "Award", content = "内容", publishedOn = "2022-07-01", ruleId = "no-such-rule" }), HttpStatusCode.BadRequest), StringComparison.Ordinal);
        Assert.Equal(74, (await client.GetFromJsonAsync<JsonElement>("/api/v1/zones/guiyang/policies")).GetProperty("items").GetProperty("total").GetInt32());
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task The_calculator_explains_liudongs_reward_and_asks_for_what_is_missing(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var client = await app.ClientForAsync("liudong");
        var questions = await client.GetFromJsonAsync<JsonElement>("/api/v1/zones/liudong/policies/questions");
        Assert.Equal(["industry", "outward_supply"], questions.EnumerateArray().Select(q => q.GetProperty("name").GetString()).Order());

        var capped = await (await client.PostAsJsonAsync("/api/v1/zones/liudong/policies/calculate", new { period = 2021, inputs = new Dictionary<string, string> { ["industry"] = "汽车", ["outward_supply"] = "6000万" } })).Content.ReadFromJsonAsync<JsonElement>();
        var result = Assert.Single(capped.GetProperty("results").EnumerateArray());
        Assert.Equal("true", result.GetProperty("eligible").GetString());
        Assert.Equal(1_000_000m, result.GetProperty("amount").GetDecimal());
        Assert.True(result.GetProperty("capped").GetBoolean());
        Assert.Contains("cap", result.GetProperty("explanation").GetString(), StringComparison.OrdinalIgnoreCase);

        var missing = await (await client.PostAsJsonAsync("/api/v1/zones/liudong/policies/calculate", new { period = 2021, inputs = new Dictionary<string, string?> { ["industry"] = "汽车" } })).Content.ReadFromJsonAsync<JsonElement>();
        var unknown = Assert.Single(missing.GetProperty("results").EnumerateArray());
        Assert.Equal("unknown", unknown.GetProperty("eligible").GetString());
        Assert.Equal(JsonValueKind.Null, unknown.GetProperty("amount").ValueKind);
        Assert.Equal(["outward supply"], unknown.GetProperty("missing").EnumerateArray().Select(m => m.GetString()));

        var zh = await app.ClientForAsync("liudong");
        zh.DefaultRequestHeaders.AcceptLanguage.Clear();
        zh.DefaultRequestHeaders.AcceptLanguage.ParseAdd("zh-CN");
        var parts = await (await zh.PostAsJsonAsync("/api/v1/zones/liudong/policies/calculate", new { period = 2021, inputs = new Dictionary<string, string> { ["industry"] = "汽车零部件", ["outward_supply"] = "8000万" } })).Content.ReadFromJsonAsync<JsonElement>();
        var autoParts = parts.GetProperty("results")[0];
        Assert.Equal(1_600_000m, autoParts.GetProperty("amount").GetDecimal()); // 2% of 8000万, under the 200万 auto-parts cap
        Assert.Contains("外销配套额", autoParts.GetProperty("explanation").GetString(), StringComparison.Ordinal);

        Assert.Contains("outward supply", await Problem.AssertAsync(await client.PostAsJsonAsync("/api/v1/zones/liudong/policies/calculate",
            new { period = 2021, inputs = new Dictionary<string, string> { ["outward_supply"] = "很多" } }), HttpStatusCode.BadRequest), StringComparison.Ordinal);
        await Problem.AssertAsync(await client.PostAsJsonAsync("/api/v1/zones/liudong/policies/calculate", new { period = 1900 }), HttpStatusCode.BadRequest);
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_grant_goes_from_application_to_payout_and_nothing_is_approved_beyond_the_budget(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var client = await app.ClientForAsync("liudong");
        var policy = await PolicyIdAsync(client, "liudong", "liudong-outward-sales");
        async Task<JsonElement> Apply(string name, string supply, HttpStatusCode expected = HttpStatusCode.Created)
        {
            var response = await client.PostAsJsonAsync("/api/v1/zones/liudong/grants", new { policyId = policy, period = 2021, enterpriseName = name, inputs = new Dictionary<string, string> { ["industry"] = "汽车零部件", ["outward_supply"] = supply } });
            Assert.True(expected == response.StatusCode, await response.Content.ReadAsStringAsync());
            return await response.Content.ReadFromJsonAsync<JsonElement>();
        }

        async Task<JsonElement> Act(JsonElement grant, string action, object body)
        {
            var response = await client.PostAsJsonAsync($"/api/v1/zones/liudong/grants/{grant.GetProperty("id").GetString()}/{action}", body);
            Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
            return await response.Content.ReadFromJsonAsync<JsonElement>();
        }

        var fundBefore = (await client.GetFromJsonAsync<JsonElement>("/api/v1/zones/liudong/funds?year=2022"))[0];
        Assert.Equal(2_500_000m, fundBefore.GetProperty("budget").GetDecimal());

        // 2% of 9000万 = 180万 (under the 200万 cap for auto parts).
        var a = await Apply("示例转向系统有限公司", "9000万");
        Assert.Equal(1_800_000m, a.GetProperty("amount").GetDecimal());
        Assert.Equal("Applied", a.GetProperty("status").GetString());
        Assert.Contains("outward supply", a.GetProperty("explanation").GetString(), StringComparison.Ordinal);
        await Problem.AssertAsync(await client.PostAsJsonAsync("/api/v1/zones/liudong/grants", new { policyId = policy, period = 2021, enterpriseName = "示例转向系统有限公司", inputs = new Dictionary<string, string> { ["industry"] = "汽车零部件", ["outward_supply"] = "9000万" } }), HttpStatusCode.Conflict);
        Assert.Contains("Not granted", await Problem.AssertAsync(await client.PostAsJsonAsync("/api/v1/zones/liudong/grants",
            new { policyId = policy, period = 2021, enterpriseName = "小配套厂", inputs = new Dictionary<string, string> { ["industry"] = "汽车零部件", ["outward_supply"] = "300万" } }), HttpStatusCode.UnprocessableEntity), StringComparison.Ordinal);

        a = await Act(a, "first-approve", new { version = V(a), note = "材料齐全" });
        await Problem.AssertAsync(await client.PostAsJsonAsync($"/api/v1/zones/liudong/grants/{a.GetProperty("id").GetString()}/approve", new { version = V(a) - 1 }), HttpStatusCode.Conflict);
        a = await Act(a, "approve", new { version = V(a) });
        Assert.Equal("Approved", a.GetProperty("status").GetString());
        var fund = (await client.GetFromJsonAsync<JsonElement>("/api/v1/zones/liudong/funds?year=2022"))[0];
        Assert.Equal(1_800_000m, fund.GetProperty("committed").GetDecimal());
        Assert.Equal(700_000m, fund.GetProperty("available").GetDecimal());

        // Another 180万 would take the fund past its 250万: refused, saying what is left; 60万 fits.
        var c = await Apply("示例车灯有限公司", "9000万");
        c = await Act(c, "first-approve", new { version = V(c) });
        var over = await Problem.AssertAsync(await client.PostAsJsonAsync($"/api/v1/zones/liudong/grants/{c.GetProperty("id").GetString()}/approve", new { version = V(c) }), HttpStatusCode.Conflict);
        Assert.Contains("700,000.00", over, StringComparison.Ordinal);
        Assert.Equal("FirstApproved", (await client.GetFromJsonAsync<JsonElement>($"/api/v1/zones/liudong/grants/{c.GetProperty("id").GetString()}")).GetProperty("status").GetString());
        var b = await Apply("示例座椅有限公司", "3000万");
        b = await Act(b, "first-approve", new { version = V(b) });
        b = await Act(b, "approve", new { version = V(b) });
        Assert.Equal(100_000m, (await client.GetFromJsonAsync<JsonElement>("/api/v1/zones/liudong/funds?year=2022"))[0].GetProperty("available").GetDecimal());

        // Public notice, no payment before it ends; an objection withdraws b and frees its commitment.
        a = await Act(a, "publicize", new { version = V(a), until = "2022-07-22" });
        Assert.Contains("2022-07-22", await Problem.AssertAsync(await client.PostAsJsonAsync($"/api/v1/zones/liudong/grants/{a.GetProperty("id").GetString()}/pay", new { version = V(a) }), HttpStatusCode.Conflict), StringComparison.Ordinal);
        await Problem.AssertAsync(await client.PostAsJsonAsync($"/api/v1/zones/liudong/grants/{b.GetProperty("id").GetString()}/reject", new { version = V(b), reason = "" }), HttpStatusCode.BadRequest);
        b = await Act(b, "reject", new { version = V(b), reason = "公示期间收到异议，经核实配套额不实" });
        Assert.Equal("Rejected", b.GetProperty("status").GetString());
        Assert.Equal(700_000m, (await client.GetFromJsonAsync<JsonElement>("/api/v1/zones/liudong/funds?year=2022"))[0].GetProperty("available").GetDecimal());

        await using var later = await TestApp.StartOnAsync(app, new Dictionary<string, string?> { ["Demo:Today"] = "2022-07-25" });
        var laterClient = await later.ClientForAsync("liudong");
        var paid = await laterClient.PostAsJsonAsync($"/api/v1/zones/liudong/grants/{a.GetProperty("id").GetString()}/pay", new { version = V(a) });
        Assert.Equal(HttpStatusCode.OK, paid.StatusCode);
        var paidGrant = await paid.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Paid", paidGrant.GetProperty("status").GetString());
        Assert.Equal(["Apply", "FirstApprove", "Approve", "Publicize", "Pay"], paidGrant.GetProperty("steps").EnumerateArray().Select(s => s.GetProperty("action").GetString()));
        fund = (await laterClient.GetFromJsonAsync<JsonElement>("/api/v1/zones/liudong/funds?year=2022"))[0];
        Assert.Equal(1_800_000m, fund.GetProperty("paid").GetDecimal());
        Assert.Equal(0m, fund.GetProperty("committed").GetDecimal());
        Assert.Equal(700_000m, fund.GetProperty("available").GetDecimal());

        var payouts = await laterClient.GetAsync("/api/v1/zones/liudong/grants/payouts.xlsx");
        Assert.Equal(HttpStatusCode.OK, payouts.StatusCode);
        using var stream = new MemoryStream(await payouts.Content.ReadAsByteArrayAsync());
        var rows = MiniExcelLibs.MiniExcel.Query(stream, useHeaderRow: true).Cast<IDictionary<string, object>>().ToList();
        var row = Assert.Single(rows); // b was rejected, c never approved
        Assert.Equal("示例转向系统有限公司", row["Enterprise"]?.ToString());
        Assert.Equal(1_800_000m, Convert.ToDecimal(row["Amount (yuan)"], System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task No_application_grants_come_from_the_enterprise_file_and_the_budget_still_holds(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var client = await app.ClientForAsync("liudong");
        var policy = await PolicyIdAsync(client, "liudong", "liudong-outward-sales");
        var run = await client.PostAsJsonAsync("/api/v1/zones/liudong/grants/no-application", new { policyId = policy, period = 2021 });
        Assert.Equal(HttpStatusCode.OK, run.StatusCode);
        var result = await run.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(2, result.GetProperty("created").GetInt32());
        Assert.Equal(2_600_000m, result.GetProperty("createdAmount").GetDecimal()); // 耐世特 200万 (auto-parts cap), 桂格光电 60万

        // Run again: nothing new.
        var again = await (await client.PostAsJsonAsync("/api/v1/zones/liudong/grants/no-application", new { policyId = policy, period = 2021 })).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(0, again.GetProperty("created").GetInt32());
        Assert.Equal(2, again.GetProperty("alreadyGranted").GetInt32());

        var grants = (await client.GetFromJsonAsync<JsonElement>("/api/v1/zones/liudong/grants?period=2021")).GetProperty("items").EnumerateArray().ToList();
        Assert.All(grants, g => Assert.Equal("NoApplication", g.GetProperty("origin").GetString()));
        var nexteer = grants.Single(g => g.GetProperty("enterpriseName").GetString()!.StartsWith("耐世特", StringComparison.Ordinal));
        var guige = grants.Single(g => g.GetProperty("enterpriseName").GetString()!.StartsWith("柳州桂格", StringComparison.Ordinal));
        Assert.Equal(2_000_000m, nexteer.GetProperty("amount").GetDecimal());
        Assert.Equal("Propose", nexteer.GetProperty("steps")[0].GetProperty("action").GetString());

        async Task<JsonElement> Act(JsonElement grant, string action)
        {
            var response = await client.PostAsJsonAsync($"/api/v1/zones/liudong/grants/{grant.GetProperty("id").GetString()}/{action}", new { version = V(grant) });
            Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
            return await response.Content.ReadFromJsonAsync<JsonElement>();
        }

        await Act(await Act(nexteer, "first-approve"), "approve");
        Assert.Equal(500_000m, (await client.GetFromJsonAsync<JsonElement>("/api/v1/zones/liudong/funds?year=2022"))[0].GetProperty("available").GetDecimal());
        guige = await Act(guige, "first-approve");
        Assert.Contains("500,000.00", await Problem.AssertAsync(await client.PostAsJsonAsync($"/api/v1/zones/liudong/grants/{guige.GetProperty("id").GetString()}/approve", new { version = V(guige) }), HttpStatusCode.Conflict), StringComparison.Ordinal);

        // A policy that needs what only the enterprise knows cannot run without an application.
        var chengde = await app.ClientForAsync("chengde");
        var loan = await PolicyIdAsync(chengde, "chengde", "chengde-tech-loan-interest");
        Assert.Contains("application", await Problem.AssertAsync(await chengde.PostAsJsonAsync("/api/v1/zones/chengde/grants/no-application", new { policyId = loan, period = 2022 }), HttpStatusCode.BadRequest), StringComparison.Ordinal);
    }
}

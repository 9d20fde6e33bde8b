using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Gaoxin.Tests.Infrastructure;

namespace Gaoxin.Tests.Innovation;

public sealed class ServiceDeskTests
{
    private const string Api = "/api/v1/zones/chengde";

    internal static async Task<Guid> DepartmentAsync(HttpClient client, string name)
        => (await client.GetFromJsonAsync<JsonElement>($"{Api}/departments")).EnumerateArray().Single(d => d.GetProperty("name").GetString() == name).GetProperty("id").GetGuid();

    private static async Task<JsonElement> OkAsync(HttpResponseMessage response, HttpStatusCode status = HttpStatusCode.OK)
    {
        Assert.True(response.StatusCode == status, $"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private static async Task<string[]> FieldsAsync(HttpResponseMessage response)
    {
        await Problem.AssertAsync(response, HttpStatusCode.BadRequest);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").EnumerateObject().Select(p => p.Name).ToArray();
    }

    private static async Task<JsonElement> RaiseAsync(HttpClient client, Guid? enterpriseId, string type = "科技咨询", string title = "测试：申报辅导")
        => await OkAsync(await client.PostAsJsonAsync($"{Api}/services", new { enterpriseId, type, title, detail = "测试需求" }), HttpStatusCode.Created);

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_time_limit_counts_working_days_on_the_zone_calendar_across_the_national_day_holiday(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        // 2022-09-29 is a Thursday: 09-30 works, 10-01…10-07 are the National Day holiday, 10-08 and 10-09 are make-up working days.
        await using var before = await TestApp.StartOnAsync(app, new Dictionary<string, string?> { ["Demo:Today"] = "2022-09-29" });
        var staff = await before.ClientForAsync("chengde");
        var enterprise = await EnterpriseTests.IdOfAsync(staff, "chengde", "承德宏达智能装备有限公司");
        var department = await DepartmentAsync(staff, "科技局");
        var raised = await RaiseAsync(staff, enterprise);
        var id = raised.GetProperty("id").GetGuid();
        Assert.Equal("Submitted", raised.GetProperty("status").GetString());

        foreach (var limit in new[] { 0, 61 })
        {
            Assert.Contains("limitWorkingDays", await FieldsAsync(await staff.PostAsJsonAsync($"{Api}/services/{id}/accept", new { departmentId = department, limitWorkingDays = limit, version = 0 })));
        }

        Assert.Contains("departmentId", await FieldsAsync(await staff.PostAsJsonAsync($"{Api}/services/{id}/accept", new { departmentId = Guid.CreateVersion7(), limitWorkingDays = 3, version = 0 })));
        var accepted = await OkAsync(await staff.PostAsJsonAsync($"{Api}/services/{id}/accept", new { departmentId = department, handler = "测试承办人", limitWorkingDays = 3, version = 0 }));
        Assert.Equal("2022-10-09", accepted.GetProperty("dueOn").GetString());
        Assert.Equal("2022-09-29", accepted.GetProperty("acceptedOn").GetString());
        // Routed again the same day with 1 working day: the next working day, not the holiday.
        var rerouted = await OkAsync(await staff.PostAsJsonAsync($"{Api}/services/{id}/accept", new { departmentId = department, limitWorkingDays = 1, version = accepted.GetProperty("version").GetInt64() }));
        Assert.Equal("2022-09-30", rerouted.GetProperty("dueOn").GetString());
        Assert.False(rerouted.GetProperty("overdue").GetBoolean());

        // On 2022-10-10 it is past due: flagged, and listed among the overdue.
        await using var after = await TestApp.StartOnAsync(app, new Dictionary<string, string?> { ["Demo:Today"] = "2022-10-10" });
        var later = await after.ClientForAsync("chengde");
        Assert.True((await later.GetFromJsonAsync<JsonElement>($"{Api}/services/{id}")).GetProperty("overdue").GetBoolean());
        var overdue = await later.GetFromJsonAsync<JsonElement>($"{Api}/services?overdue=true&pageSize=100");
        Assert.Contains(overdue.GetProperty("items").EnumerateArray(), r => r.GetProperty("id").GetGuid() == id);
        var answered = await OkAsync(await later.PostAsJsonAsync($"{Api}/services/{id}/answer", new { reply = "已答复（逾期）", version = rerouted.GetProperty("version").GetInt64() }));
        Assert.False(answered.GetProperty("overdue").GetBoolean());
        Assert.False(answered.GetProperty("answeredInTime").GetBoolean());
        var timeliness = await later.GetFromJsonAsync<JsonElement>($"{Api}/services/timeliness?year=2022&month=9");
        var row = Assert.Single(timeliness.EnumerateArray());
        Assert.Equal(("科技局", 1, 0), (row.GetProperty("department").GetString(), row.GetProperty("due").GetInt32(), row.GetProperty("answeredInTime").GetInt32()));
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task An_enterprise_raises_a_request_staff_route_and_answer_it_the_enterprise_rates_it_and_staff_close_it(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var staff = await app.ClientForAsync("chengde");
        var account = await app.ClientForAsync("chengde-ent");
        var own = await EnterpriseTests.IdOfAsync(staff, "chengde", "承德示例精密仪表有限公司");
        var other = await EnterpriseTests.IdOfAsync(staff, "chengde", "承德宏达智能装备有限公司");

        var bad = await account.PostAsJsonAsync($"{Api}/services", new { type = "", title = "x" });
        Assert.Equal(["title", "type"], (await FieldsAsync(bad)).Order(StringComparer.Ordinal).ToArray());
        // An enterprise account raises for its own enterprise whatever it names.
        var raised = await RaiseAsync(account, other, "知识产权", "测试：专利布局咨询");
        var id = raised.GetProperty("id").GetGuid();
        Assert.Equal(own, raised.GetProperty("enterpriseId").GetGuid());
        var mine = await account.GetFromJsonAsync<JsonElement>($"{Api}/services?pageSize=100");
        Assert.All(mine.GetProperty("items").EnumerateArray(), r => Assert.Equal(own, r.GetProperty("enterpriseId").GetGuid()));
        var othersRequest = (await staff.GetFromJsonAsync<JsonElement>($"{Api}/services?pageSize=100")).GetProperty("items").EnumerateArray().First(r => r.GetProperty("enterpriseId").GetGuid() != own);
        Assert.Equal(HttpStatusCode.NotFound, (await account.GetAsync($"{Api}/services/{othersRequest.GetProperty("id").GetGuid()}")).StatusCode);
        // A type the zone adds by using it is offered next time (after the five defaults).
        Assert.Contains("知识产权", (await staff.GetFromJsonAsync<JsonElement>($"{Api}/services?type=知识产权")).GetProperty("items").EnumerateArray().Select(r => r.GetProperty("type").GetString()));

        var department = await DepartmentAsync(staff, "科技局");
        Assert.Equal(HttpStatusCode.Forbidden, (await account.PostAsJsonAsync($"{Api}/services/{id}/accept", new { departmentId = department, limitWorkingDays = 5, version = 0 })).StatusCode);
        await Problem.AssertAsync(await staff.PostAsJsonAsync($"{Api}/services/{id}/answer", new { reply = "先答复", version = 0 }), HttpStatusCode.Conflict);
        await Problem.AssertAsync(await staff.PostAsJsonAsync($"{Api}/services/{id}/close", new { version = 0 }), HttpStatusCode.Conflict);
        var accepted = await OkAsync(await staff.PostAsJsonAsync($"{Api}/services/{id}/accept", new { departmentId = department, handler = "测试承办人", limitWorkingDays = 5, version = 0 }));
        Assert.Equal("2022-07-22", accepted.GetProperty("dueOn").GetString()); // Friday 07-15 + 5 working days
        // Two people acting on the same version: the second gets a conflict.
        var started = await OkAsync(await staff.PostAsJsonAsync($"{Api}/services/{id}/start", new { version = accepted.GetProperty("version").GetInt64() }));
        await Problem.AssertAsync(await staff.PostAsJsonAsync($"{Api}/services/{id}/answer", new { reply = "过期版本的答复", version = accepted.GetProperty("version").GetInt64() }), HttpStatusCode.Conflict);
        Assert.Contains("reply", await FieldsAsync(await staff.PostAsJsonAsync($"{Api}/services/{id}/answer", new { reply = "", version = started.GetProperty("version").GetInt64() })));
        var answered = await OkAsync(await staff.PostAsJsonAsync($"{Api}/services/{id}/answer", new { reply = "已安排知识产权服务机构对接", version = started.GetProperty("version").GetInt64() }));
        Assert.True(answered.GetProperty("answeredInTime").GetBoolean());
        Assert.Equal("已安排知识产权服务机构对接", (await account.GetFromJsonAsync<JsonElement>($"{Api}/services/{id}")).GetProperty("reply").GetString());

        var version = answered.GetProperty("version").GetInt64();
        foreach (var score in new[] { 0, 6 })
        {
            Assert.Contains("satisfaction", await FieldsAsync(await account.PostAsJsonAsync($"{Api}/services/{id}/rate", new { satisfaction = score, version })));
        }

        var rated = await OkAsync(await account.PostAsJsonAsync($"{Api}/services/{id}/rate", new { satisfaction = 4, comment = "对接及时", version }));
        Assert.Equal(("Rated", 4), (rated.GetProperty("status").GetString(), rated.GetProperty("satisfaction").GetInt32()));
        await Problem.AssertAsync(await account.PostAsJsonAsync($"{Api}/services/{id}/rate", new { satisfaction = 5, version = rated.GetProperty("version").GetInt64() }), HttpStatusCode.Conflict);
        Assert.Equal(HttpStatusCode.Forbidden, (await account.PostAsJsonAsync($"{Api}/services/{id}/close", new { version = rated.GetProperty("version").GetInt64() })).StatusCode);
        var closed = await OkAsync(await staff.PostAsJsonAsync($"{Api}/services/{id}/close", new { version = rated.GetProperty("version").GetInt64() }));
        Assert.Equal(("Closed", "2022-07-15"), (closed.GetProperty("status").GetString(), closed.GetProperty("closedOn").GetString()));
        await Problem.AssertAsync(await staff.PostAsJsonAsync($"{Api}/services/{id}/start", new { version = closed.GetProperty("version").GetInt64() }), HttpStatusCode.Conflict);
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Monthly_statistics_and_timeliness_follow_the_requests_behind_them(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var staff = await app.ClientForAsync("chengde");

        // The demo has a request at every step; one is overdue (工业诊断, due 2022-06-28, still in progress).
        var all = (await staff.GetFromJsonAsync<JsonElement>($"{Api}/services?pageSize=100")).GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(["Accepted", "Answered", "Closed", "InProgress", "Rated", "Submitted"], all.Select(r => r.GetProperty("status").GetString()!).Distinct().Order(StringComparer.Ordinal).ToArray());
        var overdue = Assert.Single(all, r => r.GetProperty("overdue").GetBoolean());
        Assert.Equal(("工业诊断", "2022-06-28"), (overdue.GetProperty("type").GetString(), overdue.GetProperty("dueOn").GetString()));
        Assert.Equal(1, (await staff.GetFromJsonAsync<JsonElement>($"{Api}/services?overdue=true")).GetProperty("total").GetInt32());
        var sorted = (await staff.GetFromJsonAsync<JsonElement>($"{Api}/services?sort=due&pageSize=2&page=1")).GetProperty("items").EnumerateArray().Select(r => r.GetProperty("dueOn").GetString()).ToList();
        Assert.Equal(2, sorted.Count);

        // June 2022: raised 06-01 (科技攻关, 3 days, due 06-07 over the Dragon Boat Festival, answered 06-09: late), 06-06 (科技咨询, due 06-13, answered 06-10, rated 5)
        // and 06-21 (工业诊断, due 06-28, open at the month's end: overdue).
        var june = await staff.GetFromJsonAsync<JsonElement>($"{Api}/services/statistics?year=2022&month=6");
        var t = june.GetProperty("totals");
        Assert.Equal((3, 2, 1, 2, 4.0m), (t.GetProperty("received").GetInt32(), t.GetProperty("answered").GetInt32(), t.GetProperty("answeredInTime").GetInt32(),
            t.GetProperty("overdue").GetInt32(), t.GetProperty("meanSatisfaction").GetDecimal()));
        var byType = june.GetProperty("byType").EnumerateArray().ToDictionary(k => k.GetProperty("key").GetString()!, k => k.GetProperty("figures"));
        Assert.Equal(new[] { "工业诊断", "科技攻关", "科技咨询" }.Order(StringComparer.Ordinal), byType.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(1, byType["科技攻关"].GetProperty("overdue").GetInt32());
        Assert.Equal(5m, byType["科技咨询"].GetProperty("meanSatisfaction").GetDecimal());
        Assert.Equal(3, Assert.Single(june.GetProperty("byDepartment").EnumerateArray()).GetProperty("figures").GetProperty("received").GetInt32());
        Assert.Equal(12, june.GetProperty("months").GetArrayLength());
        Assert.Equal(t.GetRawText(), june.GetProperty("months")[5].GetProperty("figures").GetRawText());
        var timelinessJune = Assert.Single((await staff.GetFromJsonAsync<JsonElement>($"{Api}/services/timeliness?year=2022&month=6")).EnumerateArray());
        Assert.Equal(("科技局", 3, 1), (timelinessJune.GetProperty("department").GetString(), timelinessJune.GetProperty("due").GetInt32(), timelinessJune.GetProperty("answeredInTime").GetInt32()));
        var july = (await staff.GetFromJsonAsync<JsonElement>($"{Api}/services/timeliness?year=2022&month=7")).EnumerateArray()
            .ToDictionary(r => r.GetProperty("department").GetString()!, r => (r.GetProperty("due").GetInt32(), r.GetProperty("answeredInTime").GetInt32()));
        Assert.Equal((2, 1), july["财政局"]);
        Assert.Equal((1, 0), july["科技局"]);

        // A new request answered today moves July's figures by exactly one.
        var before = (await staff.GetFromJsonAsync<JsonElement>($"{Api}/services/statistics?year=2022&month=7")).GetProperty("totals");
        var id = (await RaiseAsync(staff, await EnterpriseTests.IdOfAsync(staff, "chengde", "承德宏达智能装备有限公司"))).GetProperty("id").GetGuid();
        var accepted = await OkAsync(await staff.PostAsJsonAsync($"{Api}/services/{id}/accept", new { departmentId = await DepartmentAsync(staff, "财政局"), limitWorkingDays = 2, version = 0 }));
        await OkAsync(await staff.PostAsJsonAsync($"{Api}/services/{id}/answer", new { reply = "当日答复", version = accepted.GetProperty("version").GetInt64() }));
        var after = (await staff.GetFromJsonAsync<JsonElement>($"{Api}/services/statistics?year=2022&month=7")).GetProperty("totals");
        foreach (var key in new[] { "received", "answered", "answeredInTime" })
        {
            Assert.Equal(before.GetProperty(key).GetInt32() + 1, after.GetProperty(key).GetInt32());
        }

        Assert.Contains("month", await FieldsAsync(await staff.GetAsync($"{Api}/services/statistics?year=2022&month=13")));
        Assert.Equal(HttpStatusCode.Forbidden, (await (await app.ClientForAsync("chengde-ent")).GetAsync($"{Api}/services/statistics?year=2022&month=6")).StatusCode);

        var export = await (await app.BrowserAsync("chengde")).GetAsync("/export/services.xlsx?zone=chengde&overdue=true");
        Assert.Equal(HttpStatusCode.OK, export.StatusCode);
        var rows = MiniExcelLibs.MiniExcel.Query(new MemoryStream(await export.Content.ReadAsByteArrayAsync()), useHeaderRow: true).Cast<IDictionary<string, object?>>().ToList();
        Assert.Equal("示例：生产线数字化改造诊断", Assert.Single(rows)["事项 Title"]);
    }
}

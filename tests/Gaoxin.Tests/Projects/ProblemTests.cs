using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Gaoxin.Tests.Infrastructure;

namespace Gaoxin.Tests.Projects;

public sealed class ProblemTests
{
    internal static async Task<string> ProjectAsync(HttpClient client, string code)
    {
        var created = await client.PostAsJsonAsync("/api/v1/zones/chengde/projects", new
        {
            code, stage = "Started", stageSince = "2022-03-01",
            fields = new { name = "问题测试项目" + code, plannedTotalInvestment = 50_000_000m, yearPlans = new[] { new { year = 2022, planned = 10_000_000m } } },
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        return (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
    }

    internal static async Task<string> DepartmentAsync(HttpClient client)
        => (await client.GetFromJsonAsync<JsonElement>("/api/v1/zones/chengde/departments"))[0].GetProperty("id").GetString()!;

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_problem_goes_from_raised_to_closed_with_every_step_kept(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var client = await app.ClientForAsync("chengde");
        var project = await ProjectAsync(client, "P-001");
        var department = await DepartmentAsync(client);

        var raised = await client.PostAsJsonAsync($"/api/v1/zones/chengde/projects/{project}/problems", new { title = "施工用电未接入", detail = "需供电公司协调" });
        Assert.Equal(HttpStatusCode.Created, raised.StatusCode);
        var p = await raised.Content.ReadFromJsonAsync<JsonElement>();
        var url = $"/api/v1/zones/chengde/problems/{p.GetProperty("id").GetString()}";
        Assert.Equal("Raised", p.GetProperty("status").GetString());

        // Closing before it is assigned, resolved and checked is refused, and says where it stands.
        Assert.Contains("raised", await Problem.AssertAsync(await client.PostAsJsonAsync(url + "/close", new { version = V(p) }), HttpStatusCode.Conflict), StringComparison.Ordinal);
        // A deadline in the past (business day 2022-07-15) is refused.
        Assert.Contains("2022-07-15", await Problem.AssertAsync(await client.PostAsJsonAsync(url + "/assign", new { departmentId = department, assignee = "王科长", deadline = "2022-07-01", version = V(p) }), HttpStatusCode.BadRequest), StringComparison.Ordinal);

        p = await Ok(await client.PostAsJsonAsync(url + "/assign", new { departmentId = department, assignee = "王科长", deadline = "2022-07-22", version = V(p) }));
        Assert.Equal("Assigned", p.GetProperty("status").GetString());
        Assert.Equal("王科长", p.GetProperty("assignee").GetString());

        // A stale version (someone else acted first) is a conflict.
        await Problem.AssertAsync(await client.PostAsJsonAsync(url + "/resolve", new { note = "已协调", version = V(p) - 1 }), HttpStatusCode.Conflict);

        p = await Ok(await client.PostAsJsonAsync(url + "/resolve", new { note = "供电公司已接入临时用电", version = V(p) }));
        Assert.Contains("Say why", await Problem.AssertAsync(await client.PostAsJsonAsync(url + "/check", new { passed = false, version = V(p) }), HttpStatusCode.BadRequest), StringComparison.Ordinal);
        p = await Ok(await client.PostAsJsonAsync(url + "/check", new { passed = false, note = "仅临时用电，正式用电未接", version = V(p) }));
        Assert.Equal("Assigned", p.GetProperty("status").GetString());
        p = await Ok(await client.PostAsJsonAsync(url + "/resolve", new { note = "正式用电已接入", version = V(p) }));
        p = await Ok(await client.PostAsJsonAsync(url + "/check", new { passed = true, version = V(p) }));
        p = await Ok(await client.PostAsJsonAsync(url + "/close", new { version = V(p) }));
        Assert.Equal("Closed", p.GetProperty("status").GetString());
        Assert.Equal("2022-07-15", p.GetProperty("closedOn").GetString());
        Assert.Equal(["Raise", "Assign", "Resolve", "CheckFailed", "Resolve", "CheckPassed", "Close"],
            p.GetProperty("steps").EnumerateArray().Select(s => s.GetProperty("action").GetString()));
        Assert.All(p.GetProperty("steps").EnumerateArray(), s => Assert.Equal("chengde", s.GetProperty("by").GetString()));

        var open = await client.GetFromJsonAsync<JsonElement>("/api/v1/zones/chengde/problems?open=true&search=P-001");
        Assert.Equal(0, open.GetProperty("total").GetInt32());
        var all = await client.GetFromJsonAsync<JsonElement>("/api/v1/zones/chengde/problems?search=P-001");
        Assert.Equal(1, all.GetProperty("total").GetInt32());
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Overdue_problems_escalate_by_working_days(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var client = await app.ClientForAsync("chengde");
        var project = await ProjectAsync(client, "P-002");
        var department = await DepartmentAsync(client);
        foreach (var (title, deadline) in new[] { ("A 土地手续", "2022-07-18"), ("B 环评批复", "2022-07-27") })
        {
            var p = await Ok(await client.PostAsJsonAsync($"/api/v1/zones/chengde/projects/{project}/problems", new { title }), HttpStatusCode.Created);
            await Ok(await client.PostAsJsonAsync($"/api/v1/zones/chengde/problems/{p.GetProperty("id").GetString()}/assign",
                new { departmentId = department, assignee = "李主任", deadline, version = V(p) }));
        }

        // Two weeks later: A is 9 working days late (escalated to leadership), B 2 (supervised by the project office).
        await using var later = await TestApp.StartOnAsync(app, new Dictionary<string, string?> { ["Demo:Today"] = "2022-07-29" });
        var overdue = await (await later.ClientForAsync("chengde")).GetFromJsonAsync<JsonElement>("/api/v1/zones/chengde/problems?overdue=true&sort=title&search=P-002");
        var items = overdue.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(["A 土地手续", "B 环评批复"], items.Select(i => i.GetProperty("title").GetString()));
        Assert.Equal([9, 2], items.Select(i => i.GetProperty("overdueWorkingDays").GetInt32()));
        Assert.Equal(["Leadership", "Supervised"], items.Select(i => i.GetProperty("escalation").GetString()));

        // On the business day they were assigned nothing was overdue.
        var now = await client.GetFromJsonAsync<JsonElement>("/api/v1/zones/chengde/problems?overdue=true&search=P-002");
        Assert.Equal(0, now.GetProperty("total").GetInt32());
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Tasks_and_responsibilities_are_listed_with_overdue_flags(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var client = await app.ClientForAsync("chengde");
        var project = await ProjectAsync(client, "P-003");
        var url = $"/api/v1/zones/chengde/projects/{project}/duties";
        await Ok(await client.PostAsJsonAsync(url, new { kind = "Task", text = "完成施工图审查", owner = "住建局", due = "2022-07-10" }), HttpStatusCode.Created);
        await Ok(await client.PostAsJsonAsync(url, new { kind = "Responsibility", text = "项目包联", owner = "张副主任" }), HttpStatusCode.Created);
        await Problem.AssertAsync(await client.PostAsJsonAsync(url, new { kind = "Task", text = "", owner = "住建局" }), HttpStatusCode.BadRequest);

        var list = (await client.GetFromJsonAsync<JsonElement>(url)).EnumerateArray().ToList();
        Assert.Equal(["Task", "Responsibility"], list.Select(d => d.GetProperty("kind").GetString()));
        Assert.True(list[0].GetProperty("overdue").GetBoolean());
        var done = await Ok(await client.PostAsJsonAsync($"/api/v1/zones/chengde/duties/{list[0].GetProperty("id").GetString()}/done", new { on = "2022-07-14", version = list[0].GetProperty("version").GetInt64() }));
        Assert.False(done.GetProperty("overdue").GetBoolean());
        await Problem.AssertAsync(await client.PostAsJsonAsync($"/api/v1/zones/chengde/duties/{list[1].GetProperty("id").GetString()}/done", new { on = "2022-08-01", version = list[1].GetProperty("version").GetInt64() }), HttpStatusCode.BadRequest);
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Problems_export_to_excel_with_formula_text_neutralised(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var client = await app.ClientForAsync("chengde");
        var project = await ProjectAsync(client, "P-004");
        await Ok(await client.PostAsJsonAsync($"/api/v1/zones/chengde/projects/{project}/problems", new { title = "=HYPERLINK(\"http://x\")" }), HttpStatusCode.Created);
        var browser = await app.BrowserAsync("chengde");
        var response = await browser.GetAsync("/export/problems.xlsx?zone=chengde&search=P-004");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var stream = await response.Content.ReadAsStreamAsync();
        var rows = MiniExcelLibs.MiniExcel.Query(stream, useHeaderRow: true).Cast<IDictionary<string, object>>().ToList();
        var row = Assert.Single(rows);
        Assert.Equal("'=HYPERLINK(\"http://x\")", row.Values.Select(v => v?.ToString()).Single(v => v != null && v.Contains("HYPERLINK", StringComparison.Ordinal)));
    }

    private static long V(JsonElement e) => e.GetProperty("version").GetInt64();

    private static async Task<JsonElement> Ok(HttpResponseMessage response, HttpStatusCode status = HttpStatusCode.OK)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == status, $"{(int)response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }
}

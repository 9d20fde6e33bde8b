using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Gaoxin.Tests.Infrastructure;

namespace Gaoxin.Tests.Schedules;

public sealed class ScheduleTests
{
    private const string Zone = "/api/v1/zones/chengde";

    internal static long V(JsonElement e) => e.GetProperty("version").GetInt64();

    internal static async Task<JsonElement> Ok(HttpResponseMessage response, HttpStatusCode status = HttpStatusCode.OK)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == status, $"Expected {(int)status}, got {(int)response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    internal static JsonElement Activity(JsonElement schedule, string key)
        => schedule.GetProperty("activities").EnumerateArray().Single(a => a.GetProperty("key").GetString() == key);

    internal static string Date(JsonElement activity, string field) => activity.GetProperty(field).GetString()!;

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Every_demo_zone_has_the_default_templates_with_statutory_limits_and_case_workers(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        foreach (var zone in new[] { "chengde", "xianyang", "liudong", "qingdao", "guiyang" })
        {
            var client = await app.ClientForAsync(zone);
            var templates = (await client.GetFromJsonAsync<JsonElement>($"/api/v1/zones/{zone}/schedule-templates")).EnumerateArray().ToList();
            Assert.Equal(["land-start", "standard"], templates.Select(t => t.GetProperty("code").GetString()));
            var standard = templates[1];
            Assert.Equal(["立项/备案", "用地（土地出让）", "规划许可", "施工许可", "开工", "主体完工", "竣工验收", "投产"],
                standard.GetProperty("steps").EnumerateArray().Select(s => s.GetProperty("name").GetString()));
            var planning = standard.GetProperty("steps").EnumerateArray().Single(s => s.GetProperty("key").GetString() == "planning");
            Assert.Equal(20, planning.GetProperty("statutoryDays").GetInt32());
            Assert.Contains("帮办", planning.GetProperty("caseWorker").GetString(), StringComparison.Ordinal);
            // 拿地即开工: both permits follow the filing directly, in parallel with the land sale, and all three lead to the start.
            var landStart = templates[0].GetProperty("links").EnumerateArray().Select(l => $"{l.GetProperty("from").GetString()}>{l.GetProperty("to").GetString()}").ToList();
            Assert.Contains("filing>planning", landStart);
            Assert.Contains("filing>permit", landStart);
            Assert.Contains("land>start", landStart);
            Assert.DoesNotContain("land>planning", landStart);
        }
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Templates_are_edited_whole_and_refused_whole_when_wrong(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var client = await app.ClientForAsync("chengde");
        var standard = (await client.GetFromJsonAsync<JsonElement>($"{Zone}/schedule-templates")).EnumerateArray().Single(t => t.GetProperty("code").GetString() == "standard");
        var url = $"{Zone}/schedule-templates/{standard.GetProperty("id").GetString()}";
        object Body(object[] steps, object[] links, long version) => new { code = "standard", name = "工业项目标准流程", projectType = "工业项目", steps, links, version };
        object[] steps = [new { key = "a", name = "备案", duration = 3, statutoryDays = 3, caseWorker = "王帮办" }, new { key = "b", name = "规划许可", duration = 20 }, new { key = "c", name = "开工", duration = 0 }];

        // A cycle is refused naming its steps; a negative duration, a link to a step that does not exist, a stale version too.
        var cycle = await Problem.AssertAsync(await client.PutAsJsonAsync(url, Body(steps, [new { from = "a", to = "b" }, new { from = "b", to = "c" }, new { from = "c", to = "a", type = "FS" }], V(standard))),
            HttpStatusCode.UnprocessableEntity);
        Assert.Contains("备案 (a) → 规划许可 (b) → 开工 (c) → 备案 (a)", cycle, StringComparison.Ordinal);
        Assert.Contains("-2", await Problem.AssertAsync(await client.PutAsJsonAsync(url, Body([new { key = "a", name = "备案", duration = -2 }], [], V(standard))), HttpStatusCode.BadRequest), StringComparison.Ordinal);
        Assert.Contains("'x'", await Problem.AssertAsync(await client.PutAsJsonAsync(url, Body(steps, [new { from = "a", to = "x" }], V(standard))), HttpStatusCode.BadRequest), StringComparison.Ordinal);
        await Problem.AssertAsync(await client.PutAsJsonAsync(url, Body(steps, [new { from = "a", to = "b", type = "XX" }], V(standard))), HttpStatusCode.BadRequest);
        // A fractional duration is not a whole number of working days.
        await Problem.AssertAsync(await client.PutAsync(url, JsonContent.Create(new { code = "standard", name = "n", steps = new[] { new { key = "a", name = "备案", duration = 2.5 } }, version = V(standard) })), HttpStatusCode.BadRequest);
        await Problem.AssertAsync(await client.PutAsJsonAsync(url, Body(steps, [], V(standard) + 1)), HttpStatusCode.Conflict);
        var unchanged = await client.GetFromJsonAsync<JsonElement>(url);
        Assert.Equal(8, unchanged.GetProperty("steps").GetArrayLength());
        Assert.Equal(V(standard), V(unchanged));

        var saved = await Ok(await client.PutAsJsonAsync(url, Body(steps, [new { from = "a", to = "b", type = "SS", lag = 2 }, new { from = "b", to = "c" }], V(standard))));
        Assert.Equal(3, saved.GetProperty("steps").GetArrayLength());
        Assert.Equal("SS", saved.GetProperty("links")[0].GetProperty("type").GetString());
        Assert.Equal(2, saved.GetProperty("links")[0].GetProperty("lag").GetInt32());

        var created = await Ok(await client.PostAsJsonAsync($"{Zone}/schedule-templates", new { code = "infra", name = "基础设施项目", projectType = "基础设施", steps, links = Array.Empty<object>() }), HttpStatusCode.Created);
        Assert.Equal("infra", created.GetProperty("code").GetString());
        await Problem.AssertAsync(await client.PostAsJsonAsync($"{Zone}/schedule-templates", new { code = "infra", name = "重复", steps, links = Array.Empty<object>() }), HttpStatusCode.Conflict);
        Assert.Equal(3, (await client.GetFromJsonAsync<JsonElement>($"{Zone}/schedule-templates")).GetArrayLength());

        // Reading is for everyone who reads projects; the other zone's templates are not reachable.
        await Problem.AssertAsync(await client.GetAsync($"/api/v1/zones/xianyang/schedule-templates/{standard.GetProperty("id").GetString()}"), HttpStatusCode.NotFound);
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_schedule_is_made_from_a_template_and_computed_on_the_prc_calendar(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var client = await app.ClientForAsync("chengde");
        var project = await Projects.ProblemTests.ProjectAsync(client, "S-001");
        var url = $"{Zone}/projects/{project}/schedule";
        await Problem.AssertAsync(await client.GetAsync(url), HttpStatusCode.NotFound);

        var s = await Ok(await client.PostAsJsonAsync(url, new { start = "2022-09-01", deadline = "2023-10-31" }), HttpStatusCode.Created);
        Assert.Equal("工业项目标准流程", s.GetProperty("templateName").GetString());
        Assert.Equal("2022-07-15", s.GetProperty("statusDate").GetString());
        // 备案 3 working days from Thursday 1 September: 1, 2 and Monday 5 September.
        Assert.Equal(("2022-09-01", "2022-09-05"), (Date(Activity(s, "filing"), "earlyStart"), Date(Activity(s, "filing"), "earlyFinish")));
        // 用地 40 working days from 6 September skips 中秋 (10–12 Sep) and 国庆 (1–7 Oct) and counts the make-up
        // working days Saturday 8 and Sunday 9 October: it ends on Friday 4 November.
        Assert.Equal(("2022-09-06", "2022-11-04"), (Date(Activity(s, "land"), "earlyStart"), Date(Activity(s, "land"), "earlyFinish")));
        Assert.Contains(s.GetProperty("nonWorkingDays").EnumerateArray().Select(d => d.GetString()), d => d == "2022-10-03");
        Assert.DoesNotContain(s.GetProperty("nonWorkingDays").EnumerateArray().Select(d => d.GetString()), d => d == "2022-10-08");
        // One chain: every step is critical when the deadline is the early finish; here the deadline leaves float.
        Assert.All(s.GetProperty("activities").EnumerateArray(), a => Assert.Equal(a.GetProperty("totalFloat").GetInt32(), Activity(s, "filing").GetProperty("totalFloat").GetInt32()));
        // The plan as made is the first baseline: no variance yet.
        Assert.Equal("Initial plan", s.GetProperty("baseline").GetString());
        Assert.All(s.GetProperty("activities").EnumerateArray(), a => Assert.Equal(0, a.GetProperty("finishVariance").GetInt32()));
        Assert.Equal(["filing", "land", "planning", "permit", "start", "structure", "acceptance", "production"], s.GetProperty("activities").EnumerateArray().Select(a => a.GetProperty("key").GetString()));

        // One schedule per project.
        await Problem.AssertAsync(await client.PostAsJsonAsync(url, new { start = "2022-09-01" }), HttpStatusCode.Conflict);
        // The project must exist in the zone.
        await Problem.AssertAsync(await client.PostAsJsonAsync($"{Zone}/projects/{Guid.NewGuid()}/schedule", new { start = "2022-09-01" }), HttpStatusCode.NotFound);

        // Without a deadline the backward pass starts from the early finish: the single chain is all critical.
        s = await Ok(await client.PutAsJsonAsync(url, new { start = "2022-09-01", deadline = (string?)null, version = V(s) }));
        Assert.All(s.GetProperty("activities").EnumerateArray(), a => Assert.True(a.GetProperty("critical").GetBoolean()));
        Assert.Equal(8, s.GetProperty("criticalPath").GetArrayLength());
        // A deadline earlier than the plan can meet gives negative float.
        s = await Ok(await client.PutAsJsonAsync(url, new { start = "2022-09-01", deadline = "2023-06-30", version = V(s) }));
        Assert.True(Activity(s, "production").GetProperty("totalFloat").GetInt32() < 0);
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Activities_change_and_the_schedule_is_recomputed_or_nothing_changes(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var client = await app.ClientForAsync("chengde");
        var project = await Projects.ProblemTests.ProjectAsync(client, "S-002");
        var url = $"{Zone}/projects/{project}/schedule";
        var s = await Ok(await client.PostAsJsonAsync(url, new { start = "2022-09-01" }), HttpStatusCode.Created);
        var permitFinish = Date(Activity(s, "permit"), "earlyFinish");

        // Longer 规划许可 (automatic): everything after it moves by 5 working days against the baseline.
        s = await Ok(await client.PatchAsJsonAsync($"{url}/activities/planning", new { duration = 25, version = V(s) }));
        Assert.Equal(25, Activity(s, "planning").GetProperty("duration").GetInt32());
        Assert.Equal(5, Activity(s, "permit").GetProperty("finishVariance").GetInt32());
        Assert.Equal(5, Activity(s, "production").GetProperty("startVariance").GetInt32());
        Assert.NotEqual(permitFinish, Date(Activity(s, "permit"), "earlyFinish"));

        // A stale version is a conflict.
        await Problem.AssertAsync(await client.PatchAsJsonAsync($"{url}/activities/planning", new { duration = 30, version = V(s) - 1 }), HttpStatusCode.Conflict);

        // Bad inputs: nothing changes.
        var before = await client.GetFromJsonAsync<JsonElement>(url);
        Assert.Contains("-1", await Problem.AssertAsync(await client.PatchAsJsonAsync($"{url}/activities/planning", new { duration = -1, version = V(s) }), HttpStatusCode.BadRequest), StringComparison.Ordinal);
        Assert.Contains("manual", await Problem.AssertAsync(await client.PatchAsJsonAsync($"{url}/activities/planning", new { start = "2022-10-10", version = V(s) }), HttpStatusCode.BadRequest), StringComparison.Ordinal);
        await Problem.AssertAsync(await client.PatchAsJsonAsync($"{url}/activities/nosuch", new { duration = 3, version = V(s) }), HttpStatusCode.NotFound);
        Assert.Contains("2022-07-20", await Problem.AssertAsync(await client.PatchAsJsonAsync($"{url}/activities/filing", new { actualStart = "2022-07-20", version = V(s) }), HttpStatusCode.BadRequest), StringComparison.Ordinal);
        Assert.Contains("before it starts", await Problem.AssertAsync(await client.PatchAsJsonAsync($"{url}/activities/land", new { manual = true, start = "2022-10-20", finish = "2022-10-10", version = V(s) }), HttpStatusCode.BadRequest), StringComparison.Ordinal);
        var cycle = await Problem.AssertAsync(await client.PostAsJsonAsync($"{url}/links", new { from = "production", to = "filing", type = "FS", lag = 0, version = V(s) }), HttpStatusCode.UnprocessableEntity);
        Assert.Contains("立项/备案 (filing)", cycle, StringComparison.Ordinal);
        Assert.Contains("投产 (production)", cycle, StringComparison.Ordinal);
        Assert.Contains("'nosuch'", await Problem.AssertAsync(await client.PostAsJsonAsync($"{url}/links", new { from = "filing", to = "nosuch", version = V(s) }), HttpStatusCode.BadRequest), StringComparison.Ordinal);
        // A year whose holiday notice is not loaded (2027) is refused naming it.
        Assert.Contains("2027", await Problem.AssertAsync(await client.PutAsJsonAsync(url, new { start = "2026-06-01", version = V(s) }), HttpStatusCode.UnprocessableEntity), StringComparison.Ordinal);
        var after = await client.GetFromJsonAsync<JsonElement>(url);
        Assert.Equal(before.ToString(), after.ToString());

        // Manual 用地: it sits on its dates; its duration is the working days between them.
        s = await Ok(await client.PatchAsJsonAsync($"{url}/activities/land", new { manual = true, start = "2022-09-13", finish = "2022-09-30", version = V(s) }));
        var land = Activity(s, "land");
        Assert.True(land.GetProperty("manual").GetBoolean());
        Assert.Equal(("2022-09-13", "2022-09-30"), (Date(land, "earlyStart"), Date(land, "earlyFinish")));
        Assert.Equal(14, land.GetProperty("duration").GetInt32());
        Assert.Contains("manually", await Problem.AssertAsync(await client.PatchAsJsonAsync($"{url}/activities/land", new { duration = 3, version = V(s) }), HttpStatusCode.BadRequest), StringComparison.Ordinal);

        // Links: an SS link with a lead, then removed.
        s = await Ok(await client.PostAsJsonAsync($"{url}/links", new { from = "filing", to = "planning", type = "SS", lag = 1, version = V(s) }));
        Assert.Contains("filing SS+1", Activity(s, "planning").GetProperty("predecessors").GetString(), StringComparison.Ordinal);
        await Problem.AssertAsync(await client.PostAsJsonAsync($"{url}/links", new { from = "filing", to = "planning", type = "FS", version = V(s) }), HttpStatusCode.BadRequest);
        s = await Ok(await client.DeleteAsync($"{url}/links/filing/planning?version={V(s)}"));
        Assert.DoesNotContain("filing", Activity(s, "planning").GetProperty("predecessors").GetString(), StringComparison.Ordinal);
        await Problem.AssertAsync(await client.DeleteAsync($"{url}/links/filing/planning?version={V(s)}"), HttpStatusCode.NotFound);

        // A named baseline: the schedule is then compared with it.
        s = await Ok(await client.PostAsJsonAsync($"{url}/baselines", new { name = "2022年中计划", version = V(s) }));
        Assert.Equal("2022年中计划", s.GetProperty("baseline").GetString());
        Assert.Equal(["Initial plan", "2022年中计划"], s.GetProperty("baselines").EnumerateArray().Select(b => b.GetString()));
        Assert.Equal(0, Activity(s, "permit").GetProperty("finishVariance").GetInt32());
        await Problem.AssertAsync(await client.PostAsJsonAsync($"{url}/baselines", new { name = "2022年中计划", version = V(s) }), HttpStatusCode.Conflict);
        await Problem.AssertAsync(await client.PostAsJsonAsync($"{url}/baselines", new { name = " ", version = V(s) }), HttpStatusCode.BadRequest);
        var initial = await client.GetFromJsonAsync<JsonElement>($"{url}?baseline=Initial%20plan");
        Assert.Equal("Initial plan", initial.GetProperty("baseline").GetString());
        Assert.NotEqual(0, Activity(initial, "production").GetProperty("finishVariance").GetInt32());
        await Problem.AssertAsync(await client.GetAsync($"{url}?baseline=nosuch"), HttpStatusCode.NotFound);

        // Progress: an approval under way longer than its statutory limit is late.
        s = await Ok(await client.PatchAsJsonAsync($"{url}/activities/filing", new { actualStart = "2022-07-01", version = V(s) }));
        var filing = Activity(s, "filing");
        Assert.Equal("OverStatutoryLimit", filing.GetProperty("lateKind").GetString());
        Assert.Equal(8, filing.GetProperty("lateDays").GetInt32());
        s = await Ok(await client.PatchAsJsonAsync($"{url}/activities/filing", new { actualFinish = "2022-07-05", version = V(s) }));
        Assert.Equal(JsonValueKind.Null, Activity(s, "filing").GetProperty("lateKind").ValueKind);
        Assert.Equal("Complete", Activity(s, "filing").GetProperty("status").GetString());
        s = await Ok(await client.PatchAsJsonAsync($"{url}/activities/filing", new { clear = new[] { "actualFinish", "actualStart" }, version = V(s) }));
        Assert.Equal("NotStarted", Activity(s, "filing").GetProperty("status").GetString());
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Demo_schedules_show_an_approval_over_its_statutory_limit(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var client = await app.ClientForAsync("chengde");
        var list = await client.GetFromJsonAsync<JsonElement>($"{Zone}/projects?search=CD2022-001");
        var id = list.GetProperty("items")[0].GetProperty("id").GetString();
        var s = await client.GetFromJsonAsync<JsonElement>($"{Zone}/projects/{id}/schedule");
        var permit = Activity(s, "permit");
        // 施工许可 started 30 May 2022; by 15 July it has run 34 working days (端午 3 June off) against a limit of 7.
        Assert.Equal("OverStatutoryLimit", permit.GetProperty("lateKind").GetString());
        Assert.Equal(27, permit.GetProperty("lateDays").GetInt32());
        Assert.Equal("2022-05-30", permit.GetProperty("actualStart").GetString());
        Assert.Equal("Complete", Activity(s, "filing").GetProperty("status").GetString());
    }
}

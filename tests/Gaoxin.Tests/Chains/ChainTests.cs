using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Gaoxin.Engines.Identifiers;
using Gaoxin.Tests.Infrastructure;

namespace Gaoxin.Tests.Chains;

/// <summary>Industrial chains through the API: link order, roll-ups, gap rules, leads from gaps, isolation, pairing, bad input.</summary>
public sealed class ChainTests
{
    private static int _codes;

    private static object Links(params (string Code, string Name, string[] Up)[] links) => LinksAt(0, links);

    private static object LinksAt(long version, params (string Code, string Name, string[] Up)[] links)
        => new { links = links.Select(l => new { code = l.Code, name = l.Name, kind = "Component", upstream = l.Up }).ToArray(), version };

    private static async Task<JsonElement> ChainAsync(HttpClient c, string zone, string code)
        => await c.GetFromJsonAsync<JsonElement>($"/api/v1/zones/{zone}/chains/{code}");

    private static JsonElement Link(JsonElement chain, string code) => chain.GetProperty("links").EnumerateArray().Single(l => l.GetProperty("code").GetString() == code);

    private static async Task<string> NewChainAsync(HttpClient c, string zone, string code, params (string Code, string Name, string[] Up)[] links)
    {
        Assert.Equal(HttpStatusCode.Created, (await c.PostAsJsonAsync($"/api/v1/zones/{zone}/chains", new { code, fields = new { name = code + "链", chiefName = "示例链长", memberUnits = new[] { "招商局" } } })).StatusCode);
        var set = await c.PutAsJsonAsync($"/api/v1/zones/{zone}/chains/{code}/links", Links(links));
        Assert.True(set.IsSuccessStatusCode, await set.Content.ReadAsStringAsync());
        return code;
    }

    private static async Task<string> EnterpriseAsync(HttpClient c, string zone, string name, decimal output, decimal tax, int year = 2021, string? hnte = null)
    {
        var org = CreditCode.CompleteOrganizationCode("8" + Interlocked.Increment(ref _codes).ToString("D7", System.Globalization.CultureInfo.InvariantCulture));
        var created = await c.PostAsJsonAsync($"/api/v1/zones/{zone}/enterprises", new { name, creditCode = CreditCode.Complete("91450200" + org) });
        Assert.True(created.IsSuccessStatusCode, await created.Content.ReadAsStringAsync());
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
        var figures = await c.PutAsJsonAsync($"/api/v1/zones/{zone}/enterprises/{id}/figures/{year}", new { figures = new { staff = 50, revenue = output, output, tax }, version = 0 });
        Assert.True(figures.IsSuccessStatusCode, await figures.Content.ReadAsStringAsync());
        if (hnte is not null)
        {
            Assert.Equal(HttpStatusCode.Created, (await c.PostAsJsonAsync($"/api/v1/zones/{zone}/enterprises/{id}/qualifications", new { kind = hnte, level = "National", grantedOn = "2021-06-01" })).StatusCode);
        }

        return id;
    }

    private static async Task<string> ProjectAsync(HttpClient c, string zone, string code, string stage, decimal total)
    {
        var created = await c.PostAsJsonAsync($"/api/v1/zones/{zone}/projects", new { code, stage, stageSince = "2022-03-01", fields = new { name = "链上项目" + code, plannedTotalInvestment = total } });
        Assert.True(created.IsSuccessStatusCode, await created.Content.ReadAsStringAsync());
        return (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
    }

    private static Task<HttpResponseMessage> PlaceAsync(HttpClient c, string zone, string chain, string linkId, string? enterprise = null, string? project = null, string role = "Supplier")
        => c.PostAsJsonAsync($"/api/v1/zones/{zone}/chains/{chain}/placements", new { linkId, enterpriseId = enterprise, projectId = project, role });

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Links_come_upstream_to_downstream_and_a_cycle_is_refused_naming_its_links_with_nothing_written(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var c = await app.ClientForAsync("liudong");
        // Written downstream first; the order follows the graph, ties in the order written (b before a, set before mid).
        await NewChainAsync(c, "liudong", "t1", ("set", "整机", ["b", "a"]), ("b", "零件B", []), ("a", "零件A", []), ("mid", "模组", ["a"]));
        var chain = await ChainAsync(c, "liudong", "t1");
        Assert.Equal(["b", "a", "set", "mid"], chain.GetProperty("links").EnumerateArray().Select(l => l.GetProperty("code").GetString()));

        var cycle = await c.PutAsJsonAsync("/api/v1/zones/liudong/chains/t1/links", new
        {
            links = new[] { new { code = "x", name = "甲", upstream = new[] { "z" } }, new { code = "y", name = "乙", upstream = new[] { "x" } }, new { code = "z", name = "丙", upstream = new[] { "y" } } },
            version = chain.GetProperty("chain").GetProperty("version").GetInt64(),
        });
        var detail = await Problem.AssertAsync(cycle, HttpStatusCode.BadRequest);
        Assert.Contains("甲 → 乙 → 丙 → 甲", detail, StringComparison.Ordinal);
        Assert.Equal(["b", "a", "set", "mid"], (await ChainAsync(c, "liudong", "t1")).GetProperty("links").EnumerateArray().Select(l => l.GetProperty("code").GetString()));

        var seen = chain.GetProperty("chain").GetProperty("version").GetInt64(); // refusals leave the version as it was
        var self = await c.PutAsJsonAsync("/api/v1/zones/liudong/chains/t1/links", LinksAt(seen, ("x", "甲", ["x"])));
        Assert.Contains("甲 → 甲", await Problem.AssertAsync(self, HttpStatusCode.BadRequest), StringComparison.Ordinal);
        await Problem.AssertAsync(await c.PutAsJsonAsync("/api/v1/zones/liudong/chains/t1/links", LinksAt(seen, ("x", "甲", ["nowhere"]))), HttpStatusCode.BadRequest);
        await Problem.AssertAsync(await c.PutAsJsonAsync("/api/v1/zones/liudong/chains/t1/links", LinksAt(seen, ("x", "甲", []), ("x", "乙", []))), HttpStatusCode.BadRequest);
        await Problem.AssertAsync(await c.PostAsJsonAsync("/api/v1/zones/liudong/chains", new { code = "t1", fields = new { name = "重复" } }), HttpStatusCode.Conflict);
        Assert.Equal(4, (await ChainAsync(c, "liudong", "t1")).GetProperty("links").GetArrayLength());
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Roll_ups_per_link_equal_the_records_behind_them_and_the_rules_judge_each_link(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var c = await app.ClientForAsync("liudong");
        await NewChainAsync(c, "liudong", "r1", ("up", "上游", []), ("down", "下游", ["up"]), ("empty", "空白", ["down"]));
        var chain = await ChainAsync(c, "liudong", "r1");
        var up = Link(chain, "up").GetProperty("id").GetString()!;
        var down = Link(chain, "down").GetProperty("id").GetString()!;
        var a = await EnterpriseAsync(c, "liudong", "链测甲有限公司", 900_000_000m, 30_000_000m, hnte: "Hnte");
        var b = await EnterpriseAsync(c, "liudong", "链测乙有限公司", 100_000_000m, 5_000_000m, hnte: "Srdi");
        var d = await EnterpriseAsync(c, "liudong", "链测丙有限公司", 20_000_000m, 1_000_000m);
        Assert.Equal(HttpStatusCode.Created, (await PlaceAsync(c, "liudong", "r1", up, a, role: "Leader")).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await PlaceAsync(c, "liudong", "r1", up, b)).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await PlaceAsync(c, "liudong", "r1", down, d)).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await PlaceAsync(c, "liudong", "r1", down, b)).StatusCode); // one firm on two links
        foreach (var (code, stage, total) in new[] { ("R1-P1", "Planned", 10_000_000m), ("R1-P2", "Planned", 5_000_000m), ("R1-P3", "Signed", 80_000_000m) })
        {
            Assert.Equal(HttpStatusCode.Created, (await PlaceAsync(c, "liudong", "r1", down, project: await ProjectAsync(c, "liudong", code, stage, total))).StatusCode);
        }

        chain = await ChainAsync(c, "liudong", "r1");
        var u = Link(chain, "up");
        Assert.Equal(2, u.GetProperty("enterpriseCount").GetInt32());
        Assert.Equal(1_000_000_000m, u.GetProperty("output").GetDecimal());
        Assert.Equal(35_000_000m, u.GetProperty("tax").GetDecimal());
        Assert.Equal(1, u.GetProperty("hnteCount").GetInt32());
        Assert.Equal(1, u.GetProperty("srdiCount").GetInt32());
        Assert.Equal("strong", u.GetProperty("status").GetString());
        var w = Link(chain, "down");
        Assert.Equal(2, w.GetProperty("enterpriseCount").GetInt32());
        Assert.Equal(120_000_000m, w.GetProperty("output").GetDecimal());
        Assert.Equal(3, w.GetProperty("projectCount").GetInt32());
        Assert.Equal(95_000_000m, w.GetProperty("projectInvestment").GetDecimal());
        var stages = w.GetProperty("projectsByStage").EnumerateArray().ToDictionary(s => s.GetProperty("stage").GetString()!, s => (s.GetProperty("count").GetInt32(), s.GetProperty("investment").GetDecimal()));
        Assert.Equal((2, 15_000_000m), stages["Planned"]);
        Assert.Equal((1, 80_000_000m), stages["Signed"]);
        Assert.Equal("weak", w.GetProperty("status").GetString()); // no chain-leader firm
        Assert.Equal("missing", Link(chain, "empty").GetProperty("status").GetString());
        Assert.Equal(0, Link(chain, "empty").GetProperty("enterpriseCount").GetInt32());
        Assert.Equal(3, chain.GetProperty("chain").GetProperty("enterpriseCount").GetInt32());
        Assert.Equal(3, chain.GetProperty("chain").GetProperty("projectCount").GetInt32());

        // A year with no figures rolls up nothing; the rules change what weak means.
        Assert.Equal(0m, Link(await c.GetFromJsonAsync<JsonElement>("/api/v1/zones/liudong/chains/r1?year=2020"), "up").GetProperty("output").GetDecimal());
        var version = chain.GetProperty("chain").GetProperty("version").GetInt64();
        var rules = await c.PutAsJsonAsync("/api/v1/zones/liudong/chains/r1", new { fields = new { name = "r1链", weakWithoutLeader = false, weakBelowSharePercent = 20m }, version });
        Assert.True(rules.IsSuccessStatusCode, await rules.Content.ReadAsStringAsync());
        chain = await ChainAsync(c, "liudong", "r1");
        Assert.Equal("weak", Link(chain, "down").GetProperty("status").GetString()); // 120 of 1120 = 10.71% < 20%
        Assert.Equal(10.71m, Link(chain, "down").GetProperty("outputSharePercent").GetDecimal());
        var loose = await c.PutAsJsonAsync("/api/v1/zones/liudong/chains/r1", new { fields = new { name = "r1链", weakWithoutLeader = false, weakBelowSharePercent = 10m }, version = version + 1 });
        Assert.True(loose.IsSuccessStatusCode, await loose.Content.ReadAsStringAsync());
        Assert.Equal("strong", Link(await ChainAsync(c, "liudong", "r1"), "down").GetProperty("status").GetString());
        await Problem.AssertAsync(await c.PutAsJsonAsync("/api/v1/zones/liudong/chains/r1", new { fields = new { name = "r1链", weakBelowSharePercent = 120m }, version = version + 2 }), HttpStatusCode.BadRequest);

        // The drill-down lists the very records the figures came from.
        var detail = await c.GetFromJsonAsync<JsonElement>($"/api/v1/zones/liudong/chain-links/{down}");
        Assert.Equal(w.GetProperty("output").GetDecimal(), detail.GetProperty("enterprises").EnumerateArray().Sum(e => e.GetProperty("output").GetDecimal()));
        Assert.Equal(3, detail.GetProperty("projects").GetArrayLength());
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_link_with_sub_links_rolls_their_records_into_its_own_without_counting_them_twice_in_the_chain(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var c = await app.ClientForAsync("liudong");
        Assert.Equal(HttpStatusCode.Created, (await c.PostAsJsonAsync("/api/v1/zones/liudong/chains", new { code = "s1", fields = new { name = "s1链" } })).StatusCode);
        var set = await c.PutAsJsonAsync("/api/v1/zones/liudong/chains/s1/links", new
        {
            links = new object[]
            {
                new { code = "parts", name = "零部件", upstream = Array.Empty<string>() },
                new { code = "steer", name = "转向系统", upstream = Array.Empty<string>(), parent = "parts" },
                new { code = "brake", name = "制动系统", upstream = Array.Empty<string>(), parent = "parts" },
                new { code = "pump", name = "转向泵", upstream = Array.Empty<string>(), parent = "steer" },
                new { code = "set", name = "整车", upstream = new[] { "parts" } },
            },
            version = 0,
        });
        Assert.True(set.IsSuccessStatusCode, await set.Content.ReadAsStringAsync());
        var chain = await ChainAsync(c, "liudong", "s1");
        string Id(string code) => Link(chain, code).GetProperty("id").GetString()!;
        var a = await EnterpriseAsync(c, "liudong", "子环节甲有限公司", 300_000_000m, 10_000_000m);
        var b = await EnterpriseAsync(c, "liudong", "子环节乙有限公司", 100_000_000m, 4_000_000m);
        var d = await EnterpriseAsync(c, "liudong", "子环节丙有限公司", 600_000_000m, 20_000_000m);
        Assert.Equal(HttpStatusCode.Created, (await PlaceAsync(c, "liudong", "s1", Id("steer"), a, role: "Leader")).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await PlaceAsync(c, "liudong", "s1", Id("pump"), b)).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await PlaceAsync(c, "liudong", "s1", Id("brake"), b)).StatusCode); // one firm on two sub-links
        Assert.Equal(HttpStatusCode.Created, (await PlaceAsync(c, "liudong", "s1", Id("set"), d, role: "Leader")).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await PlaceAsync(c, "liudong", "s1", Id("pump"), project: await ProjectAsync(c, "liudong", "S1-P1", "Signed", 50_000_000m))).StatusCode);

        chain = await ChainAsync(c, "liudong", "s1");
        // 零部件 has no firm of its own, yet its sub-links' firms make it strong (a leader among them); 乙 counts once.
        var parts = Link(chain, "parts");
        Assert.Equal((2, 400_000_000m, 1, 1, "strong"), (parts.GetProperty("enterpriseCount").GetInt32(), parts.GetProperty("output").GetDecimal(),
            parts.GetProperty("leaderCount").GetInt32(), parts.GetProperty("projectCount").GetInt32(), parts.GetProperty("status").GetString()));
        var steer = Link(chain, "steer");
        Assert.Equal((2, 400_000_000m, 1), (steer.GetProperty("enterpriseCount").GetInt32(), steer.GetProperty("output").GetDecimal(), steer.GetProperty("projectCount").GetInt32()));
        Assert.Equal((1, 100_000_000m, "weak"), (Link(chain, "pump").GetProperty("enterpriseCount").GetInt32(), Link(chain, "pump").GetProperty("output").GetDecimal(), Link(chain, "pump").GetProperty("status").GetString()));
        // The chain's output counts each link's own firms: 3 + 1 + 1 + 6 亿 (乙 sits on two links), not the roll-ups again.
        Assert.Equal(1_100_000_000m, chain.GetProperty("chain").GetProperty("output").GetDecimal());
        Assert.Equal(54.55m, Link(chain, "set").GetProperty("outputSharePercent").GetDecimal());

        // The parent's drill-down lists the records its figures came from (in code-point order: 乙 before 甲).
        var detail = await c.GetFromJsonAsync<JsonElement>($"/api/v1/zones/liudong/chain-links/{Id("parts")}");
        Assert.Equal(["子环节乙有限公司", "子环节甲有限公司"], detail.GetProperty("enterprises").EnumerateArray().Select(e => e.GetProperty("name").GetString()).Order(StringComparer.Ordinal));
        Assert.Equal(parts.GetProperty("output").GetDecimal(), detail.GetProperty("enterprises").EnumerateArray().Sum(e => e.GetProperty("output").GetDecimal()));
        Assert.Equal(1, detail.GetProperty("projects").GetArrayLength());
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_lead_opened_from_a_gap_is_a_planned_project_on_that_link_linked_back_to_its_target(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var c = await app.ClientForAsync("liudong");
        await NewChainAsync(c, "liudong", "g1", ("a", "电池", []), ("b", "整车", ["a"]));
        var link = Link(await ChainAsync(c, "liudong", "g1"), "b").GetProperty("id").GetString()!;
        var created = await c.PostAsJsonAsync("/api/v1/zones/liudong/chains/g1/targets", new { linkId = link, fields = new { title = "引进整车企业", candidates = new[] { "示例汽车集团", "示例新能源公司" } } });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var target = await created.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("missing", target.GetProperty("linkStatus").GetString());
        var id = target.GetProperty("id").GetString();

        // A code already taken refuses the whole step: no project, no placement, the target still open.
        await ProjectAsync(c, "liudong", "G1-TAKEN", "Planned", 0);
        await Problem.AssertAsync(await c.PostAsJsonAsync($"/api/v1/zones/liudong/chain-targets/{id}/lead", new { code = "G1-TAKEN" }), HttpStatusCode.Conflict);
        Assert.Equal(0, Link(await ChainAsync(c, "liudong", "g1"), "b").GetProperty("projectCount").GetInt32());

        var lead = await c.PostAsJsonAsync($"/api/v1/zones/liudong/chain-targets/{id}/lead", new { code = "G1-LEAD", plannedTotalInvestment = 500_000_000m });
        Assert.Equal(HttpStatusCode.Created, lead.StatusCode);
        var project = await lead.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Planned", project.GetProperty("stage").GetString());
        Assert.Equal("引进整车企业", project.GetProperty("name").GetString());
        Assert.Equal("示例汽车集团", project.GetProperty("investor").GetString());
        Assert.Equal("g1链", project.GetProperty("chain").GetString());
        var after = Link(await ChainAsync(c, "liudong", "g1"), "b");
        Assert.Equal(1, after.GetProperty("projectCount").GetInt32());
        Assert.Equal(500_000_000m, after.GetProperty("projectInvestment").GetDecimal());
        var targets = await c.GetFromJsonAsync<JsonElement>("/api/v1/zones/liudong/chains/g1/targets");
        Assert.Equal("LeadOpened", targets[0].GetProperty("status").GetString());
        Assert.Equal("G1-LEAD", targets[0].GetProperty("leadCode").GetString());
        await Problem.AssertAsync(await c.PostAsJsonAsync($"/api/v1/zones/liudong/chain-targets/{id}/lead", new { code = "G1-LEAD2" }), HttpStatusCode.Conflict);

        // The chief's desk shows the gap, the target and the lead at its stage.
        var desk = await c.GetFromJsonAsync<JsonElement>("/api/v1/zones/liudong/chains/g1/desk");
        Assert.Equal(2, desk.GetProperty("gaps").GetArrayLength());
        Assert.Equal("G1-LEAD", desk.GetProperty("projects")[0].GetProperty("code").GetString());
        Assert.Equal(1, desk.GetProperty("targets").GetArrayLength());
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Bad_placements_and_deleting_a_chain_with_projects_are_refused_and_chains_stay_in_their_zone(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var c = await app.ClientForAsync("liudong");
        await NewChainAsync(c, "liudong", "b1", ("a", "环节甲", []));
        var link = Link(await ChainAsync(c, "liudong", "b1"), "a").GetProperty("id").GetString()!;
        var firm = await EnterpriseAsync(c, "liudong", "链测丁有限公司", 1m, 0m);
        Assert.Equal(HttpStatusCode.Created, (await PlaceAsync(c, "liudong", "b1", link, firm)).StatusCode);
        var twice = await Problem.AssertAsync(await PlaceAsync(c, "liudong", "b1", link, firm, role: "Leader"), HttpStatusCode.Conflict);
        Assert.Contains("链测丁有限公司", twice, StringComparison.Ordinal);
        await Problem.AssertAsync(await PlaceAsync(c, "liudong", "b1", link), HttpStatusCode.BadRequest);

        // Another zone's link (Xianyang's display chain, seen by the admin) is not a link of this chain; nor is its enterprise.
        var admin = await app.ClientForAsync("admin");
        var display = await ChainAsync(admin, "xianyang", "display");
        var foreignLink = display.GetProperty("links")[0].GetProperty("id").GetString()!;
        var foreignFirm = (await admin.GetFromJsonAsync<JsonElement>($"/api/v1/zones/xianyang/chain-links/{foreignLink}")).GetProperty("enterprises")[0].GetProperty("enterpriseId").GetString();
        var refused = await PlaceAsync(admin, "liudong", "b1", foreignLink, firm);
        Assert.Contains("linkId", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await Problem.AssertAsync(refused, HttpStatusCode.BadRequest);
        await Problem.AssertAsync(await PlaceAsync(c, "liudong", "b1", foreignLink, firm), HttpStatusCode.BadRequest);
        await Problem.AssertAsync(await PlaceAsync(admin, "liudong", "b1", link, foreignFirm), HttpStatusCode.BadRequest);
        await Problem.AssertAsync(await c.GetAsync("/api/v1/zones/xianyang/chains/display"), HttpStatusCode.NotFound);
        await Problem.AssertAsync(await c.GetAsync($"/api/v1/zones/liudong/chain-links/{foreignLink}"), HttpStatusCode.NotFound);
        Assert.DoesNotContain((await c.GetFromJsonAsync<JsonElement>("/api/v1/zones/liudong/chains")).EnumerateArray(), v => v.GetProperty("chain").GetProperty("code").GetString() == "display");

        // A chain with projects on it is not deleted: the answer says how many and which.
        var p1 = await ProjectAsync(c, "liudong", "B1-P1", "Negotiating", 0);
        var placed = await (await PlaceAsync(c, "liudong", "b1", link, project: p1)).Content.ReadFromJsonAsync<JsonElement>();
        await ProjectAsync(c, "liudong", "B1-P2", "Planned", 0);
        var busy = await Problem.AssertAsync(await c.DeleteAsync("/api/v1/zones/liudong/chains/b1"), HttpStatusCode.Conflict);
        Assert.Contains("1", busy, StringComparison.Ordinal);
        Assert.Contains("B1-P1", busy, StringComparison.Ordinal);
        Assert.DoesNotContain("B1-P2", busy, StringComparison.Ordinal);
        Assert.Equal(1, Link(await ChainAsync(c, "liudong", "b1"), "a").GetProperty("projectCount").GetInt32());
        Assert.Equal(HttpStatusCode.NoContent, (await c.DeleteAsync($"/api/v1/zones/liudong/chain-placements/{placed.GetProperty("id").GetString()}")).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await c.DeleteAsync("/api/v1/zones/liudong/chains/b1")).StatusCode);
        await Problem.AssertAsync(await c.GetAsync("/api/v1/zones/liudong/chains/b1"), HttpStatusCode.NotFound);
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task The_demo_display_chain_runs_from_quartz_sand_to_the_set_with_forty_firms_and_every_zone_shows_a_gap_with_a_lead(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var xianyang = await ChainAsync(await app.ClientForAsync("xianyang"), "xianyang", "display");
        var names = xianyang.GetProperty("links").EnumerateArray().Select(l => l.GetProperty("name").GetString()).ToList();
        Assert.True(names.IndexOf("石英砂") < names.IndexOf("玻璃基板") && names.IndexOf("玻璃基板") < names.IndexOf("液晶面板")
            && names.IndexOf("液晶面板") < names.IndexOf("背光模组") && names.IndexOf("背光模组") < names.IndexOf("整机"), string.Join(",", names));
        Assert.True(xianyang.GetProperty("chain").GetProperty("enterpriseCount").GetInt32() >= 40);
        foreach (var zone in new[] { "chengde", "xianyang", "liudong", "qingdao", "guiyang" })
        {
            var c = await app.ClientForAsync(zone);
            var chains = (await c.GetFromJsonAsync<JsonElement>($"/api/v1/zones/{zone}/chains")).EnumerateArray().ToList();
            Assert.NotEmpty(chains);
            var withLead = 0;
            foreach (var chain in chains)
            {
                var targets = await c.GetFromJsonAsync<JsonElement>($"/api/v1/zones/{zone}/chains/{chain.GetProperty("chain").GetProperty("code").GetString()}/targets");
                withLead += targets.EnumerateArray().Count(t => t.GetProperty("leadCode").ValueKind == JsonValueKind.String && t.GetProperty("linkStatus").GetString() != "strong");
            }

            Assert.True(withLead > 0, zone);
        }

        Assert.Equal(3, (await (await app.ClientForAsync("guiyang")).GetFromJsonAsync<JsonElement>("/api/v1/zones/guiyang/chains")).GetArrayLength());
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task The_regional_view_pairs_one_zones_gap_with_another_zones_strength_and_lists_enclave_projects(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var supervisor = await app.ClientForAsync("supervisor");
        var view = await supervisor.GetFromJsonAsync<JsonElement>("/api/v1/chains/regional?zones=xianyang,guiyang,qingdao");
        Assert.Equal(["guiyang", "qingdao", "xianyang"], view.GetProperty("zones").EnumerateArray().Select(z => z.GetProperty("zone").GetString()));
        // Xianyang's set makers have no chain-leader firm; Guiyang's 整机 link is strong: 整机—零件.
        var pairing = view.GetProperty("pairings").EnumerateArray().Single(p => p.GetProperty("gapZone").GetString() == "xianyang" && p.GetProperty("gapLink").GetString() == "整机");
        Assert.Equal("guiyang", pairing.GetProperty("strongZone").GetString());
        Assert.Equal("整机—零件", pairing.GetProperty("kind").GetString());
        // 偏光片 is missing in Xianyang and a key product of Guiyang's display modules.
        Assert.Contains(view.GetProperty("pairings").EnumerateArray(), p => p.GetProperty("gapLink").GetString() == "偏光片" && p.GetProperty("strongLink").GetString() == "显示模组");
        Assert.All(view.GetProperty("pairings").EnumerateArray(), p => Assert.NotEqual(p.GetProperty("gapZone").GetString(), p.GetProperty("strongZone").GetString()));
        Assert.Contains(view.GetProperty("sharedProjects").EnumerateArray(), s => s.GetProperty("projectCode").GetString() == "XY-FD-001" && s.GetProperty("partnerZone").GetString() == "qingdao");

        // A zone's own account sees only its zone: nothing paired with zones it cannot see.
        var own = await (await app.ClientForAsync("xianyang")).GetFromJsonAsync<JsonElement>("/api/v1/chains/regional?zones=xianyang,guiyang");
        Assert.Equal(["xianyang"], own.GetProperty("zones").EnumerateArray().Select(z => z.GetProperty("zone").GetString()));
        Assert.Empty(own.GetProperty("pairings").EnumerateArray());
        Assert.Empty(own.GetProperty("sharedProjects").EnumerateArray());
    }
}

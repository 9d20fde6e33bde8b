using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Gaoxin.Tests.Infrastructure;

namespace Gaoxin.Tests.Talent;

/// <summary>The person's record as the person page reads and writes it: edits version-checked, employers in or outside the zone, match outcomes.</summary>
public sealed class PersonDetailTests
{
    private const string People = "/api/v1/zones/chengde/talent/people";

    private static async Task<JsonElement> DetailAsync(HttpClient client, Guid id) => await client.GetFromJsonAsync<JsonElement>($"{People}/{id}");

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task An_edit_with_a_stale_version_is_refused_with_409_and_changes_nothing_and_the_employer_moves_between_the_file_and_a_name(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var staff = await app.ClientForAsync("chengde");
        var firm = await Innovation.EnterpriseTests.IdOfAsync(staff, "chengde", "承德示例精密仪表有限公司");
        var created = await staff.PostAsJsonAsync(People, new { name = "编辑样例", title = "Intermediate", employerId = firm, fields = new[] { "仪器仪表" } });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var person = await created.Content.ReadFromJsonAsync<JsonElement>();
        var id = person.GetProperty("id").GetGuid();
        var version = person.GetProperty("version").GetInt64();
        Assert.Equal(firm, person.GetProperty("employerId").GetGuid());
        Assert.Equal("NotStated", person.GetProperty("gender").GetString()); // not given, so not guessed
        Assert.Equal("承德示例精密仪表有限公司", person.GetProperty("employer").GetString());

        // Promoted, and now employed outside the zone by name.
        var edited = await staff.PutAsJsonAsync($"{People}/{id}", new { fields = new { name = "编辑样例", title = "AssociateSenior", employerName = "北京示例研究院", fields = new[] { "仪器仪表" } }, version });
        Assert.Equal(HttpStatusCode.OK, edited.StatusCode);
        var after = (await DetailAsync(staff, id)).GetProperty("person");
        Assert.Equal("AssociateSenior", after.GetProperty("title").GetString());
        Assert.Equal(JsonValueKind.Null, after.GetProperty("employerId").ValueKind);
        Assert.Equal("北京示例研究院", after.GetProperty("employer").GetString());
        Assert.NotEqual(version, after.GetProperty("version").GetInt64());

        // The version read before the edit is stale: 409 with the message, and nothing changes.
        var stale = await staff.PutAsJsonAsync($"{People}/{id}", new { fields = new { name = "编辑样例", title = "Senior", employerId = firm }, version });
        await Problem.AssertAsync(stale, HttpStatusCode.Conflict);
        Assert.Contains("changed by someone else", await stale.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var unchanged = (await DetailAsync(staff, id)).GetProperty("person");
        Assert.Equal("AssociateSenior", unchanged.GetProperty("title").GetString());
        Assert.Equal("北京示例研究院", unchanged.GetProperty("employer").GetString());

        // Back to an enterprise of the file with the current version; its name comes from the file.
        var back = await staff.PutAsJsonAsync($"{People}/{id}", new { fields = new { name = "编辑样例", title = "AssociateSenior", employerId = firm, employerName = "被忽略的名称" }, version = unchanged.GetProperty("version").GetInt64() });
        Assert.Equal(HttpStatusCode.OK, back.StatusCode);
        var moved = await back.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(firm, moved.GetProperty("employerId").GetGuid());
        Assert.Equal("承德示例精密仪表有限公司", moved.GetProperty("employer").GetString());
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task The_detail_lists_the_persons_match_outcomes_with_the_need_and_enterprise_latest_first(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var clients = await TalentTests.RolesAsync(app);
        var staff = clients["ZoneAdmin"];
        var firm = await Innovation.EnterpriseTests.IdOfAsync(staff, "chengde", "承德宏达智能装备有限公司");
        var created = await staff.PostAsJsonAsync(People, new { name = "对接样例", title = "Senior", fields = new[] { "新材料" } });
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        Assert.Empty((await DetailAsync(staff, id)).GetProperty("outcomes").EnumerateArray());

        var need = await staff.PostAsJsonAsync("/api/v1/zones/chengde/talent/needs", new { enterpriseId = firm, title = "新材料对接需求（测试）", field = "新材料", deadline = "2022-12-31" });
        var needId = (await need.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        foreach (var (outcome, on) in new[] { ("Contacted", "2022-07-01"), ("Engaged", "2022-07-10") })
        {
            Assert.Equal(HttpStatusCode.Created, (await staff.PostAsJsonAsync($"/api/v1/zones/chengde/talent/needs/{needId}/outcomes", new { personId = id, outcome, on, note = "测试" })).StatusCode);
        }

        // Every committee reader of the person sees them (no personal data in them), the latest first.
        foreach (var role in new[] { "ZoneAdmin", "hr", "Leader" })
        {
            var outcomes = (await DetailAsync(clients[role], id)).GetProperty("outcomes").EnumerateArray().ToList();
            Assert.Equal(["Engaged", "Contacted"], outcomes.Select(o => o.GetProperty("outcome").GetString()));
            Assert.All(outcomes, o =>
            {
                Assert.Equal(needId, o.GetProperty("needId").GetGuid());
                Assert.Equal("新材料对接需求（测试）", o.GetProperty("need").GetString());
                Assert.Equal("承德宏达智能装备有限公司", o.GetProperty("enterprise").GetString());
            });
            Assert.Equal("2022-07-10", outcomes[0].GetProperty("on").GetString());
        }

        // Another person's record carries none of them.
        var other = await staff.PostAsJsonAsync(People, new { name = "无对接样例", title = "Senior" });
        Assert.Empty((await DetailAsync(staff, (await other.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid())).GetProperty("outcomes").EnumerateArray());
    }
}

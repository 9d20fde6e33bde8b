using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Gaoxin.Tests.Infrastructure;

namespace Gaoxin.Tests.Projects;

/// <summary>Enclave projects (飞地共建): one project, two zones, each counting its agreed part; neither edits the other's fields.</summary>
public sealed class EnclaveTests
{
    private static async Task<JsonElement> DashboardAsync(HttpClient client, string zone)
        => await client.GetFromJsonAsync<JsonElement>($"/api/v1/zones/{zone}/dashboard?year=2022");

    private static decimal Total(JsonElement d) => d.GetProperty("projects").GetProperty("totalInvestment").GetDecimal();

    private static decimal Annual(JsonElement d) => d.GetProperty("projects").GetProperty("annualPlannedInvestment").GetDecimal();

    private static decimal Completed(JsonElement d) => d.GetProperty("fai").GetProperty("completedYtd").GetDecimal();

    private static int Count(JsonElement d) => d.GetProperty("projects").GetProperty("count").GetInt32();

    private static async Task<string> ProjectIdAsync(HttpClient client, string zone, string code)
        => (await client.GetFromJsonAsync<JsonElement>($"/api/v1/zones/{zone}/projects?search={code}")).GetProperty("items")[0].GetProperty("id").GetString()!;

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Xianyangs_demo_enclave_project_counts_60_percent_in_xianyang_and_40_percent_in_qingdao(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var xianyang = await DashboardAsync(await app.ClientForAsync("xianyang"), "xianyang");
        var qingdao = await DashboardAsync(await app.ClientForAsync("qingdao"), "qingdao");

        // 12亿 total, 3亿 planned for 2022, 6 × 2500万 registered: 60% and 40%, and the project counts once in each zone.
        Assert.Equal(1, Count(xianyang));
        Assert.Equal(1, Count(qingdao));
        Assert.Equal(720_000_000m, Total(xianyang));
        Assert.Equal(480_000_000m, Total(qingdao));
        Assert.Equal(180_000_000m, Annual(xianyang));
        Assert.Equal(120_000_000m, Annual(qingdao));
        Assert.Equal(90_000_000m, Completed(xianyang));
        Assert.Equal(60_000_000m, Completed(qingdao));

        var shared = await (await app.ClientForAsync("qingdao")).GetFromJsonAsync<JsonElement>("/api/v1/zones/qingdao/shared-projects");
        var row = Assert.Single(shared.EnumerateArray());
        Assert.Equal("xianyang", row.GetProperty("share").GetProperty("hostZone").GetString());
        Assert.Equal(40m, row.GetProperty("share").GetProperty("partnerPercent").GetDecimal());
        Assert.Equal("Accepted", row.GetProperty("share").GetProperty("status").GetString());
        Assert.Equal(480_000_000m, row.GetProperty("partnerTotal").GetDecimal());
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_split_counts_once_accepted_its_parts_add_up_to_the_whole_and_ending_it_gives_the_host_the_whole_again(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var chengde = await app.ClientForAsync("chengde");
        var liudong = await app.ClientForAsync("liudong");
        var project = await ProjectIdAsync(chengde, "chengde", "CD2022-099"); // started, with six months registered
        var before = await DashboardAsync(chengde, "chengde");
        var liudongBefore = await DashboardAsync(liudong, "liudong");

        var proposed = await chengde.PostAsJsonAsync($"/api/v1/zones/chengde/projects/{project}/share", new { partnerZone = "liudong", partnerPercent = 37.5m, agreement = "承柳飞地协议 2022-01" });
        Assert.Equal(HttpStatusCode.Created, proposed.StatusCode);
        var share = await proposed.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Proposed", share.GetProperty("status").GetString());
        Assert.Equal(62.5m, share.GetProperty("hostPercent").GetDecimal());
        Assert.Equal(Total(before), Total(await DashboardAsync(chengde, "chengde"))); // not agreed yet: the host counts it whole

        // The partner sees the proposal and the project, read-only, with its reports.
        var id = share.GetProperty("id").GetString()!;
        var detail = await liudong.GetFromJsonAsync<JsonElement>($"/api/v1/zones/liudong/shared-projects/{id}?year=2022");
        Assert.Equal("CD2022-099", detail.GetProperty("project").GetProperty("code").GetString());
        Assert.Equal(6, detail.GetProperty("reports").GetArrayLength());
        var answered = await liudong.PostAsJsonAsync($"/api/v1/zones/liudong/shared-projects/{id}/answer", new { accept = true, version = share.GetProperty("version").GetInt64() });
        Assert.Equal(HttpStatusCode.OK, answered.StatusCode);
        Assert.Equal("Accepted", (await answered.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString());

        var after = await DashboardAsync(chengde, "chengde");
        var liudongAfter = await DashboardAsync(liudong, "liudong");
        Assert.Equal(Count(before), Count(after));
        Assert.Equal(Count(liudongBefore) + 1, Count(liudongAfter));
        var partTotal = Total(liudongAfter) - Total(liudongBefore);
        Assert.True(partTotal > 0);
        Assert.Equal(Total(before), Total(after) + partTotal); // the parts add up to the whole, to the fen
        Assert.Equal(Annual(before), Annual(after) + Annual(liudongAfter) - Annual(liudongBefore));
        var partCompleted = Completed(liudongAfter) - Completed(liudongBefore);
        Assert.True(partCompleted > 0);
        Assert.Equal(Completed(before), Completed(after) + partCompleted);
        Assert.Equal(partCompleted, (await liudong.GetFromJsonAsync<JsonElement>($"/api/v1/zones/liudong/shared-projects/{id}?year=2022")).GetProperty("partnerStatisticalYtd").GetDecimal());
        var board = await chengde.GetFromJsonAsync<JsonElement>("/api/v1/zones/chengde/warboard?year=2022&month=6");
        Assert.Equal(Completed(after), board.GetProperty("fai")[5].GetProperty("cumulative").GetDecimal());

        // A changed split must be agreed again; meanwhile the host counts the whole.
        var live = (await chengde.GetFromJsonAsync<JsonElement>($"/api/v1/zones/chengde/projects/{project}/shares"))[0];
        var changed = await chengde.PutAsJsonAsync($"/api/v1/zones/chengde/projects/{project}/share", new { partnerPercent = 50m, agreement = "承柳飞地协议 补充", version = live.GetProperty("version").GetInt64() });
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        var reproposed = await changed.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Proposed", reproposed.GetProperty("status").GetString());
        Assert.Equal(50m, reproposed.GetProperty("partnerPercent").GetDecimal());
        Assert.Equal(Total(before), Total(await DashboardAsync(chengde, "chengde")));
        Assert.Equal(Total(liudongBefore), Total(await DashboardAsync(liudong, "liudong")));

        var ended = await chengde.PostAsJsonAsync($"/api/v1/zones/chengde/projects/{project}/share/end", new { version = reproposed.GetProperty("version").GetInt64() });
        Assert.Equal(HttpStatusCode.OK, ended.StatusCode);
        Assert.Equal("Ended", (await ended.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString());
        Assert.Equal(Total(before), Total(await DashboardAsync(chengde, "chengde")));
        var history = await chengde.GetFromJsonAsync<JsonElement>($"/api/v1/zones/chengde/projects/{project}/shares");
        Assert.Equal(1, history.GetArrayLength());
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Both_zones_see_the_project_but_neither_edits_the_others_fields_and_a_third_zone_sees_nothing(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var xianyang = await app.ClientForAsync("xianyang");
        var qingdao = await app.ClientForAsync("qingdao");
        var guiyang = await app.ClientForAsync("guiyang");
        var project = await ProjectIdAsync(xianyang, "xianyang", "XY-FD-001");
        var share = (await qingdao.GetFromJsonAsync<JsonElement>("/api/v1/zones/qingdao/shared-projects"))[0].GetProperty("share");
        var id = share.GetProperty("id").GetString()!;
        var version = share.GetProperty("version").GetInt64();

        // The partner reads the host's project only through its share.
        var detail = await qingdao.GetFromJsonAsync<JsonElement>($"/api/v1/zones/qingdao/shared-projects/{id}?year=2022");
        Assert.Equal("咸青飞地·新型显示模组配套产业园（示例）", detail.GetProperty("project").GetProperty("name").GetString());
        await Problem.AssertAsync(await qingdao.GetAsync($"/api/v1/zones/xianyang/projects/{project}"), HttpStatusCode.NotFound);
        await Problem.AssertAsync(await qingdao.PutAsJsonAsync($"/api/v1/zones/xianyang/projects/{project}", new { fields = new { name = "改名" }, version = 0 }), HttpStatusCode.NotFound);
        await Problem.AssertAsync(await qingdao.PutAsJsonAsync($"/api/v1/zones/qingdao/projects/{project}", new { fields = new { name = "改名" }, version = 0 }), HttpStatusCode.NotFound);
        await Problem.AssertAsync(await qingdao.PostAsJsonAsync($"/api/v1/zones/qingdao/projects/{project}/share", new { partnerZone = "chengde", partnerPercent = 10m, agreement = "越权" }), HttpStatusCode.NotFound);
        await Problem.AssertAsync(await qingdao.PostAsJsonAsync($"/api/v1/zones/qingdao/projects/{project}/share/end", new { version }), HttpStatusCode.NotFound);

        // The host cannot answer for the partner nor write the partner's liaison and note.
        await Problem.AssertAsync(await xianyang.PutAsJsonAsync($"/api/v1/zones/qingdao/shared-projects/{id}", new { liaison = "咸阳代填", version }), HttpStatusCode.NotFound);
        await Problem.AssertAsync(await xianyang.PutAsJsonAsync($"/api/v1/zones/xianyang/shared-projects/{id}", new { liaison = "咸阳代填", version }), HttpStatusCode.NotFound);
        await Problem.AssertAsync(await xianyang.PostAsJsonAsync($"/api/v1/zones/xianyang/shared-projects/{id}/answer", new { accept = false, version }), HttpStatusCode.NotFound);

        // Each side writes its own fields.
        var described = await qingdao.PutAsJsonAsync($"/api/v1/zones/qingdao/shared-projects/{id}", new { liaison = "青岛招商局 王科长", note = "季度对账", version });
        Assert.Equal(HttpStatusCode.OK, described.StatusCode);
        var hostView = (await xianyang.GetFromJsonAsync<JsonElement>($"/api/v1/zones/xianyang/projects/{project}/shares"))[0];
        Assert.Equal("青岛招商局 王科长", hostView.GetProperty("partnerLiaison").GetString());
        Assert.Equal("qingdao", hostView.GetProperty("partnerZone").GetString());

        // A third zone sees neither the project nor the share.
        await Problem.AssertAsync(await guiyang.GetAsync($"/api/v1/zones/guiyang/shared-projects/{id}"), HttpStatusCode.NotFound);
        Assert.Equal(0, (await guiyang.GetFromJsonAsync<JsonElement>("/api/v1/zones/guiyang/shared-projects")).GetArrayLength());
        await Problem.AssertAsync(await guiyang.GetAsync($"/api/v1/zones/qingdao/shared-projects/{id}"), HttpStatusCode.NotFound);
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Bad_splits_are_refused_with_the_reason_and_nothing_is_written(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var chengde = await app.ClientForAsync("chengde");
        var project = await ProblemTests.ProjectAsync(chengde, "FD-BAD");
        var url = $"/api/v1/zones/chengde/projects/{project}/share";

        foreach (var percent in new[] { 0m, 100m, 150m, -5m, 33.333m })
        {
            Assert.Contains("two decimals", await Problem.AssertAsync(await chengde.PostAsJsonAsync(url, new { partnerZone = "liudong", partnerPercent = percent, agreement = "协议" }), HttpStatusCode.BadRequest), StringComparison.Ordinal);
        }

        Assert.Contains("nowhere", await Problem.AssertAsync(await chengde.PostAsJsonAsync(url, new { partnerZone = "nowhere", partnerPercent = 40m, agreement = "协议" }), HttpStatusCode.BadRequest), StringComparison.Ordinal);
        Assert.Contains("own zone", await Problem.AssertAsync(await chengde.PostAsJsonAsync(url, new { partnerZone = "chengde", partnerPercent = 40m, agreement = "协议" }), HttpStatusCode.BadRequest), StringComparison.Ordinal);
        await Problem.AssertAsync(await chengde.PostAsJsonAsync(url, new { partnerZone = "liudong", partnerPercent = 40m, agreement = "" }), HttpStatusCode.BadRequest);
        await Problem.AssertAsync(await chengde.PostAsJsonAsync($"/api/v1/zones/chengde/projects/{Guid.NewGuid()}/share", new { partnerZone = "liudong", partnerPercent = 40m, agreement = "协议" }), HttpStatusCode.NotFound);
        Assert.Equal(0, (await chengde.GetFromJsonAsync<JsonElement>($"/api/v1/zones/chengde/projects/{project}/shares")).GetArrayLength());
        Assert.Equal(0, (await (await app.ClientForAsync("liudong")).GetFromJsonAsync<JsonElement>("/api/v1/zones/liudong/shared-projects")).GetArrayLength());

        var first = await (await chengde.PostAsJsonAsync(url, new { partnerZone = "liudong", partnerPercent = 40m, agreement = "协议" })).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains("already has", await Problem.AssertAsync(await chengde.PostAsJsonAsync(url, new { partnerZone = "guiyang", partnerPercent = 20m, agreement = "协议二" }), HttpStatusCode.Conflict), StringComparison.Ordinal);

        var liudong = await app.ClientForAsync("liudong");
        var answer = $"/api/v1/zones/liudong/shared-projects/{first.GetProperty("id").GetString()}/answer";
        await Problem.AssertAsync(await liudong.PostAsJsonAsync(answer, new { accept = true, version = first.GetProperty("version").GetInt64() + 7 }), HttpStatusCode.Conflict);
        Assert.Equal(HttpStatusCode.OK, (await liudong.PostAsJsonAsync(answer, new { accept = false, version = first.GetProperty("version").GetInt64() })).StatusCode);
        var declined = (await chengde.GetFromJsonAsync<JsonElement>($"/api/v1/zones/chengde/projects/{project}/shares"))[0];
        Assert.Equal("Declined", declined.GetProperty("status").GetString());
        Assert.Contains("declined", await Problem.AssertAsync(await liudong.PostAsJsonAsync(answer, new { accept = true, version = declined.GetProperty("version").GetInt64() }), HttpStatusCode.Conflict), StringComparison.Ordinal);

        // Declined is not live: the host may propose again.
        Assert.Equal(HttpStatusCode.Created, (await chengde.PostAsJsonAsync(url, new { partnerZone = "liudong", partnerPercent = 30m, agreement = "协议（修订）" })).StatusCode);
    }
}

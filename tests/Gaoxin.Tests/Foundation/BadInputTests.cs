using System.Net;
using System.Net.Http.Json;
using System.Text;
using Gaoxin.Data;
using Gaoxin.Hosting;
using Gaoxin.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Gaoxin.Tests.Foundation;

public sealed class BadInputTests
{
    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Malformed_json_gets_a_problem_that_points_at_the_error_and_nothing_is_written(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var client = await app.ClientForAsync("chengde");
        var before = await CountDepartmentsAsync(app);

        var response = await client.PostAsync("/api/v1/zones/chengde/departments", new StringContent("{\"name\": \"招商二局\",", Encoding.UTF8, "application/json"));

        var detail = await Problem.AssertAsync(response, HttpStatusCode.BadRequest);
        Assert.Contains("not valid JSON", detail, StringComparison.Ordinal);
        Assert.Equal(before, await CountDepartmentsAsync(app));
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task An_oversized_body_is_refused_before_it_is_read(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var client = await app.ClientForAsync("chengde");
        var huge = "{\"name\":\"" + new string('x', 2 * 1024 * 1024) + "\"}";

        var response = await client.PostAsync("/api/v1/zones/chengde/departments", new StringContent(huge, Encoding.UTF8, "application/json"));

        var detail = await Problem.AssertAsync(response, HttpStatusCode.RequestEntityTooLarge);
        Assert.Contains("1024 KiB", detail, StringComparison.Ordinal);
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Invalid_fields_are_named_with_what_is_expected(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var admin = await app.ClientForAsync("admin");

        var response = await admin.PostAsJsonAsync("/api/v1/zones", new { code = "Bad Code!", name = "x", province = "", city = "承德市", level = "National", establishedOn = "2020-01-01" });

        var body = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Code: 2–32 lower-case letters", body, StringComparison.Ordinal);
        Assert.Contains("Province", body, StringComparison.Ordinal);
        Assert.Equal(5, await CountZonesAsync(app));
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_future_establishment_date_is_refused_by_the_rule(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var admin = await app.ClientForAsync("admin");

        var response = await admin.PostAsJsonAsync("/api/v1/zones", new { code = "future", name = "未来园区", province = "河北省", city = "承德市", level = "National", establishedOn = "2999-01-01" });

        Assert.Contains("between 1980-01-01 and today", await Problem.AssertAsync(response, HttpStatusCode.BadRequest), StringComparison.Ordinal);
        Assert.Equal(5, await CountZonesAsync(app));
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_stale_version_is_refused_as_a_conflict_and_the_newer_change_is_kept(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var client = await app.ClientForAsync("chengde");
        var zone = await client.GetFromJsonAsync<System.Text.Json.JsonElement>("/api/v1/zones/chengde");
        var version = zone.GetProperty("version").GetInt64();
        object Edit(string name) => new { name, nameEn = "Chengde", province = "河北省", city = "承德市", level = "National", establishedOn = "2012-08-19", version };

        Assert.Equal(HttpStatusCode.OK, (await client.PutAsJsonAsync("/api/v1/zones/chengde", Edit("承德高新区（第一次修改）"))).StatusCode);
        var detail = await Problem.AssertAsync(await client.PutAsJsonAsync("/api/v1/zones/chengde", Edit("承德高新区（过时的修改）")), HttpStatusCode.Conflict);

        Assert.Contains("changed by someone else", detail, StringComparison.Ordinal);
        var now = await client.GetFromJsonAsync<System.Text.Json.JsonElement>("/api/v1/zones/chengde");
        Assert.Equal("承德高新区（第一次修改）", now.GetProperty("name").GetString());
    }

    [Fact]
    public async Task A_database_that_cannot_be_written_gets_a_clear_503_and_nothing_changes()
    {
        await using var app = await TestApp.StartAsync(Providers.Sqlite);
        var path = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(app.ConnectionString).DataSource;
        await using var readOnly = await TestApp.StartUnpreparedAsync(new Dictionary<string, string?>
        {
            ["ConnectionStrings:Gaoxin"] = $"Data Source={path};Mode=ReadOnly;Pooling=False",
            ["Auth:SigningKey"] = Convert.ToBase64String(new byte[48].Select((_, i) => (byte)i).ToArray()),
        });
        var client = await readOnly.ClientForAsync("chengde");

        var response = await client.PostAsJsonAsync("/api/v1/zones/chengde/departments", new { name = "只读测试部门" });

        var detail = await Problem.AssertAsync(response, HttpStatusCode.ServiceUnavailable);
        Assert.Contains("cannot be written", detail, StringComparison.Ordinal);
        Assert.Equal(6, await CountDepartmentsAsync(app));
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task An_unknown_api_route_is_a_404_problem(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var client = await app.ClientForAsync("chengde");
        var response = await client.GetAsync("/api/v1/no-such-thing");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private static async Task<int> CountDepartmentsAsync(TestApp app)
    {
        await using var db = app.Service<DatabaseSettings>().Create(ZoneScope.System(), TimeProvider.System);
        return await db.Departments.CountAsync(d => db.Zones.Any(z => z.Id == d.ZoneId && z.Code == "chengde"));
    }

    private static async Task<int> CountZonesAsync(TestApp app)
    {
        await using var db = app.Service<DatabaseSettings>().Create(ZoneScope.System(), TimeProvider.System);
        return await db.Zones.CountAsync();
    }
}

public sealed class ChineseMessagesTests
{
    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Refusals_speak_chinese_to_a_chinese_client(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var client = await app.ClientForAsync("chengde");
        client.DefaultRequestHeaders.AcceptLanguage.Clear();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("zh-CN");

        var notFound = await Problem.AssertAsync(await client.GetAsync("/api/v1/zones/xianyang"), System.Net.HttpStatusCode.NotFound);
        Assert.Equal("在您可查看的园区中没有“xianyang”。", notFound);

        var weak = await client.PostAsync("/api/v1/users", System.Net.Http.Json.JsonContent.Create(new { userName = "wang.wu", password = "weak", role = "Leader", zone = "chengde" }));
        Assert.Contains("密码至少需要 8 位", await Problem.AssertAsync(weak, System.Net.HttpStatusCode.BadRequest), StringComparison.Ordinal);

        using var anonymous = new HttpRequestMessage(HttpMethod.Get, "/api/v1/zones");
        anonymous.Headers.AcceptLanguage.ParseAdd("zh-CN");
        Assert.Contains("访问令牌", await Problem.AssertAsync(await app.Client.SendAsync(anonymous), System.Net.HttpStatusCode.Unauthorized), StringComparison.Ordinal);
    }
}

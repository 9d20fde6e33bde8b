using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Gaoxin.Tests.Infrastructure;

namespace Gaoxin.Tests.Talent;

/// <summary>Which departments are the zone's talent staff is the zone's setting (default 人社, 人才, 人力资源).</summary>
public sealed class TalentSettingsTests
{
    private const string Settings = "/api/v1/zones/chengde/talent/settings";
    private const string People = "/api/v1/zones/chengde/talent/people";

    private static async Task<bool> SeesPersonalDataAsync(HttpClient client)
        => (await client.GetFromJsonAsync<JsonElement>(People + "?pageSize=1")).GetProperty("items")[0].GetProperty("personalData").GetBoolean();

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task The_zone_admin_names_the_talent_departments_and_the_view_of_personal_data_follows(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var clients = await TalentTests.RolesAsync(app);
        var admin = clients["ZoneAdmin"];

        // The default: 人社局 staff are talent staff, 招商局 staff are not.
        var initial = await admin.GetFromJsonAsync<JsonElement>(Settings);
        Assert.Equal(["人社", "人才", "人力资源"], initial.GetProperty("talentDepartments").EnumerateArray().Select(f => f.GetString()));
        Assert.True(initial.GetProperty("isDefault").GetBoolean());
        Assert.True(await SeesPersonalDataAsync(clients["hr"]));
        Assert.False(await SeesPersonalDataAsync(clients["otherStaff"]));
        Assert.Equal(HttpStatusCode.Forbidden, (await clients["otherStaff"].PostAsJsonAsync(People, new { name = "招商样例", title = "Senior" })).StatusCode);

        // Chengde makes its 招商局 the talent staff instead.
        var set = await admin.PutAsJsonAsync(Settings, new { talentDepartments = new[] { " 招商 ", "招商" }, version = 0 });
        Assert.Equal(HttpStatusCode.OK, set.StatusCode);
        var now = await set.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(["招商"], now.GetProperty("talentDepartments").EnumerateArray().Select(f => f.GetString()));
        Assert.False(now.GetProperty("isDefault").GetBoolean());
        Assert.True(await SeesPersonalDataAsync(clients["otherStaff"]));
        Assert.False(await SeesPersonalDataAsync(clients["hr"]));
        Assert.Equal(HttpStatusCode.Created, (await clients["otherStaff"].PostAsJsonAsync(People, new { name = "招商样例", title = "Senior" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await clients["hr"].PostAsJsonAsync(People, new { name = "人社样例", title = "Senior" })).StatusCode);

        // Another zone keeps its default.
        var xianyang = await (await app.ClientForAsync("xianyang")).GetFromJsonAsync<JsonElement>("/api/v1/zones/xianyang/talent/settings");
        Assert.True(xianyang.GetProperty("isDefault").GetBoolean());
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Bad_settings_are_refused_naming_the_field_a_stale_version_is_a_conflict_and_only_admins_set_them(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var clients = await TalentTests.RolesAsync(app);
        var admin = clients["ZoneAdmin"];
        foreach (var fragments in new[] { Array.Empty<string>(), ["  "], [new string('人', 21)], ["人;社"], Enumerable.Range(1, 11).Select(i => $"部门{i}").ToArray() })
        {
            var refused = await admin.PutAsJsonAsync(Settings, new { talentDepartments = fragments, version = 0 });
            await Problem.AssertAsync(refused, HttpStatusCode.BadRequest);
            Assert.True((await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("talentDepartments", out _), string.Join(",", fragments));
        }

        Assert.True((await admin.GetFromJsonAsync<JsonElement>(Settings)).GetProperty("isDefault").GetBoolean()); // nothing written
        foreach (var role in new[] { "hr", "otherStaff", "Leader", "Supervisor", "Enterprise" })
        {
            Assert.Equal(HttpStatusCode.Forbidden, (await clients[role].PutAsJsonAsync(Settings, new { talentDepartments = new[] { "招商" }, version = 0 })).StatusCode);
        }

        Assert.Equal(HttpStatusCode.OK, (await admin.PutAsJsonAsync(Settings, new { talentDepartments = new[] { "人社", "科技" }, version = 0 })).StatusCode);
        await Problem.AssertAsync(await admin.PutAsJsonAsync(Settings, new { talentDepartments = new[] { "招商" }, version = 0 }), HttpStatusCode.Conflict);
        Assert.Equal(["人社", "科技"], (await admin.GetFromJsonAsync<JsonElement>(Settings)).GetProperty("talentDepartments").EnumerateArray().Select(f => f.GetString()));
    }
}

using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Gaoxin.Tests.Infrastructure;
using MiniExcelLibs;

namespace Gaoxin.Tests.Foundation;

public sealed class AccountAdministrationTests
{
    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_zone_admin_adds_staff_to_a_department_then_changes_the_role(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var chengde = await app.ClientForAsync("chengde");
        var departments = await chengde.GetFromJsonAsync<JsonElement>("/api/v1/zones/chengde/departments");
        var investment = departments.EnumerateArray().Single(d => d.GetProperty("name").GetString() == "招商局").GetProperty("id").GetGuid();

        var noDepartment = await chengde.PostAsJsonAsync("/api/v1/users", new { userName = "li.si", displayName = "李四", password = "Lisi@2026x", role = "Staff", zone = "chengde" });
        Assert.Contains("department", await Problem.AssertAsync(noDepartment, HttpStatusCode.BadRequest), StringComparison.Ordinal);

        var created = await chengde.PostAsJsonAsync("/api/v1/users", new { userName = "li.si", displayName = "李四", password = "Lisi@2026x", role = "Staff", zone = "chengde", departmentId = investment });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var user = await created.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("招商局", user.GetProperty("department").GetString());

        var promoted = await chengde.PutAsJsonAsync($"/api/v1/users/{user.GetProperty("id").GetString()}", new { displayName = "李四", role = "Leader", departmentId = investment });
        Assert.Equal(HttpStatusCode.OK, promoted.StatusCode);
        Assert.Equal(["Leader"], (await promoted.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("roles").EnumerateArray().Select(r => r.GetString()));

        var elevated = await chengde.PutAsJsonAsync($"/api/v1/users/{user.GetProperty("id").GetString()}", new { role = "PlatformAdmin" });
        await Problem.AssertAsync(elevated, HttpStatusCode.BadRequest);

        var duplicate = await chengde.PostAsJsonAsync("/api/v1/users", new { userName = "li.si", password = "Lisi@2026x", role = "Leader", zone = "chengde" });
        await Problem.AssertAsync(duplicate, HttpStatusCode.Conflict);
        var weak = await chengde.PostAsJsonAsync("/api/v1/users", new { userName = "wang.wu", password = "weak", role = "Leader", zone = "chengde" });
        Assert.Contains("at least 8", await Problem.AssertAsync(weak, HttpStatusCode.BadRequest), StringComparison.Ordinal);
        var users = await chengde.GetFromJsonAsync<JsonElement>("/api/v1/users?search=wang");
        Assert.Equal(0, users.GetProperty("total").GetInt32());
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_disabled_account_cannot_sign_in_and_an_admin_cannot_disable_themselves(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var admin = await app.ClientForAsync("admin");
        var created = await (await admin.PostAsJsonAsync("/api/v1/users", new { userName = "zhao.liu", password = "Zhaoliu@2026", role = "Enterprise", zone = "liudong" })).Content.ReadFromJsonAsync<JsonElement>();
        var id = created.GetProperty("id").GetString();
        Assert.Equal(HttpStatusCode.OK, (await app.Client.PostAsJsonAsync("/api/v1/auth/token", new { userName = "zhao.liu", password = "Zhaoliu@2026" })).StatusCode);

        var disabled = await admin.PutAsJsonAsync($"/api/v1/users/{id}", new { role = "Enterprise", enabled = false });
        Assert.Equal(HttpStatusCode.OK, disabled.StatusCode);
        Assert.False((await disabled.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("enabled").GetBoolean());
        var refused = await app.Client.PostAsJsonAsync("/api/v1/auth/token", new { userName = "zhao.liu", password = "Zhaoliu@2026" });
        Assert.Contains("disabled", await Problem.AssertAsync(refused, HttpStatusCode.Forbidden), StringComparison.Ordinal);
        await Problem.AssertAsync(await admin.PostAsync($"/api/v1/users/{id}/unlock", null), HttpStatusCode.Conflict);

        Assert.Equal(HttpStatusCode.OK, (await admin.PutAsJsonAsync($"/api/v1/users/{id}", new { role = "Enterprise", enabled = true })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await app.Client.PostAsJsonAsync("/api/v1/auth/token", new { userName = "zhao.liu", password = "Zhaoliu@2026" })).StatusCode);

        var me = await admin.GetFromJsonAsync<JsonElement>("/api/v1/me");
        var self = await admin.PutAsJsonAsync($"/api/v1/users/{me.GetProperty("id").GetString()}", new { role = "PlatformAdmin", enabled = false });
        Assert.Contains("your own account", await Problem.AssertAsync(self, HttpStatusCode.BadRequest), StringComparison.Ordinal);
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Lists_export_to_excel_with_only_what_the_caller_may_see(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var admin = await app.BrowserAsync("admin");
        var chengde = await app.BrowserAsync("chengde", language: "en");

        var all = await ReadSheetAsync(await admin.GetAsync("/export/zones.xlsx"));
        var own = await ReadSheetAsync(await chengde.GetAsync("/export/zones.xlsx"));
        Assert.Equal(5, all.Count);
        Assert.Single(own);
        Assert.Equal("chengde", own[0]["Code"]);
        Assert.Equal("2012-08-19", own[0]["Established"]);
        Assert.Contains(all, r => (string?)r["代码"] == "guiyang");

        var users = await ReadSheetAsync(await chengde.GetAsync("/export/users.xlsx"));
        Assert.Equal(["chengde", "chengde-ent"], users.Select(u => (string?)u["User name"]).Order(StringComparer.Ordinal)); // the zone admin and the demo enterprise account
        var audit = await ReadSheetAsync(await chengde.GetAsync("/export/audit.xlsx"));
        Assert.NotEmpty(audit);
        Assert.All(audit, r => Assert.Equal("chengde", r["Zone"]));
    }

    private static async Task<List<IDictionary<string, object?>>> ReadSheetAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType?.MediaType);
        await using var stream = await response.Content.ReadAsStreamAsync();
        var memory = new MemoryStream();
        await stream.CopyToAsync(memory);
        memory.Position = 0;
        return (await memory.QueryAsync(useHeaderRow: true)).Select(r => (IDictionary<string, object?>)r).ToList();
    }
}

using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Gaoxin.Tests.Infrastructure;

namespace Gaoxin.Tests.Foundation;

public sealed class AuditTests
{
    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Every_write_is_audited_with_who_when_which_zone_and_before_after(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var chengde = await app.ClientForAsync("chengde");

        var created = await chengde.PostAsJsonAsync("/api/v1/zones/chengde/departments", new { name = "链长办" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var department = await created.Content.ReadFromJsonAsync<JsonElement>();
        var id = department.GetProperty("id").GetString();
        var renamed = await chengde.PutAsJsonAsync($"/api/v1/zones/chengde/departments/{id}", new { name = "链长制办公室", version = department.GetProperty("version").GetInt64() });
        Assert.Equal(HttpStatusCode.OK, renamed.StatusCode);

        var log = await chengde.GetFromJsonAsync<JsonElement>("/api/v1/audit?entityType=Department&zone=chengde");
        var entries = log.GetProperty("items").EnumerateArray().Where(e => e.GetProperty("entityId").GetString() == id).ToList();
        Assert.Equal(2, entries.Count);
        var modified = entries.Single(e => e.GetProperty("action").GetString() == "Modified");
        Assert.Equal("chengde", modified.GetProperty("userName").GetString());
        Assert.Equal("chengde", modified.GetProperty("zone").GetString());
        Assert.Contains("链长办", modified.GetProperty("before").GetString(), StringComparison.Ordinal);
        Assert.Contains("链长制办公室", modified.GetProperty("after").GetString(), StringComparison.Ordinal);
        var added = entries.Single(e => e.GetProperty("action").GetString() == "Added");
        Assert.Null(added.GetProperty("before").GetString());
        Assert.True(added.GetProperty("at").GetDateTimeOffset() <= modified.GetProperty("at").GetDateTimeOffset());
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Password_changes_are_audited_without_revealing_the_hash(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var admin = await app.ClientForAsync("admin");
        var users = await admin.GetFromJsonAsync<JsonElement>("/api/v1/users?search=guiyang");
        var id = users.GetProperty("items").EnumerateArray().Single(u => u.GetProperty("userName").GetString() == "guiyang").GetProperty("id").GetString();

        Assert.Equal(HttpStatusCode.NoContent, (await admin.PostAsJsonAsync($"/api/v1/users/{id}/password", new { newPassword = "Guiyang@2026" })).StatusCode);

        var log = await admin.GetFromJsonAsync<JsonElement>("/api/v1/audit?entityType=User&zone=guiyang&action=Modified");
        var entry = log.GetProperty("items").EnumerateArray().First(e => e.GetProperty("entityId").GetString() == id && e.GetProperty("after").GetString()!.Contains("PasswordHash", StringComparison.Ordinal));
        Assert.Equal("admin", entry.GetProperty("userName").GetString());
        var after = entry.GetProperty("after").GetString()!;
        Assert.Contains("PasswordHash", after, StringComparison.Ordinal);
        Assert.Contains("***", after, StringComparison.Ordinal);
        Assert.DoesNotContain("AQAAAA", after, StringComparison.Ordinal); // the start of every Identity v3 hash
        Assert.Equal(HttpStatusCode.OK, (await app.Client.PostAsJsonAsync("/api/v1/auth/token", new { userName = "guiyang", password = "Guiyang@2026" })).StatusCode);
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_zone_admin_reads_only_their_zones_audit_entries(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var qingdao = await app.ClientForAsync("qingdao");
        Assert.Equal(HttpStatusCode.Created, (await qingdao.PostAsJsonAsync("/api/v1/zones/qingdao/departments", new { name = "海洋产业办" })).StatusCode);
        var liudong = await app.ClientForAsync("liudong");

        var everything = await liudong.GetFromJsonAsync<JsonElement>("/api/v1/audit?pageSize=500");
        var zones = everything.GetProperty("items").EnumerateArray().Select(e => e.GetProperty("zone").GetString()).Distinct().ToList();

        Assert.Equal(["liudong"], zones);
        Assert.DoesNotContain("海洋产业办", everything.GetRawText(), StringComparison.Ordinal);
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task The_audit_log_filters_by_period_and_refuses_an_empty_period(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var admin = await app.ClientForAsync("admin");
        var all = await admin.GetFromJsonAsync<JsonElement>("/api/v1/audit?pageSize=1");
        Assert.True(all.GetProperty("total").GetInt32() > 0);

        var past = await admin.GetFromJsonAsync<JsonElement>("/api/v1/audit?from=2001-01-01&to=2001-12-31");
        Assert.Equal(0, past.GetProperty("total").GetInt32());

        var detail = await Problem.AssertAsync(await admin.GetAsync("/api/v1/audit?from=2026-05-01&to=2026-04-01"), HttpStatusCode.BadRequest);
        Assert.Contains("period is empty", detail, StringComparison.Ordinal);
    }
}

using System.Net;
using System.Reflection;
using Gaoxin.Tests.Infrastructure;
using Microsoft.AspNetCore.Components;

namespace Gaoxin.Tests.Foundation;

/// <summary>
/// Every routable page renders without error for a platform admin and a zone admin. Pages are found by their
/// [Route] attributes, so a new page is covered without touching this test (a route parameter needs a sample below).
/// </summary>
public sealed class PagesTests
{
    private static readonly Dictionary<string, string> Samples = new() { ["{Code}"] = "chengde" };

    /// <summary>Route values that exist only in a running app (a Chengde project of the demo ledger).</summary>
    private static async Task<Dictionary<string, string>> SamplesAsync(TestApp app)
    {
        var client = await app.ClientForAsync("chengde");
        var projects = await System.Net.Http.Json.HttpClientJsonExtensions.GetFromJsonAsync<System.Text.Json.JsonElement>(client, "/api/v1/zones/chengde/projects?pageSize=1");
        var needs = await System.Net.Http.Json.HttpClientJsonExtensions.GetFromJsonAsync<System.Text.Json.JsonElement>(client, "/api/v1/zones/chengde/talent/needs?pageSize=1");
        var enterprises = await System.Net.Http.Json.HttpClientJsonExtensions.GetFromJsonAsync<System.Text.Json.JsonElement>(client, "/api/v1/zones/chengde/enterprises?pageSize=1");
        return new Dictionary<string, string>(Samples)
        {
            ["{Id:guid}"] = projects.GetProperty("items")[0].GetProperty("id").GetString()!,
            ["{NeedId:guid}"] = needs.GetProperty("items")[0].GetProperty("id").GetString()!,
            ["{PersonId:guid}"] = (await System.Net.Http.Json.HttpClientJsonExtensions.GetFromJsonAsync<System.Text.Json.JsonElement>(client, "/api/v1/zones/chengde/talent/people?pageSize=1")).GetProperty("items")[0].GetProperty("id").GetString()!,
            ["{EnterpriseId:guid}"] = enterprises.GetProperty("items")[0].GetProperty("id").GetString()!,
            ["{CarrierId:guid}"] = (await System.Net.Http.Json.HttpClientJsonExtensions.GetFromJsonAsync<System.Text.Json.JsonElement>(client, "/api/v1/zones/chengde/carriers?pageSize=1")).GetProperty("items")[0].GetProperty("id").GetString()!,
            ["{RequestId:guid}"] = (await System.Net.Http.Json.HttpClientJsonExtensions.GetFromJsonAsync<System.Text.Json.JsonElement>(client, "/api/v1/zones/chengde/services?pageSize=1")).GetProperty("items")[0].GetProperty("id").GetString()!,
        };
    }

    public static IEnumerable<string> Routes => typeof(Program).Assembly.GetTypes()
        .Where(t => typeof(IComponent).IsAssignableFrom(t))
        .SelectMany(t => t.GetCustomAttributes<RouteAttribute>())
        .Select(r => r.Template)
        .Distinct()
        .Order();

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Every_routable_page_renders_for_the_admins(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var routes = Routes.ToList();
        Assert.Contains("/admin/audit", routes);
        var samples = await SamplesAsync(app);
        var failures = new List<string>();
        foreach (var account in new[] { "admin", "chengde" })
        {
            var browser = await app.BrowserAsync(account);
            foreach (var route in routes)
            {
                var url = samples.Aggregate(route, (u, s) => u.Replace(s.Key, s.Value, StringComparison.Ordinal));
                Assert.False(url.Contains('{', StringComparison.Ordinal), $"Page {route} has a route parameter without a sample: add one to this test.");
                var response = await browser.GetAsync(url);
                var html = await response.Content.ReadAsStringAsync();
                if (url == "/login")
                {
                    continue;
                }

                if (response.StatusCode != HttpStatusCode.OK || html.Contains("data-testid=\"page-error\"", StringComparison.Ordinal) || html.Contains("data-testid=\"load-error\"", StringComparison.Ordinal))
                {
                    failures.Add($"{url} as {account}: {(int)response.StatusCode} {html[..Math.Min(html.Length, 400)]}");
                }
            }
        }

        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Pages_need_a_sign_in_and_admin_pages_need_an_admin(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var response = await app.Client.GetAsync("/admin/users");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/login", response.Headers.Location!.OriginalString, StringComparison.Ordinal);

        var admin = await app.ClientForAsync("admin");
        var leader = await admin.PostAsync("/api/v1/users", System.Net.Http.Json.JsonContent.Create(new { userName = "leader1", displayName = "王主任", password = "Leader@2026", role = "Leader", zone = "chengde" }));
        Assert.Equal(HttpStatusCode.Created, leader.StatusCode);
        var leaderBrowser = await app.BrowserAsync("leader1", "Leader@2026");
        var users = await leaderBrowser.GetAsync("/admin/users");
        Assert.True(users.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.Forbidden, $"got {(int)users.StatusCode}");
        Assert.Equal(HttpStatusCode.OK, (await leaderBrowser.GetAsync("/admin/audit")).StatusCode);
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Another_zones_page_is_not_found_for_a_zone_admin(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var chengde = await app.BrowserAsync("chengde");
        var html = await (await chengde.GetAsync("/admin/zones/xianyang")).Content.ReadAsStringAsync();
        Assert.DoesNotContain("咸阳", html, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"empty\"", html, StringComparison.Ordinal);
        var own = await (await chengde.GetAsync("/admin/zones/chengde")).Content.ReadAsStringAsync();
        Assert.Contains("承德高新技术产业开发区", own, StringComparison.Ordinal);
    }
}

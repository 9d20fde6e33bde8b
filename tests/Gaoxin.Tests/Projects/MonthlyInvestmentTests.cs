using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Gaoxin.Tests.Infrastructure;

namespace Gaoxin.Tests.Projects;

public sealed class MonthlyInvestmentTests
{
    private static async Task<string> SignedProjectAsync(HttpClient client, string code, decimal total = 100_000_000m, decimal plan2022 = 12_000_000m)
    {
        var created = await client.PostAsJsonAsync("/api/v1/zones/chengde/projects", new
        {
            code, stage = "Signed", stageSince = "2021-12-01",
            fields = new { name = "月报测试项目" + code, plannedTotalInvestment = total, yearPlans = new[] { new { year = 2022, planned = plan2022 } } },
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        return $"/api/v1/zones/chengde/projects/{(await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()}";
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Lights_follow_the_time_elapsed_target_and_keep_their_rule_and_reason(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var client = await app.ClientForAsync("chengde");
        var url = await SignedProjectAsync(client, "M-001");

        // Plan 1200万 for 2022: 100万 in January is exactly on schedule (1/12).
        var jan = await (await client.PostAsJsonAsync(url + "/reports", new { year = 2022, month = 1, reported = 1_000_000m, statistical = 1_000_000m })).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Green", jan.GetProperty("light").GetString());
        Assert.Equal(8.3m, jan.GetProperty("percentOfAnnualPlan").GetDecimal());
        Assert.Equal("default-2022", jan.GetProperty("lightRule").GetString());

        var feb = await (await client.PostAsJsonAsync(url + "/reports", new { year = 2022, month = 2, reported = 0m })).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Yellow", feb.GetProperty("light").GetString());
        Assert.Contains("8.3 points behind", feb.GetProperty("lightReason").GetString(), StringComparison.Ordinal);

        foreach (var month in new[] { 3, 4, 5 })
        {
            Assert.Equal(HttpStatusCode.Created, (await client.PostAsJsonAsync(url + "/reports", new { year = 2022, month, reported = 0m })).StatusCode);
        }

        // June: 8.3% done against 50% elapsed, 41.7 points behind: red.
        var jun = await (await client.PostAsJsonAsync(url + "/reports", new { year = 2022, month = 6, reported = 0m })).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Red", jun.GetProperty("light").GetString());
        Assert.Contains("41.7", jun.GetProperty("lightReason").GetString(), StringComparison.Ordinal);

        var year = await client.GetFromJsonAsync<JsonElement>(url + "/reports?year=2022");
        Assert.Equal([1, 2, 3, 4, 5, 6], year.EnumerateArray().Select(r => r.GetProperty("month").GetInt32()));
        Assert.Equal(1_000_000m, year[5].GetProperty("yearToDate").GetDecimal());
        Assert.Equal(1m, year[5].GetProperty("percentOfTotal").GetDecimal());

        var list = await client.GetFromJsonAsync<JsonElement>("/api/v1/zones/chengde/projects?search=M-001&year=2022");
        Assert.Equal("Red", list.GetProperty("items")[0].GetProperty("light").GetString());
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Bad_reports_are_refused_and_nothing_is_written(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var client = await app.ClientForAsync("chengde");
        var url = await SignedProjectAsync(client, "M-002", total: 10_000_000m, plan2022: 5_000_000m);
        Assert.Equal(HttpStatusCode.Created, (await client.PostAsJsonAsync(url + "/reports", new { year = 2022, month = 3, reported = 2_000_000m })).StatusCode);

        Assert.Contains("already reported", await Problem.AssertAsync(await client.PostAsJsonAsync(url + "/reports", new { year = 2022, month = 3, reported = 1m }), HttpStatusCode.Conflict), StringComparison.Ordinal);
        Assert.Contains("cannot lie after 2022-07", await Problem.AssertAsync(await client.PostAsJsonAsync(url + "/reports", new { year = 2022, month = 8, reported = 1m }), HttpStatusCode.BadRequest), StringComparison.Ordinal);
        await Problem.AssertAsync(await client.PostAsJsonAsync(url + "/reports", new { year = 2022, month = 13, reported = 1m }), HttpStatusCode.BadRequest);
        await Problem.AssertAsync(await client.PostAsJsonAsync(url + "/reports", new { year = 2022, month = 4, reported = -1m }), HttpStatusCode.BadRequest);
        Assert.Contains("exceed", await Problem.AssertAsync(await client.PostAsJsonAsync(url + "/reports", new { year = 2022, month = 4, reported = 9_000_000m }), HttpStatusCode.BadRequest), StringComparison.Ordinal);
        await Problem.AssertAsync(await client.PostAsJsonAsync(url + "/reports", new { year = 2022, month = 4, reported = 0.001m }), HttpStatusCode.BadRequest);

        var reserve = await client.PostAsJsonAsync("/api/v1/zones/chengde/projects", new { code = "M-003", stage = "Planned", stageSince = "2022-01-01", fields = new { name = "谋划项目", plannedTotalInvestment = 5_000_000m } });
        var reserveUrl = $"/api/v1/zones/chengde/projects/{(await reserve.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()}";
        Assert.Contains("no investment to report", await Problem.AssertAsync(await client.PostAsJsonAsync(reserveUrl + "/reports", new { year = 2022, month = 1, reported = 1m }), HttpStatusCode.BadRequest), StringComparison.Ordinal);

        var months = await client.GetFromJsonAsync<JsonElement>(url + "/reports?year=2022");
        Assert.Single(months.EnumerateArray());
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Project_officers_report_and_leaders_only_read(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var client = await app.ClientForAsync("chengde");
        var url = await SignedProjectAsync(client, "M-004");
        foreach (var (user, role) in new[] { ("officer9", "ProjectOfficer"), ("leader9", "Leader") })
        {
            Assert.Equal(HttpStatusCode.Created, (await client.PostAsJsonAsync("/api/v1/users", new { userName = user, password = "Person@2026x", role, zone = "chengde" })).StatusCode);
        }

        var officer = await app.ClientForAsync("officer9", "Person@2026x");
        var leader = await app.ClientForAsync("leader9", "Person@2026x");
        Assert.Equal(HttpStatusCode.Created, (await officer.PostAsJsonAsync(url + "/reports", new { year = 2022, month = 5, reported = 500_000m })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await leader.PostAsJsonAsync(url + "/reports", new { year = 2022, month = 6, reported = 500_000m })).StatusCode);
        var months = await leader.GetFromJsonAsync<JsonElement>(url + "/reports?year=2022");
        Assert.Equal("officer9", months[0].GetProperty("reportedBy").GetString());
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task The_demo_dashboard_counts_lights_and_registered_investment(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var client = await app.ClientForAsync("chengde");
        var d = await client.GetFromJsonAsync<JsonElement>("/api/v1/zones/chengde/dashboard?year=2022");
        var lights = d.GetProperty("lights");
        int Count(string name) => lights.GetProperty(name).GetInt32();
        Assert.Equal(86, Count("green") + Count("yellow") + Count("red"));
        Assert.Equal(23, Count("notReported"));
        Assert.True(Count("green") > 0 && Count("yellow") > 0 && Count("red") > 0);
        var completed = d.GetProperty("fai").GetProperty("completedYtd").GetDecimal();
        Assert.InRange(completed, 1m, 4_000_000_000m);
    }
}

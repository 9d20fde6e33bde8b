using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Gaoxin.Tests.Infrastructure;

namespace Gaoxin.Tests.Projects;

public sealed class LightRuleAndCorrectionTests
{
    private static async Task<string> ProjectAsync(HttpClient client, string code, string stage, string? plannedStart = null)
    {
        var created = await client.PostAsJsonAsync("/api/v1/zones/chengde/projects", new
        {
            code, stage, stageSince = "2022-01-05",
            fields = new { name = "灯测试项目" + code, plannedTotalInvestment = 100_000_000m, plannedStart, yearPlans = new[] { new { year = 2022, planned = 12_000_000m } } },
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        return $"/api/v1/zones/chengde/projects/{(await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()}";
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_zone_changes_its_light_rule_and_new_lights_carry_the_new_version(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var client = await app.ClientForAsync("chengde");
        var settings = await client.GetFromJsonAsync<JsonElement>("/api/v1/zones/chengde/project-settings");
        Assert.Equal(30m, settings.GetProperty("yellowBandPoints").GetDecimal());
        Assert.Equal("default-2022", settings.GetProperty("lightRuleVersion").GetString());

        var url = await ProjectAsync(client, "L-001", "Started");
        // January and February 100万 each against 1200万: 16.7% done, 16.7% elapsed — green. March nothing: 8.3 points behind.
        foreach (var month in new[] { 1, 2 })
        {
            Assert.Equal(HttpStatusCode.Created, (await client.PostAsJsonAsync(url + "/reports", new { year = 2022, month, reported = 1_000_000m })).StatusCode);
        }

        var march = await (await client.PostAsJsonAsync(url + "/reports", new { year = 2022, month = 3, reported = 0m })).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Yellow", march.GetProperty("light").GetString());

        Assert.Contains("add up to 100", await Problem.AssertAsync(await client.PutAsJsonAsync("/api/v1/zones/chengde/project-settings",
            new { yellowBandPoints = 5m, startOverdueMonths = 3, rankCompletionWeight = 50, rankStartsWeight = 20, rankProblemsWeight = 20, version = 0 }), HttpStatusCode.BadRequest), StringComparison.Ordinal);
        await Problem.AssertAsync(await client.PutAsJsonAsync("/api/v1/zones/chengde/project-settings",
            new { yellowBandPoints = 120m, startOverdueMonths = 3, rankCompletionWeight = 60, rankStartsWeight = 20, rankProblemsWeight = 20, version = 0 }), HttpStatusCode.BadRequest);
        var changed = await client.PutAsJsonAsync("/api/v1/zones/chengde/project-settings",
            new { yellowBandPoints = 5m, startOverdueMonths = 3, rankCompletionWeight = 60, rankStartsWeight = 20, rankProblemsWeight = 20, version = 0 });
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.Equal("zone-r1", (await changed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("lightRuleVersion").GetString());

        // April nothing again: 16.7 points behind — yellow under the default, red under a 5-point band.
        var april = await (await client.PostAsJsonAsync(url + "/reports", new { year = 2022, month = 4, reported = 0m })).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Red", april.GetProperty("light").GetString());
        Assert.Equal("zone-r1", april.GetProperty("lightRule").GetString());
        var months = await client.GetFromJsonAsync<JsonElement>(url + "/reports?year=2022");
        Assert.Equal("default-2022", months[2].GetProperty("lightRule").GetString());
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_planned_start_passed_three_months_ago_without_a_start_is_red(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var client = await app.ClientForAsync("chengde");
        var url = await ProjectAsync(client, "L-002", "Landed", plannedStart: "2022-03-01");
        // Money on schedule, but planned to start in March: May is 2 months on (yellow/green by money), June 3 months: red.
        for (var month = 1; month <= 5; month++)
        {
            var r = await (await client.PostAsJsonAsync(url + "/reports", new { year = 2022, month, reported = 1_000_000m })).Content.ReadFromJsonAsync<JsonElement>();
            Assert.Equal("Green", r.GetProperty("light").GetString());
        }

        var june = await (await client.PostAsJsonAsync(url + "/reports", new { year = 2022, month = 6, reported = 1_000_000m })).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Red", june.GetProperty("light").GetString());
        Assert.Contains("2022-03", june.GetProperty("lightReason").GetString(), StringComparison.Ordinal);
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Correcting_a_month_rejudges_the_later_lights(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var client = await app.ClientForAsync("chengde");
        var url = await ProjectAsync(client, "L-003", "Started");
        Assert.Equal(HttpStatusCode.Created, (await client.PostAsJsonAsync(url + "/reports", new { year = 2022, month = 1, reported = 100_000m })).StatusCode);
        var feb = await (await client.PostAsJsonAsync(url + "/reports", new { year = 2022, month = 2, reported = 100_000m })).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Yellow", feb.GetProperty("light").GetString());

        var months = await client.GetFromJsonAsync<JsonElement>(url + "/reports?year=2022");
        var version = months[0].GetProperty("version").GetInt64();
        Assert.Contains("why", await Problem.AssertAsync(await client.PutAsJsonAsync(url + "/reports/2022/1", new { reported = 2_000_000m, reason = "", version }), HttpStatusCode.BadRequest), StringComparison.Ordinal);
        await Problem.AssertAsync(await client.PutAsJsonAsync(url + "/reports/2022/1", new { reported = 2_000_000m, reason = "统计口径更正", version = version + 1 }), HttpStatusCode.Conflict);
        await Problem.AssertAsync(await client.PutAsJsonAsync(url + "/reports/2022/5", new { reported = 2_000_000m, reason = "统计口径更正", version = 0 }), HttpStatusCode.NotFound);
        var corrected = await client.PutAsJsonAsync(url + "/reports/2022/1", new { reported = 2_000_000m, reason = "统计口径更正", version });
        Assert.Equal(HttpStatusCode.OK, corrected.StatusCode);
        Assert.Contains("统计口径更正", (await corrected.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("notes").GetString(), StringComparison.Ordinal);

        months = await client.GetFromJsonAsync<JsonElement>(url + "/reports?year=2022");
        Assert.Equal(2_000_000m, months[0].GetProperty("reported").GetDecimal());
        Assert.Equal(2_100_000m, months[1].GetProperty("yearToDate").GetDecimal());
        Assert.Equal("Green", months[1].GetProperty("light").GetString());
    }
}

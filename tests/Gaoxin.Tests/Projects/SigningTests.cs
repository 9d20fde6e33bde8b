using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Gaoxin.Tests.Infrastructure;

namespace Gaoxin.Tests.Projects;

public sealed class SigningTests
{
    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Qingdaos_batch_signing_has_14_projects_12_of_at_least_100_million(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var client = await app.ClientForAsync("qingdao");
        var events = await client.GetFromJsonAsync<JsonElement>("/api/v1/zones/qingdao/signing-events?year=2022");
        var batch = Assert.Single(events.EnumerateArray());
        Assert.Equal(14, batch.GetProperty("figures").GetProperty("count").GetInt32());
        Assert.Equal(12, batch.GetProperty("figures").GetProperty("atLeast100Million").GetInt32());
        Assert.Equal(1, batch.GetProperty("figures").GetProperty("foreign").GetInt32());
        var names = batch.GetProperty("signings").EnumerateArray().Select(s => s.GetProperty("projectName").GetString()!).ToList();
        Assert.StartsWith("海尔智慧健康产业园", names[0], StringComparison.Ordinal);
        Assert.Contains("算能科技研发中心", names);
        Assert.Contains("海尔新能源汽车充电桩项目", names);
        Assert.Equal(3_000_000_000m, batch.GetProperty("signings")[0].GetProperty("agreedAmount").GetDecimal());
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_project_counts_as_signed_once_and_a_capital_increase_counts_only_its_increment(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var client = await app.ClientForAsync("chengde");
        var project = await ProblemTests.ProjectAsync(client, "S-001");
        var before = await client.GetFromJsonAsync<JsonElement>("/api/v1/zones/chengde/signings?year=2022");
        var count = before.GetProperty("signed").GetProperty("count").GetInt32();
        var amount = before.GetProperty("signed").GetProperty("agreedAmount").GetDecimal();

        var first = await client.PostAsJsonAsync("/api/v1/zones/chengde/signings", new { projectId = project, projectName = "仪器仪表产业园", investor = "某仪表公司", signedOn = "2022-03-10", agreedAmount = 200_000_000m, fromOutsideCity = true });
        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Contains("counts as signed once", await Problem.AssertAsync(await client.PostAsJsonAsync("/api/v1/zones/chengde/signings",
            new { projectId = project, projectName = "仪器仪表产业园", signedOn = "2022-05-10", agreedAmount = 50_000_000m }), HttpStatusCode.Conflict), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Created, (await client.PostAsJsonAsync("/api/v1/zones/chengde/signings",
            new { projectId = project, projectName = "仪器仪表产业园（增资）", signedOn = "2022-05-10", agreedAmount = 50_000_000m, kind = "CapitalIncrease" })).StatusCode);
        await Problem.AssertAsync(await client.PostAsJsonAsync("/api/v1/zones/chengde/signings", new { projectName = "未来签约", signedOn = "2022-08-01", agreedAmount = 1m }), HttpStatusCode.BadRequest);
        await Problem.AssertAsync(await client.PostAsJsonAsync("/api/v1/zones/chengde/signings", new { projectName = "零元签约", signedOn = "2022-07-01", agreedAmount = 0m }), HttpStatusCode.BadRequest);
        await Problem.AssertAsync(await client.PostAsJsonAsync("/api/v1/zones/chengde/signings", new { projectName = "负数签约", signedOn = "2022-07-01", agreedAmount = -5m }), HttpStatusCode.BadRequest);

        var signing = await first.Content.ReadFromJsonAsync<JsonElement>();
        var landingUrl = $"/api/v1/zones/chengde/signings/{signing.GetProperty("id").GetString()}/landing";
        Assert.Contains("2022-03-10", await Problem.AssertAsync(await client.PostAsJsonAsync(landingUrl, new { landedOn = "2022-01-01", landedAmount = 1m, version = signing.GetProperty("version").GetInt64() }), HttpStatusCode.BadRequest), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await client.PostAsJsonAsync(landingUrl, new { landedOn = "2022-06-01", landedAmount = 150_000_000m, version = signing.GetProperty("version").GetInt64() })).StatusCode);

        var after = await client.GetFromJsonAsync<JsonElement>("/api/v1/zones/chengde/signings?year=2022");
        Assert.Equal(count + 1, after.GetProperty("signed").GetProperty("count").GetInt32());
        Assert.Equal(amount + 250_000_000m, after.GetProperty("signed").GetProperty("agreedAmount").GetDecimal());
        Assert.Equal(1, after.GetProperty("signed").GetProperty("landed").GetInt32());
        Assert.Equal(30, after.GetProperty("targetCount").GetInt32());
        Assert.Equal(20_000_000_000m, after.GetProperty("targetAmount").GetDecimal());
        var dashboard = await client.GetFromJsonAsync<JsonElement>("/api/v1/zones/chengde/dashboard?year=2022");
        Assert.Equal(count + 1, dashboard.GetProperty("signings").GetProperty("count").GetInt32());
        Assert.Equal(amount + 250_000_000m, dashboard.GetProperty("signings").GetProperty("agreedAmount").GetDecimal());
    }
}

using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Gaoxin.Tests.Infrastructure;

namespace Gaoxin.Tests.Projects;

public sealed class UnitRankingTests
{
    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Units_are_ranked_by_completion_starts_and_problems_closed_on_time_and_published_with_history(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var client = await app.ClientForAsync("liudong");
        var departments = (await client.GetFromJsonAsync<JsonElement>("/api/v1/zones/liudong/departments")).EnumerateArray()
            .ToDictionary(d => d.GetProperty("name").GetString()!, d => d.GetProperty("id").GetString()!);
        async Task<string> ProjectAsync(string code, string stage, string department)
        {
            var created = await client.PostAsJsonAsync("/api/v1/zones/liudong/projects", new
            {
                code, stage, stageSince = "2022-03-01",
                fields = new { name = "排名测试" + code, plannedTotalInvestment = 100_000_000m, responsibleDepartmentId = department, yearPlans = new[] { new { year = 2022, planned = 12_000_000m } } },
            });
            Assert.Equal(HttpStatusCode.Created, created.StatusCode);
            return (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
        }

        var a = await ProjectAsync("RK-A", "Started", departments["招商局"]);
        var b = await ProjectAsync("RK-B", "Signed", departments["科技局"]);
        Assert.Equal(HttpStatusCode.Created, (await client.PostAsJsonAsync($"/api/v1/zones/liudong/projects/{a}/reports", new { year = 2022, month = 6, reported = 6_000_000m })).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await client.PostAsJsonAsync($"/api/v1/zones/liudong/projects/{b}/reports", new { year = 2022, month = 6, reported = 3_000_000m })).StatusCode);
        var problem = await (await client.PostAsJsonAsync($"/api/v1/zones/liudong/projects/{b}/problems", new { title = "用地指标不足" })).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(HttpStatusCode.OK, (await client.PostAsJsonAsync($"/api/v1/zones/liudong/problems/{problem.GetProperty("id").GetString()}/assign",
            new { departmentId = departments["科技局"], assignee = "刘科长", deadline = "2022-07-20", version = problem.GetProperty("version").GetInt64() })).StatusCode);

        var july = await client.GetFromJsonAsync<JsonElement>("/api/v1/zones/liudong/rankings/units?year=2022&month=7");
        var rows = july.GetProperty("rows").EnumerateArray().ToList();
        Assert.Equal(["招商局", "科技局"], rows.Select(r => r.GetProperty("department").GetString()));
        Assert.Equal([1, 2], rows.Select(r => r.GetProperty("rank").GetInt32()));
        // 招商局: 600万 of a 700万 time-elapsed target is the best completion (60), the only start (20), no problem due (20).
        Assert.Equal(85.7m, rows[0].GetProperty("completionPercent").GetDecimal());
        Assert.Equal(100m, rows[0].GetProperty("score").GetDecimal());
        // 科技局: half the completion, no start, its one problem due by July's end is open.
        Assert.Equal(42.9m, rows[1].GetProperty("completionPercent").GetDecimal());
        Assert.Equal(0m, rows[1].GetProperty("problemsOnTimePercent").GetDecimal());
        Assert.Equal(30.04m, rows[1].GetProperty("score").GetDecimal());

        Assert.Equal(HttpStatusCode.Created, (await client.PostAsJsonAsync("/api/v1/zones/liudong/rankings/units/publish", new { year = 2022, month = 7 })).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await client.PostAsJsonAsync("/api/v1/zones/liudong/rankings/units/publish", new { year = 2022, month = 7 })).StatusCode);
        await Problem.AssertAsync(await client.PostAsJsonAsync("/api/v1/zones/liudong/rankings/units/publish", new { year = 2022, month = 8 }), HttpStatusCode.BadRequest);
        var history = await client.GetFromJsonAsync<JsonElement>("/api/v1/zones/liudong/rankings/units/history?year=2022");
        Assert.Equal(2, history.GetArrayLength());

        var quarter = await client.GetFromJsonAsync<JsonElement>("/api/v1/zones/liudong/rankings/units/quarter?year=2022&quarter=3");
        Assert.Equal([7], quarter.GetProperty("months").EnumerateArray().Select(m => m.GetInt32()));
        Assert.Equal(100m, quarter.GetProperty("rows")[0].GetProperty("score").GetDecimal());
        var q2 = await client.GetFromJsonAsync<JsonElement>("/api/v1/zones/liudong/rankings/units/quarter?year=2022&quarter=2");
        // April and May: nothing reported or started yet for either (starts counted from 2022-03-01 for 招商局), June as computed.
        Assert.Equal(3, q2.GetProperty("months").GetArrayLength());
        Assert.Empty(q2.GetProperty("publishedMonths").EnumerateArray());
        await Problem.AssertAsync(await client.GetAsync("/api/v1/zones/liudong/rankings/units/quarter?year=2022&quarter=5"), HttpStatusCode.BadRequest);
    }
}

using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Gaoxin.Tests.Infrastructure;

namespace Gaoxin.Tests.Projects;

public sealed class WarBoardTests
{
    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task The_war_board_adds_up_and_follows_the_as_of_month(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var client = await app.ClientForAsync("chengde");
        var june = await client.GetFromJsonAsync<JsonElement>("/api/v1/zones/chengde/warboard?year=2022&month=6");
        var dashboard = june.GetProperty("dashboard");
        Assert.Equal(109, dashboard.GetProperty("projects").GetProperty("count").GetInt32());

        // The cumulative line ends at the dashboard's completed investment, month by month.
        var fai = june.GetProperty("fai").EnumerateArray().ToList();
        Assert.Equal([1, 2, 3, 4, 5, 6], fai.Select(f => f.GetProperty("month").GetInt32()));
        Assert.Equal(dashboard.GetProperty("fai").GetProperty("completedYtd").GetDecimal(), fai[^1].GetProperty("cumulative").GetDecimal());
        Assert.Equal(fai.Sum(f => f.GetProperty("completed").GetDecimal()), fai[^1].GetProperty("cumulative").GetDecimal());
        Assert.Equal(2_030_000_000m, fai[5].GetProperty("planToDate").GetDecimal()); // 40.6亿 × 6/12

        // By chain: the chains' totals add up to the 573亿 of the projects under implementation.
        Assert.Equal(57_300_000_000m, june.GetProperty("chains").EnumerateArray().Sum(c => c.GetProperty("totalInvestment").GetDecimal()));
        var key = june.GetProperty("keyProjects").EnumerateArray().ToList();
        Assert.Equal(20, key.Count);
        Assert.All(key.Take(4), k => Assert.Contains("Provincial", k.GetProperty("keyLevel").GetString(), StringComparison.Ordinal));

        // As of March the cumulative line stops at March, and less is completed than by June.
        var march = await client.GetFromJsonAsync<JsonElement>("/api/v1/zones/chengde/warboard?year=2022&month=3");
        Assert.Equal(3, march.GetProperty("fai").GetArrayLength());
        Assert.True(march.GetProperty("dashboard").GetProperty("fai").GetProperty("completedYtd").GetDecimal() < dashboard.GetProperty("fai").GetProperty("completedYtd").GetDecimal());
        await Problem.AssertAsync(await client.GetAsync("/api/v1/zones/chengde/warboard?year=2022&month=9"), HttpStatusCode.BadRequest);
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task The_dashboard_as_of_a_past_date_counts_stages_as_they_stood(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var client = await app.ClientForAsync("chengde");
        var created = await client.PostAsJsonAsync("/api/v1/zones/chengde/projects", new
        {
            code = "ASOF-1", stage = "Negotiating", stageSince = "2022-02-01",
            fields = new { name = "截至日期测试项目", plannedTotalInvestment = 50_000_000m },
        });
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();
        var project = await client.GetFromJsonAsync<JsonElement>($"/api/v1/zones/chengde/projects/{id}");
        Assert.Equal(HttpStatusCode.OK, (await client.PostAsJsonAsync($"/api/v1/zones/chengde/projects/{id}/stage", new { to = "Signed", on = "2022-06-10", version = project.GetProperty("version").GetInt64() })).StatusCode);

        static int Count(JsonElement d, string stage) => d.GetProperty("stages").EnumerateArray().Where(s => s.GetProperty("stage").GetString() == stage).Select(s => s.GetProperty("count").GetInt32()).SingleOrDefault();
        var now = await client.GetFromJsonAsync<JsonElement>("/api/v1/zones/chengde/dashboard?year=2022");
        var may = await client.GetFromJsonAsync<JsonElement>("/api/v1/zones/chengde/dashboard?asOf=2022-05-31");
        var january = await client.GetFromJsonAsync<JsonElement>("/api/v1/zones/chengde/dashboard?asOf=2022-01-31");
        Assert.Equal(Count(now, "Negotiating") + 1, Count(may, "Negotiating"));
        Assert.Equal(Count(now, "Signed") - 1, Count(may, "Signed"));
        // Before it entered the ledger (2022-02-01) it is counted nowhere: January counts fewer projects than May.
        static int Total(JsonElement d) => d.GetProperty("stages").EnumerateArray().Sum(s => s.GetProperty("count").GetInt32());
        Assert.True(Total(january) <= Total(may) - 1);
        await Problem.AssertAsync(await client.GetAsync("/api/v1/zones/chengde/dashboard?asOf=2022-08-01"), HttpStatusCode.BadRequest);
    }
}

public sealed class ProjectOfficerTests
{
    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_project_shows_the_name_of_its_officer_in_charge(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var client = await app.ClientForAsync("chengde");
        var user = (await client.GetFromJsonAsync<JsonElement>("/api/v1/users?zone=chengde")).GetProperty("items")[0];
        var created = await client.PostAsJsonAsync("/api/v1/zones/chengde/projects", new
        {
            code = "OF-1", stage = "Signed", stageSince = "2022-02-01",
            fields = new { name = "包联测试项目", plannedTotalInvestment = 50_000_000m, officerId = user.GetProperty("id").GetString(), plannedStart = "2022-09-15" },
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var project = await created.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(user.GetProperty("displayName").GetString(), project.GetProperty("officer").GetString());
        Assert.Equal("2022-09-01", project.GetProperty("plannedStart").GetString());
    }
}

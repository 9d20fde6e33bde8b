using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Gaoxin.Tests.Infrastructure;

namespace Gaoxin.Tests.Evaluation;

/// <summary>Park index methods as staff edit them (weights in %, multipliers, directions, coverage, range), the method line in both languages, and year on year.</summary>
public sealed class ParkIndexMethodTests
{
    private const string Api = "/api/v1/zones/chengde/evaluation/indices";

    private static async Task<string> FourParksAsync(HttpClient client)
    {
        var imported = await client.PostAsync(Api, ParkIndexTests.Form(ParkIndexTests.Workbook(["A", 1000, 2, 0.5], ["B", 600, 4, 0.3], ["C", 200, 3, 0.2], ["D", 400, 1, 0.4])));
        Assert.Equal(HttpStatusCode.Created, imported.StatusCode);
        return (await imported.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
    }

    private static Dictionary<string, JsonElement> Parks(JsonElement result)
        => result.GetProperty("parks").EnumerateArray().ToDictionary(p => p.GetProperty("park").GetString()!);

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Edited_weights_and_directions_change_scores_and_ranks_as_computed_by_hand(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var client = await app.ClientForAsync("chengde");
        var id = await FourParksAsync(client);

        // D1 = (0.5 X1 + 0.3 X2) / 0.8, D2 = X3 (less is better); 20 % × D1 + 80 % × D2: A 15, B 67.083, C 85, D 29.792.
        var weighted = Parks(await client.GetFromJsonAsync<JsonElement>($"{Api}/{id}/result?runs=0&weights=D1:20;D2:80"));
        Assert.Equal([15.0, 67.083, 85.0, 29.792], new[] { "A", "B", "C", "D" }.Select(p => weighted[p].GetProperty("score").GetDouble()));
        Assert.Equal([4, 2, 1, 3], new[] { "A", "B", "C", "D" }.Select(p => weighted[p].GetProperty("rank").GetInt32()));

        // Equal multipliers within D1: A 13.333, B 68.333, C 86.667, D 29.167.
        var multiplied = Parks(await client.GetFromJsonAsync<JsonElement>($"{Api}/{id}/result?runs=0&weights=D1:20;D2:80&multipliers=X1:1;X2:1"));
        Assert.Equal([13.333, 68.333, 86.667, 29.167], new[] { "A", "B", "C", "D" }.Select(p => multiplied[p].GetProperty("score").GetDouble()));

        // X3 read as more-is-better: A 95, B 40.417, C 5, D 56.458 → A first.
        var flipped = Parks(await client.GetFromJsonAsync<JsonElement>($"{Api}/{id}/result?runs=0&weights=D1:20;D2:80&directions=X3:%2B"));
        Assert.Equal([1, 3, 4, 2], new[] { "A", "B", "C", "D" }.Select(p => flipped[p].GetProperty("rank").GetInt32()));
        Assert.Equal(95.0, flipped["A"].GetProperty("score").GetDouble());

        // Ranks come with intervals under the edited method too.
        var intervals = Parks(await client.GetFromJsonAsync<JsonElement>($"{Api}/{id}/result?runs=300&weights=D1:20;D2:80"));
        Assert.All(intervals.Values, p => Assert.True(p.GetProperty("low").GetInt32() <= p.GetProperty("high").GetInt32()));
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Each_wrong_part_of_a_method_is_refused_naming_it(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var client = await app.ClientForAsync("chengde");
        var id = await FourParksAsync(client);
        (string Query, string English)[] cases =
        [
            ("weights=D1:20;D2:70", "must add up to 100 %, not 90 %"),
            ("weights=D1:20;D2:70;D9:10", "'D9' is not a dimension of this table"),
            ("weights=D1:100", "D2 has none"),
            ("weights=D1:120;D2:-20", "may be negative"),
            ("weights=D1=20", "is not dimension:percent"),
            ("multipliers=X1:0", "multiplier must be positive, not 0"),
            ("multipliers=X7:1", "'X7' is not an indicator of this table"),
            ("directions=X3:up", "Direction 'X3:up'"),
            ("coverage=0", "between 0 and 100 %, not 0 %"),
            ("low=100&high=0", "must be below the high end"),
        ];
        foreach (var (query, english) in cases)
        {
            var detail = await Problem.AssertAsync(await client.GetAsync($"{Api}/{id}/result?runs=0&{query}"), HttpStatusCode.BadRequest);
            Assert.True(detail.Contains(english, StringComparison.Ordinal), $"{query}: {detail}");
        }

        client.DefaultRequestHeaders.AcceptLanguage.Clear();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("zh-CN");
        Assert.Contains("各维度权重之和须为 100%，当前为 90%", await Problem.AssertAsync(await client.GetAsync($"{Api}/{id}/result?runs=0&weights=D1:20;D2:70"), HttpStatusCode.BadRequest), StringComparison.Ordinal);
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task The_method_line_is_in_the_users_language(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var client = await app.ClientForAsync("chengde");
        var id = await FourParksAsync(client);
        var url = $"{Api}/{id}/result?runs=200&weights=D1:20;D2:80";
        var en = (await client.GetFromJsonAsync<JsonElement>(url)).GetProperty("method").GetString();
        Assert.Equal("Method: min–max to [0, 100]; arithmetic mean; dimension weights D1 20%, D2 80%; parks need 50 % of indicators. "
            + "Uncertainty: 200 Monte Carlo runs over weights (±25 %), normalisers and aggregations.", en);
        client.DefaultRequestHeaders.AcceptLanguage.Clear();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("zh-CN");
        var zh = (await client.GetFromJsonAsync<JsonElement>(url)).GetProperty("method").GetString();
        Assert.Equal("方法：最小–最大值标准化至 [0, 100]；算术加权；维度权重 D1 20%、D2 80%；园区须具备 50% 的指标。 不确定性：对权重（±25%）、标准化和合成方法做 200 次蒙特卡洛模拟。", zh);
        var table = (await client.GetFromJsonAsync<JsonElement>($"{Api}/{id}/result?runs=0&normalisation=rank&aggregation=geometric")).GetProperty("method").GetString();
        Assert.Equal("方法：排序标准化；几何加权；维度权重 表内权重；园区须具备 50% 的指标。", table);
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Guiyang_moves_from_97th_in_2021_to_93rd_in_2022_year_on_year(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var guiyang = await app.ClientForAsync("guiyang");
        var park = Uri.EscapeDataString("贵阳国家高新技术产业开发区");
        var years = await guiyang.GetFromJsonAsync<JsonElement>($"/api/v1/zones/guiyang/evaluation/indices/years?park={park}&preset=ccid&runs=200");
        var rows = years.GetProperty("years").EnumerateArray().ToList();
        Assert.Equal([2021, 2022], rows.Select(y => y.GetProperty("year").GetInt32()));
        Assert.Equal([97, 93], rows.Select(y => y.GetProperty("rank").GetInt32()));
        Assert.All(rows, y =>
        {
            Assert.Equal(100, y.GetProperty("parks").GetInt32());
            Assert.Equal(5, y.GetProperty("dimensions").EnumerateObject().Count());
            Assert.True(y.GetProperty("low").GetInt32() <= y.GetProperty("medianRank").GetInt32() && y.GetProperty("medianRank").GetInt32() <= y.GetProperty("high").GetInt32());
        });

        // The same figures as each year's table computed on its own.
        var tables = await guiyang.GetFromJsonAsync<JsonElement>("/api/v1/zones/guiyang/evaluation/indices");
        foreach (var row in rows)
        {
            var result = await guiyang.GetFromJsonAsync<JsonElement>($"/api/v1/zones/guiyang/evaluation/indices/{row.GetProperty("tableId").GetString()}/result?preset=ccid&runs=200");
            var same = result.GetProperty("parks").EnumerateArray().Single(p => p.GetProperty("park").GetString() == "贵阳国家高新技术产业开发区");
            Assert.Equal((same.GetProperty("score").GetDouble(), same.GetProperty("low").GetInt32(), same.GetProperty("high").GetInt32()),
                (row.GetProperty("score").GetDouble(), row.GetProperty("low").GetInt32(), row.GetProperty("high").GetInt32()));
        }

        Assert.Equal(2, tables.GetArrayLength());
        await Problem.AssertAsync(await guiyang.GetAsync("/api/v1/zones/guiyang/evaluation/indices/years?park=nowhere"), HttpStatusCode.NotFound);
        await Problem.AssertAsync(await guiyang.GetAsync("/api/v1/zones/guiyang/evaluation/indices/years"), HttpStatusCode.BadRequest);
        var chengde = await app.ClientForAsync("chengde");
        await Problem.AssertAsync(await chengde.GetAsync($"/api/v1/zones/chengde/evaluation/indices/years?park={park}"), HttpStatusCode.NotFound);
        await Problem.AssertAsync(await chengde.GetAsync($"/api/v1/zones/guiyang/evaluation/indices/years?park={park}"), HttpStatusCode.NotFound);
    }
}

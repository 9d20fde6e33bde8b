using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Gaoxin.Tests.Infrastructure;
using MiniExcelLibs;

namespace Gaoxin.Tests.Evaluation;

/// <summary>The unit contest (擂台比拼) over HTTP: the demo's worked example, entering a month, publishing, the quarter and pay.</summary>
public sealed class ContestTests
{
    private const string Api = "/api/v1/zones/chengde/evaluation/contest";

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task The_demo_june_reproduces_the_worked_example_for_the_investment_bureau(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var client = await app.ClientForAsync("chengde");
        var published = await client.GetFromJsonAsync<JsonElement>($"{Api}/published?period=2022-06");
        var zs = Unit(published.GetProperty("result"), "zs");
        Assert.Equal(88.2m, zs.GetProperty("score").GetDecimal());
        Assert.Equal(85.2m, zs.GetProperty("baseScore").GetDecimal());
        Assert.Equal("达标", zs.GetProperty("grade").GetString());
        Assert.Equal(2646.00m, zs.GetProperty("pay").GetDecimal());
        var indicators = zs.GetProperty("indicators").EnumerateArray().ToDictionary(i => i.GetProperty("code").GetString()!, i => i.GetProperty("score").GetDecimal());
        Assert.Equal([32m, 26m, 18m, 9.2m], new[] { "T1", "I1", "C1", "S1" }.Select(c => indicators[c]));
        Assert.Contains("40 × min(4/5, 1) = 32", zs.GetProperty("indicators")[0].GetProperty("explanation").GetString(), StringComparison.Ordinal);
        Assert.True(zs.GetProperty("gapToNextPlace").ValueKind == JsonValueKind.Number);

        var quarter = await client.GetFromJsonAsync<JsonElement>($"{Api}/quarter?year=2022&quarter=2");
        var q = quarter.GetProperty("units").EnumerateArray().Single(u => u.GetProperty("unit").GetString() == "zs");
        Assert.Equal(88.53m, q.GetProperty("score").GetDecimal());
        Assert.Equal([91.0m, 86.4m, 88.2m], q.GetProperty("monthScores").EnumerateArray().Select(s => s.GetDecimal()));
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_month_is_entered_scored_published_once_and_corrected_as_a_new_revision(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var client = await app.ClientForAsync("chengde");

        // July is empty: scoring refuses and names the missing measures.
        var missing = await Problem.AssertAsync(await client.GetAsync($"{Api}/score?period=2022-07"), HttpStatusCode.BadRequest);
        Assert.Contains("zs/T1", missing, StringComparison.Ordinal);
        Assert.Contains("zs/T1", await Problem.AssertAsync(await client.PostAsJsonAsync($"{Api}/publish", new { period = "2022-07" }), HttpStatusCode.BadRequest), StringComparison.Ordinal);

        // The sheet shows where each measure comes from; July has no entries yet.
        var sheet = await client.GetFromJsonAsync<JsonElement>($"{Api}/measures?period=2022-07");
        Assert.All(sheet.GetProperty("cells").EnumerateArray().Where(c => c.GetProperty("unit").GetString() == "zs"), c => Assert.Equal(JsonValueKind.Null, c.GetProperty("value").ValueKind));

        var entered = await client.PutAsJsonAsync($"{Api}/measures", July());
        Assert.Equal(HttpStatusCode.OK, entered.StatusCode);
        var cells = (await entered.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("cells").EnumerateArray().ToList();
        Assert.All(cells, c => Assert.NotEqual(JsonValueKind.Null, c.GetProperty("value").ValueKind));
        Assert.Contains(cells, c => c.GetProperty("source").GetString() == "manual" && c.GetProperty("sourceText").GetString()!.Contains("chengde", StringComparison.Ordinal));

        var preview = await client.GetFromJsonAsync<JsonElement>($"{Api}/score?period=2022-07");
        Assert.Equal(JsonValueKind.Null, preview.GetProperty("revision").ValueKind);
        Assert.Equal(1, Unit(preview, "xm").GetProperty("rank").GetInt32());

        var first = await client.PostAsJsonAsync($"{Api}/publish", new { period = "2022-07" });
        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(1, (await first.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("revision").GetInt32());

        // Publishing the same measures again is refused; a changed measure without a reason too; with one, revision 2.
        Assert.Contains("revision 1", await Problem.AssertAsync(await client.PostAsJsonAsync($"{Api}/publish", new { period = "2022-07" }), HttpStatusCode.Conflict), StringComparison.Ordinal);
        await client.PutAsJsonAsync($"{Api}/measures", new { period = "2022-07", measures = new[] { new { unit = "zs", indicator = "T1", kind = "completion", value = 5m, target = (decimal?)5m } } });
        Assert.Contains("reason", await Problem.AssertAsync(await client.PostAsJsonAsync($"{Api}/publish", new { period = "2022-07" }), HttpStatusCode.BadRequest), StringComparison.Ordinal);
        var second = await client.PostAsJsonAsync($"{Api}/publish", new { period = "2022-07", reason = "招商局签约数更正" });
        Assert.Equal(HttpStatusCode.Created, second.StatusCode);

        var history = await client.GetFromJsonAsync<JsonElement>($"{Api}/published?period=2022-07");
        Assert.Equal(2, history.GetProperty("result").GetProperty("revision").GetInt32());
        Assert.Equal([2, 1], history.GetProperty("revisions").EnumerateArray().Select(r => r.GetProperty("revision").GetInt32()));
        var old = await client.GetFromJsonAsync<JsonElement>($"{Api}/published?period=2022-07&revision=1");
        Assert.Equal(32m, Unit(old.GetProperty("result"), "zs").GetProperty("indicators")[0].GetProperty("score").GetDecimal());
        Assert.Equal(40m, Unit(history.GetProperty("result"), "zs").GetProperty("indicators")[0].GetProperty("score").GetDecimal());

        // Pay for finance: the latest revision, text cells neutralised.
        var pay = await client.GetAsync($"{Api}/pay.xlsx?period=2022-07");
        Assert.Equal(HttpStatusCode.OK, pay.StatusCode);
        var rows = (await pay.Content.ReadAsStreamAsync()).Query(useHeaderRow: true).Cast<IDictionary<string, object?>>().ToList();
        Assert.Equal(6, rows.Count);
        Assert.Contains(rows, r => Equals(r["Unit"], "招商局") && Convert.ToDecimal(r["Revision"], System.Globalization.CultureInfo.InvariantCulture) == 2m);
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Bad_measures_and_definitions_are_refused_with_a_message(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var client = await app.ClientForAsync("chengde");
        var contest = await client.GetFromJsonAsync<JsonElement>(Api);

        // A manual score above the indicator's points: redefine S1 as manual, then enter 12 of 10.
        var spec = JsonSerializer.Deserialize<Dictionary<string, object?>>(contest.GetProperty("spec").GetRawText())!;
        var indicators = JsonSerializer.Deserialize<List<Dictionary<string, object?>>>(contest.GetProperty("spec").GetProperty("indicators").GetRawText())!;
        indicators[3]["rule"] = "manual";
        spec["indicators"] = indicators;
        var redefined = await client.PutAsJsonAsync(Api, new { spec, basePay = 3000m, version = contest.GetProperty("version").GetInt64() });
        Assert.Equal(HttpStatusCode.OK, redefined.StatusCode);
        var above = await client.PutAsJsonAsync($"{Api}/measures", new { period = "2022-07", measures = new[] { new { unit = "zs", indicator = "S1", kind = "manual", value = 12m, note = "服务好" } } });
        Assert.Contains("12", await Problem.AssertAsync(above, HttpStatusCode.BadRequest), StringComparison.Ordinal);
        var noNote = await client.PutAsJsonAsync($"{Api}/measures", new { period = "2022-07", measures = new[] { new { unit = "zs", indicator = "S1", kind = "manual", value = 8m, note = "" } } });
        await Problem.AssertAsync(noNote, HttpStatusCode.BadRequest);
        Assert.Equal(HttpStatusCode.OK, (await client.PutAsJsonAsync($"{Api}/measures", new { period = "2022-07", measures = new[] { new { unit = "zs", indicator = "S1", kind = "manual", value = 8m, note = "企业评价较好" } } })).StatusCode);

        // Unknown units and items, future months, stale versions, definitions the engine refuses.
        await Problem.AssertAsync(await client.PutAsJsonAsync($"{Api}/measures", new { period = "2022-07", measures = new[] { new { unit = "nobody", indicator = "T1", value = 1m } } }), HttpStatusCode.BadRequest);
        await Problem.AssertAsync(await client.PutAsJsonAsync($"{Api}/measures", new { period = "2022-07", adjustments = new[] { new { unit = "zs", kind = "bonus", code = "X9", points = 1m, note = "?" } } }), HttpStatusCode.BadRequest);
        Assert.Contains("2022-09", await Problem.AssertAsync(await client.GetAsync($"{Api}/score?period=2022-09"), HttpStatusCode.BadRequest), StringComparison.Ordinal);
        await Problem.AssertAsync(await client.GetAsync($"{Api}/score?period=June"), HttpStatusCode.BadRequest);
        await Problem.AssertAsync(await client.PutAsJsonAsync(Api, new { spec, basePay = 3000m, version = 0 }), HttpStatusCode.Conflict);
        indicators[0]["points"] = 0;
        spec["indicators"] = indicators;
        var current = await client.GetFromJsonAsync<JsonElement>(Api);
        Assert.Contains("T1", await Problem.AssertAsync(await client.PutAsJsonAsync(Api, new { spec, basePay = 3000m, version = current.GetProperty("version").GetInt64() }), HttpStatusCode.BadRequest), StringComparison.Ordinal);
        await Problem.AssertAsync(await client.GetAsync($"{Api}/quarter?year=2022&quarter=3"), HttpStatusCode.BadRequest);
        await Problem.AssertAsync(await client.GetAsync($"{Api}/pay.xlsx?period=2022-07"), HttpStatusCode.NotFound);
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Another_zone_neither_sees_nor_publishes_chengdes_contest(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var xianyang = await app.ClientForAsync("xianyang");
        await Problem.AssertAsync(await xianyang.GetAsync($"{Api}/published?period=2022-06"), HttpStatusCode.NotFound);
        await Problem.AssertAsync(await xianyang.PostAsJsonAsync($"{Api}/publish", new { period = "2022-06", reason = "越权" }), HttpStatusCode.NotFound);
        await Problem.AssertAsync(await xianyang.GetAsync("/api/v1/zones/xianyang/evaluation/contest"), HttpStatusCode.NotFound);

        var chengde = await app.ClientForAsync("chengde");
        var history = await chengde.GetFromJsonAsync<JsonElement>($"{Api}/published?period=2022-06");
        Assert.Single(history.GetProperty("revisions").EnumerateArray());
    }

    private static JsonElement Unit(JsonElement result, string code)
        => result.GetProperty("units").EnumerateArray().Single(u => u.GetProperty("unit").GetString() == code);

    private static object July()
    {
        var units = new[] { "zs", "xm", "kj", "rs", "cz", "sp" };
        var measures = units.SelectMany((u, n) => new object[]
        {
            new { unit = u, indicator = "T1", kind = "completion", value = 4m, target = (decimal?)5m },
            new { unit = u, indicator = "I1", kind = "value", value = u == "xm" ? 20m : 10m - n, target = (decimal?)null },
            new { unit = u, indicator = "C1", kind = "rate", value = 0.9m, target = (decimal?)null },
            new { unit = u, indicator = "S1", kind = "rate", value = 0.95m, target = (decimal?)null },
        }).ToList();
        return new { period = "2022-07", measures, adjustments = new[] { new { unit = "zs", kind = "bonus", code = "B1", points = 2m, note = "引进龙头项目" } } };
    }
}

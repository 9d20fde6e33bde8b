using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Gaoxin.Tests.Infrastructure;

namespace Gaoxin.Tests.Evaluation;

/// <summary>The contest definition as staff edit it: a round trip keeps every part, published months stay, and every refusal says what is wrong.</summary>
public sealed class ContestDefinitionTests
{
    private const string Api = "/api/v1/zones/chengde/evaluation/contest";

    private static async Task<(JsonObject Spec, long Version)> CurrentAsync(HttpClient client)
    {
        var contest = JsonNode.Parse(await client.GetStringAsync(Api))!.AsObject();
        return (contest["spec"]!.AsObject(), contest["version"]!.GetValue<long>());
    }

    private static Task<HttpResponseMessage> PutAsync(HttpClient client, JsonNode spec, long version, decimal basePay = 3000m)
        => client.PutAsJsonAsync(Api, new { spec, basePay, version });

    private static JsonObject Indicator(JsonObject spec, string code)
        => spec["indicators"]!.AsArray().Select(i => i!.AsObject()).Single(i => i["code"]!.GetValue<string>() == code);

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_redefinition_round_trips_rescored_months_change_and_published_months_stay(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var client = await app.ClientForAsync("chengde");
        var (spec, version) = await CurrentAsync(client);

        // 招商力度: 5 points off a place instead of 2; a tiers indicator; grades and pay by multiples of base.
        Indicator(spec, "I1")["step"] = 5m;
        spec["indicators"]!.AsArray().Add(new JsonObject { ["code"] = "S2", ["name"] = "企业满意度", ["group"] = "比服务保障", ["points"] = 5m, ["rule"] = "tiers",
            ["tiers"] = new JsonArray(new JsonObject { ["minimum"] = 0.9m, ["points"] = 5m }, new JsonObject { ["minimum"] = 0.8m, ["points"] = 3m }) });
        spec["grades"] = JsonNode.Parse("""[{"name":"优秀","minimum":95},{"name":"良好","minimum":90},{"name":"达标","minimum":80}]""");
        spec["belowGrade"] = "不达标";
        spec["pay"] = JsonNode.Parse("""{"rule":"multiple","multiples":{"优秀":1.2,"良好":1.1,"达标":1.0,"不达标":0.5},"zeroOnVeto":true}""");
        var saved = await PutAsync(client, spec, version, 3200m);
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);

        var (back, newVersion) = await CurrentAsync(client);
        Assert.True(newVersion > version);
        Assert.Equal(5m, Indicator(back, "I1")["step"]!.GetValue<decimal>());
        Assert.Equal([0.9m, 0.8m], Indicator(back, "S2")["tiers"]!.AsArray().Select(t => t!["minimum"]!.GetValue<decimal>()));
        Assert.Equal(0.5m, back["pay"]!["multiples"]!["不达标"]!.GetValue<decimal>());
        Assert.Equal(3200m, JsonNode.Parse(await client.GetStringAsync(Api))!["basePay"]!.GetValue<decimal>());

        // June as published keeps 88.2 (rank 3 of 6: 30 − 2 × 2 = 26); scored again under the new definition it is 20, and S2 is missing.
        var published = await client.GetFromJsonAsync<JsonElement>($"{Api}/published?period=2022-06");
        Assert.Equal(88.2m, Unit(published.GetProperty("result"), "zs").GetProperty("score").GetDecimal());
        Assert.Contains("zs/S2", await Problem.AssertAsync(await client.GetAsync($"{Api}/score?period=2022-06"), HttpStatusCode.BadRequest), StringComparison.Ordinal);
        Indicator(back, "S2")["rule"] = "manual";
        Indicator(back, "S2")["tiers"] = null;
        Assert.Equal(HttpStatusCode.OK, (await PutAsync(client, back, newVersion, 3200m)).StatusCode);
        var units = new[] { "zs", "xm", "kj", "rs", "cz", "sp" };
        var entered = await client.PutAsJsonAsync($"{Api}/measures", new { period = "2022-06", measures = units.Select(u => new { unit = u, indicator = "S2", kind = "manual", value = 0m, note = "未评价" }) });
        Assert.Equal(HttpStatusCode.OK, entered.StatusCode);
        var rescored = await client.GetFromJsonAsync<JsonElement>($"{Api}/score?period=2022-06");
        var zs = Unit(rescored, "zs");
        Assert.Equal(20m, zs.GetProperty("indicators").EnumerateArray().Single(i => i.GetProperty("code").GetString() == "I1").GetProperty("score").GetDecimal());
        Assert.Equal(82.2m, zs.GetProperty("score").GetDecimal());
        Assert.Equal("达标", zs.GetProperty("grade").GetString());
        Assert.Equal(3200.00m, zs.GetProperty("pay").GetDecimal());
        var after = await client.GetFromJsonAsync<JsonElement>($"{Api}/published?period=2022-06");
        Assert.Equal(88.2m, Unit(after.GetProperty("result"), "zs").GetProperty("score").GetDecimal());
        Assert.Single(after.GetProperty("revisions").EnumerateArray());
    }

    private static readonly (string Wrong, string English, string Chinese)[] Refusals =
    [
        ("points", "points must be positive", "分值须大于零"),
        ("grades", "overlap", "重叠"),
        ("unitTwice", "'zs' is used twice", "“zs”重复"),
        ("tiers", "at least one tier", "请至少设置一档"),
        ("source", "is not a measure source", "不是数据来源"),
        ("rule", "is not a scoring rule", "不是计分规则"),
        ("multiples", "for every grade", "为每个等次"),
        ("itemCap", "positive cap", "大于零的上限"),
        ("baseline", "base points must lie between 0", "基础分须在 0 至"),
        ("target", "needs a unit of this contest", "须对应本擂台的参赛单位"),
        ("noUnits", "add at least one unit", "请至少添加一个单位"),
    ];

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Each_wrong_part_of_a_definition_is_refused_naming_it_in_both_languages(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var client = await app.ClientForAsync("chengde");
        foreach (var (wrong, english, chinese) in Refusals)
        {
            var (spec, version) = await CurrentAsync(client);
            var i1 = Indicator(spec, "I1");
            switch (wrong)
            {
                case "points": i1["points"] = 0m; break;
                case "grades": spec["grades"] = JsonNode.Parse("""[{"name":"优秀","minimum":90},{"name":"良好","minimum":90}]"""); break;
                case "unitTwice": spec["units"]!.AsArray().Add(spec["units"]![0]!.DeepClone()); break;
                case "tiers": i1["rule"] = "tiers"; break;
                case "source": i1["source"] = "weather"; break;
                case "rule": i1["rule"] = "lottery"; break;
                case "multiples": spec["pay"] = JsonNode.Parse("""{"rule":"multiple","multiples":{"优秀":1.2}}"""); break;
                case "itemCap": spec["bonuses"]![0]!["cap"] = 0m; break;
                case "baseline": i1["rule"] = "baseline"; i1["basePoints"] = 40m; i1["pointsPerPoint"] = 1m; break;
                case "target": i1["targets"] = new JsonObject { ["nobody"] = 5m }; break;
                case "noUnits": spec["units"] = new JsonArray(); break;
            }

            client.DefaultRequestHeaders.AcceptLanguage.Clear();
            client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");
            var en = await Problem.AssertAsync(await PutAsync(client, spec, version), HttpStatusCode.BadRequest);
            Assert.True(en.Contains(english, StringComparison.Ordinal), $"{wrong}: {en}");
            client.DefaultRequestHeaders.AcceptLanguage.Clear();
            client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("zh-CN");
            var zh = await Problem.AssertAsync(await PutAsync(client, spec, version), HttpStatusCode.BadRequest);
            Assert.True(zh.Contains(chinese, StringComparison.Ordinal), $"{wrong}: {zh}");

            // Nothing was written.
            Assert.Equal(version, (await CurrentAsync(client)).Version);
        }
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task The_editor_page_shows_the_definition_to_staff_in_both_languages(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var staff = await app.BrowserAsync("chengde", language: "zh-CN");
        var html = await staff.GetStringAsync("/evaluation/contest/edit");
        Assert.Contains("擂台设置", html, StringComparison.Ordinal);
        Assert.Contains("新签约项目投资额（亿元）", html, StringComparison.Ordinal);
        Assert.Contains("editor-save", html, StringComparison.Ordinal);
        var english = await app.BrowserAsync("chengde", language: "en");
        Assert.Contains("Contest definition", await english.GetStringAsync("/evaluation/contest/edit"), StringComparison.Ordinal);
    }

    private static JsonElement Unit(JsonElement result, string code)
        => result.GetProperty("units").EnumerateArray().Single(u => u.GetProperty("unit").GetString() == code);
}

using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Gaoxin.Tests.Infrastructure;

namespace Gaoxin.Tests.Incentives;

/// <summary>Authoring a policy as code: errors at their line, tests must pass to publish, earlier grants keep their revision.</summary>
public sealed class PolicyAuthoringTests
{
    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_revision_is_published_only_when_it_compiles_and_its_tests_pass_and_old_grants_keep_theirs(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var client = await app.ClientForAsync("liudong");
        var policy = await IncentiveTests.PolicyIdAsync(client, "liudong", "liudong-outward-sales");
        var url = $"/api/v1/zones/liudong/policies/{policy}/rules";
        var current = await client.GetFromJsonAsync<JsonElement>(url);
        Assert.Equal("shipped", current.GetProperty("label").GetString());
        var yaml = current.GetProperty("yaml").GetString()!;
        var tests = current.GetProperty("testsYaml").GetString()!;
        Assert.Contains("id: liudong-outward-sales", yaml, StringComparison.Ordinal);

        var before = await (await client.PostAsJsonAsync("/api/v1/zones/liudong/grants", new { policyId = policy, period = 2021, enterpriseName = "示例转向系统有限公司", inputs = new Dictionary<string, string> { ["industry"] = "汽车", ["outward_supply"] = "1000万" } })).Content.ReadFromJsonAsync<JsonElement>();
        Assert.StartsWith("shipped", before.GetProperty("ruleVersion").GetString(), StringComparison.Ordinal);

        // A syntax error is reported at its line; nothing is written.
        var broken = yaml.Replace("eligible: outward_supply >= threshold", "eligible: outward_supply >=", StringComparison.Ordinal);
        var check = await (await client.PostAsJsonAsync(url + "/check", new { yaml = broken, testsYaml = tests })).Content.ReadFromJsonAsync<JsonElement>();
        Assert.False(check.GetProperty("valid").GetBoolean());
        Assert.Equal(broken.Split('\n').ToList().FindIndex(l => l.TrimEnd().EndsWith("eligible: outward_supply >=", StringComparison.Ordinal)) + 1, check.GetProperty("error").GetProperty("line").GetInt32());
        await Problem.AssertAsync(await client.PostAsJsonAsync(url, new { yaml = broken, testsYaml = tests }), HttpStatusCode.BadRequest);

        // A changed rate breaks the shipped cases: refused, nothing written.
        var changed = yaml.Replace("value: 2%", "value: 3%", StringComparison.Ordinal);
        var failing = await (await client.PostAsJsonAsync(url + "/check", new { yaml = changed, testsYaml = tests })).Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(failing.GetProperty("valid").GetBoolean());
        Assert.Contains(failing.GetProperty("tests").EnumerateArray(), t => !t.GetProperty("passed").GetBoolean());
        Assert.Contains("fail", await Problem.AssertAsync(await client.PostAsJsonAsync(url, new { yaml = changed, testsYaml = tests }), HttpStatusCode.UnprocessableEntity), StringComparison.Ordinal);
        Assert.Equal(0, (await client.GetFromJsonAsync<JsonElement>(url)).GetProperty("revisions").GetArrayLength());

        // The same rules with passing cases publish as r1; the calculator now says so, the earlier grant keeps "shipped".
        var published = await client.PostAsJsonAsync(url, new { yaml, testsYaml = tests });
        Assert.Equal(HttpStatusCode.Created, published.StatusCode);
        Assert.Equal("r1", (await published.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("label").GetString());
        var calc = await (await client.PostAsJsonAsync("/api/v1/zones/liudong/policies/calculate", new { period = 2021, inputs = new Dictionary<string, string> { ["industry"] = "汽车", ["outward_supply"] = "1000万" } })).Content.ReadFromJsonAsync<JsonElement>();
        Assert.StartsWith("r1 ", calc.GetProperty("results")[0].GetProperty("ruleVersion").GetString(), StringComparison.Ordinal);
        var kept = await client.GetFromJsonAsync<JsonElement>($"/api/v1/zones/liudong/grants/{before.GetProperty("id").GetString()}");
        Assert.StartsWith("shipped", kept.GetProperty("ruleVersion").GetString(), StringComparison.Ordinal);

        // Another zone still computes with the shipped rules.
        var other = await (await client.PostAsJsonAsync(url + "/check", new { yaml = "id: x\n", testsYaml = "" })).Content.ReadFromJsonAsync<JsonElement>();
        Assert.False(other.GetProperty("valid").GetBoolean());
    }
}

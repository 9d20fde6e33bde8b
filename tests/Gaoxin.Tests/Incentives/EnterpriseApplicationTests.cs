using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Gaoxin.Tests.Infrastructure;

namespace Gaoxin.Tests.Incentives;

/// <summary>快申快享 from the enterprise's own account (chengde-ent), its steps, and what it may not see.</summary>
public sealed class EnterpriseApplicationTests
{
    private const string Own = "承德示例精密仪表有限公司";

    private static Dictionary<string, string> Interest(string paid) => new() { ["loan_interest_paid"] = paid };

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task An_enterprise_applies_for_itself_and_follows_every_step_through_review_and_rejection(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var enterprise = await app.ClientForAsync("chengde-ent");
        var staff = await app.ClientForAsync("chengde");
        var loan = await IncentiveTests.PolicyIdAsync(enterprise, "chengde", "chengde-tech-loan-interest");

        // The answer only the enterprise can give is missing: 400 naming it, nothing written.
        var missing = await enterprise.PostAsJsonAsync("/api/v1/zones/chengde/my/grants", new { policyId = loan, period = 2022 });
        Assert.Contains("tech-loan interest paid", await Problem.AssertAsync(missing, HttpStatusCode.BadRequest), StringComparison.Ordinal);
        Assert.True((await missing.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("inputs.loan_interest_paid", out _));
        Assert.Empty((await enterprise.GetFromJsonAsync<JsonElement>("/api/v1/zones/chengde/my/grants")).EnumerateArray());

        // Not eligible (no interest paid) is refused with the reason; a guidance-only item cannot be applied for.
        await Problem.AssertAsync(await enterprise.PostAsJsonAsync("/api/v1/zones/chengde/my/grants", new { policyId = loan, period = 2022, inputs = Interest("0") }), HttpStatusCode.UnprocessableEntity);
        var added = await staff.PostAsJsonAsync("/api/v1/zones/chengde/policies", new { section = "科技创新", title = "研发平台指引", kind = "Award", content = "仅供查阅的指引。", publishedOn = "2022-07-01" });
        var guidanceOnly = (await added.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();
        Assert.Contains("guidance only", await Problem.AssertAsync(await enterprise.PostAsJsonAsync("/api/v1/zones/chengde/my/grants",
            new { policyId = guidanceOnly, period = 2022, inputs = Interest("40万") }), HttpStatusCode.BadRequest), StringComparison.Ordinal);

        // Applied: its file gives the name, the credit code and its tech-enterprise standing; it answered the interest.
        var created = await enterprise.PostAsJsonAsync("/api/v1/zones/chengde/my/grants", new { policyId = loan, period = 2022, inputs = new Dictionary<string, string> { ["loan_interest_paid"] = "40万", ["tech_enterprise"] = "false" } });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var grant = await created.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(Own, grant.GetProperty("enterpriseName").GetString());
        Assert.Equal(200_000m, grant.GetProperty("amount").GetDecimal());
        Assert.Equal("Applied", grant.GetProperty("status").GetString());
        var applied = Assert.Single(grant.GetProperty("steps").EnumerateArray());
        Assert.Equal(("Apply", "chengde-ent"), (applied.GetProperty("action").GetString(), applied.GetProperty("by").GetString()));

        // Twice for the same policy and year: 409.
        Assert.Contains("2022", await Problem.AssertAsync(await enterprise.PostAsJsonAsync("/api/v1/zones/chengde/my/grants", new { policyId = loan, period = 2022, inputs = Interest("40万") }), HttpStatusCode.Conflict), StringComparison.Ordinal);

        // Staff review it as any other application; the enterprise sees who did what, and why it was rejected.
        var id = grant.GetProperty("id").GetString();
        var first = await (await staff.PostAsJsonAsync($"/api/v1/zones/chengde/grants/{id}/first-approve", new { version = grant.GetProperty("version").GetInt64() })).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("FirstApproved", first.GetProperty("status").GetString());
        var rejected = await staff.PostAsJsonAsync($"/api/v1/zones/chengde/grants/{id}/reject", new { version = first.GetProperty("version").GetInt64(), reason = "贷款合同未附利息凭证" });
        Assert.Equal(HttpStatusCode.OK, rejected.StatusCode);
        var mine = Assert.Single((await enterprise.GetFromJsonAsync<JsonElement>("/api/v1/zones/chengde/my/grants")).EnumerateArray());
        Assert.Equal("Rejected", mine.GetProperty("status").GetString());
        var steps = mine.GetProperty("steps").EnumerateArray().ToList();
        Assert.Equal(["Apply", "FirstApprove", "Reject"], steps.Select(s => s.GetProperty("action").GetString()));
        Assert.Equal(("chengde", "贷款合同未附利息凭证"), (steps[2].GetProperty("by").GetString(), steps[2].GetProperty("note").GetString()));

        // After a rejection it may apply again, with the voucher.
        Assert.Equal(HttpStatusCode.Created, (await enterprise.PostAsJsonAsync("/api/v1/zones/chengde/my/grants", new { policyId = loan, period = 2022, inputs = Interest("40万") })).StatusCode);
        Assert.Equal(2, (await enterprise.GetFromJsonAsync<JsonElement>("/api/v1/zones/chengde/my/grants")).GetArrayLength());
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task An_enterprise_never_sees_another_enterprises_grants(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var enterprise = await app.ClientForAsync("chengde-ent");
        var staff = await app.ClientForAsync("chengde");
        var loan = await IncentiveTests.PolicyIdAsync(staff, "chengde", "chengde-tech-loan-interest");

        // Staff apply for another enterprise, and for one carrying the same name but another credit code.
        var other = await (await staff.PostAsJsonAsync("/api/v1/zones/chengde/grants", new
        {
            policyId = loan, period = 2022, enterpriseName = "承德示例另一家科技有限公司", creditCode = "91130800MA0EXAMPL1",
            inputs = new Dictionary<string, string> { ["tech_enterprise"] = "true", ["loan_interest_paid"] = "10万" },
        })).Content.ReadFromJsonAsync<JsonElement>();
        var otherId = other.GetProperty("id").GetString();
        Assert.Equal(HttpStatusCode.Created, (await enterprise.PostAsJsonAsync("/api/v1/zones/chengde/my/grants", new { policyId = loan, period = 2022, inputs = Interest("40万") })).StatusCode);

        var mine = (await enterprise.GetFromJsonAsync<JsonElement>("/api/v1/zones/chengde/my/grants")).EnumerateArray().ToList();
        Assert.Equal([Own], mine.Select(g => g.GetProperty("enterpriseName").GetString()));
        Assert.DoesNotContain(mine, g => g.GetProperty("id").GetString() == otherId);

        // The staff routes refuse it outright: the list, one grant, the payout workbook, the ledger, a decision.
        Assert.Equal(HttpStatusCode.Forbidden, (await enterprise.GetAsync("/api/v1/zones/chengde/grants")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await enterprise.GetAsync($"/api/v1/zones/chengde/grants/{otherId}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await enterprise.GetAsync("/api/v1/zones/chengde/grants/payouts.xlsx")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await enterprise.GetAsync("/api/v1/zones/chengde/funds")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await enterprise.PostAsJsonAsync($"/api/v1/zones/chengde/grants/{otherId}/first-approve", new { version = 0 })).StatusCode);
        // Staff-made applications on behalf of someone (without a file) are not "mine" to staff either: this route is for enterprise accounts.
        await Problem.AssertAsync(await staff.GetAsync("/api/v1/zones/chengde/my/grants"), HttpStatusCode.Forbidden);
        await Problem.AssertAsync(await staff.PostAsJsonAsync("/api/v1/zones/chengde/my/grants", new { policyId = loan, period = 2022, inputs = Interest("40万") }), HttpStatusCode.Forbidden);
        // Another zone's policy through its own zone route is unknown to it.
        Assert.NotEqual(HttpStatusCode.Created, (await enterprise.PostAsJsonAsync("/api/v1/zones/liudong/my/grants", new { policyId = loan, period = 2022, inputs = Interest("40万") })).StatusCode);
    }
}

using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Gaoxin.Tests.Infrastructure;

namespace Gaoxin.Tests.Innovation;

/// <summary>GET /incubatees/{id}/graduation: which graduation criteria the enterprise's file meets on a day, on both sides of each line, and the same answer the graduation itself gives.</summary>
public sealed class GraduationCheckTests
{
    private const string Api = "/api/v1/zones/chengde";

    private static async Task<JsonElement> OkAsync(HttpResponseMessage response, HttpStatusCode status = HttpStatusCode.OK)
    {
        Assert.True(response.StatusCode == status, $"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private static async Task<Dictionary<string, bool?>> MetAsync(HttpClient client, Guid incubatee, string on)
        => (await client.GetFromJsonAsync<JsonElement>($"{Api}/incubatees/{incubatee}/graduation?on={on}")).GetProperty("criteria").EnumerateArray()
            .ToDictionary(c => c.GetProperty("basis").GetString()!, c => c.GetProperty("met").ValueKind == JsonValueKind.Null ? (bool?)null : c.GetProperty("met").GetBoolean());

    /// <summary>A new enterprise on file, moved into the demo's makerspace on 2019-03-01.</summary>
    private static async Task<(Guid Enterprise, Guid Incubatee)> NewIncubateeAsync(HttpClient staff, string name)
    {
        var carrier = (await staff.GetFromJsonAsync<JsonElement>($"{Api}/carriers?search=众创空间&pageSize=1")).GetProperty("items")[0].GetProperty("id").GetGuid();
        var enterprise = (await OkAsync(await staff.PostAsJsonAsync($"{Api}/enterprises", new { name, creditCode = "911308006123456756" }), HttpStatusCode.Created))
            .GetProperty("id").GetGuid();
        var incubatee = (await OkAsync(await staff.PostAsJsonAsync($"{Api}/carriers/{carrier}/incubatees", new { enterpriseId = enterprise, movedInOn = "2019-03-01", areaSquareMeters = 10 }),
            HttpStatusCode.Created)).GetProperty("id").GetGuid();
        return (enterprise, incubatee);
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task The_check_reads_the_hnte_grant_and_two_years_of_revenue_on_both_sides_of_each_line(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var staff = await app.ClientForAsync("chengde");
        var (enterprise, incubatee) = await NewIncubateeAsync(staff, "承德测试毕业检查企业有限公司");

        Assert.Equal(new Dictionary<string, bool?> { ["Hnte"] = false, ["Revenue"] = false, ["MergedOrListed"] = null }, await MetAsync(staff, incubatee, "2022-06-01"));

        // HNTE: met from the day of the grant, not the day before.
        await OkAsync(await staff.PostAsJsonAsync($"{Api}/enterprises/{enterprise}/qualifications", new { kind = "Hnte", level = "National", certificateNumber = "GR2022139999", grantedOn = "2022-05-20" }),
            HttpStatusCode.Created);
        Assert.False((await MetAsync(staff, incubatee, "2022-05-19"))["Hnte"]);
        var onGrant = await staff.GetFromJsonAsync<JsonElement>($"{Api}/incubatees/{incubatee}/graduation?on=2022-05-20");
        var hnte = onGrant.GetProperty("criteria").EnumerateArray().Single(c => c.GetProperty("basis").GetString() == "Hnte");
        Assert.True(hnte.GetProperty("met").GetBoolean());
        Assert.Contains("GR2022139999", hnte.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.True(onGrant.GetProperty("onFile").GetBoolean());

        // Revenue: the two years before the day, both on file, above 1000万 in total (exactly 1000万 is not above).
        async Task<long> Revenue(int year, decimal yuan, long version) => (await OkAsync(await staff.PutAsJsonAsync($"{Api}/enterprises/{enterprise}/figures/{year}",
            new { figures = new { staff = 20, revenue = yuan }, version, reason = "测试：毕业检查" }))).GetProperty("version").GetInt64();
        await Revenue(2021, 6_000_000m, 0);
        Assert.False((await MetAsync(staff, incubatee, "2022-06-01"))["Revenue"]);
        var version2020 = await Revenue(2020, 4_000_000m, 0);
        Assert.False((await MetAsync(staff, incubatee, "2022-06-01"))["Revenue"]);
        var refused = await staff.PostAsJsonAsync($"{Api}/incubatees/{incubatee}/graduate", new { on = "2022-06-01", basis = "Revenue", version = 0 });
        await Problem.AssertAsync(refused, HttpStatusCode.BadRequest);
        Assert.Contains("1000", (await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetProperty("basis")[0].GetString(), StringComparison.Ordinal);
        await Revenue(2020, 4_000_000.01m, version2020);
        Assert.True((await MetAsync(staff, incubatee, "2022-06-01"))["Revenue"]);
        // A year later the window is 2021–2022, and 2022 is not on file.
        Assert.False((await MetAsync(staff, incubatee, "2023-01-10"))["Revenue"]);

        var graduated = await OkAsync(await staff.PostAsJsonAsync($"{Api}/incubatees/{incubatee}/graduate", new { on = "2022-06-01", basis = "Revenue", version = 0 }));
        Assert.Equal("Revenue", graduated.GetProperty("graduationBasis").GetString());
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_listing_among_the_files_events_meets_the_listed_criterion_from_its_date(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var staff = await app.ClientForAsync("chengde");
        var (enterprise, incubatee) = await NewIncubateeAsync(staff, "承德测试挂牌企业有限公司");
        // A financing is no listing: still the office's to attest.
        await OkAsync(await staff.PostAsJsonAsync($"{Api}/enterprises/{enterprise}/events", new { kind = "Financing", date = "2021-03-01", round = "SeriesA", amount = 10_000_000m }), HttpStatusCode.Created);
        await OkAsync(await staff.PostAsJsonAsync($"{Api}/enterprises/{enterprise}/events", new { kind = "Listing", date = "2022-04-18", board = "Neeq", stockCode = "870001" }), HttpStatusCode.Created);

        Assert.Null((await MetAsync(staff, incubatee, "2022-04-17"))["MergedOrListed"]);
        var check = await staff.GetFromJsonAsync<JsonElement>($"{Api}/incubatees/{incubatee}/graduation?on=2022-04-18");
        var listed = check.GetProperty("criteria").EnumerateArray().Single(c => c.GetProperty("basis").GetString() == "MergedOrListed");
        Assert.True(listed.GetProperty("met").GetBoolean());
        Assert.Contains("2022-04-18", listed.GetProperty("detail").GetString(), StringComparison.Ordinal);
        var graduated = await OkAsync(await staff.PostAsJsonAsync($"{Api}/incubatees/{incubatee}/graduate", new { on = "2022-05-01", basis = "MergedOrListed", version = 0 }));
        Assert.Equal("MergedOrListed", graduated.GetProperty("graduationBasis").GetString());
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task An_incubatee_not_on_file_leaves_every_criterion_to_the_office_and_another_zones_is_not_found(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var staff = await app.ClientForAsync("chengde");
        var detail = await staff.GetFromJsonAsync<JsonElement>($"{Api}/carriers/{(await staff.GetFromJsonAsync<JsonElement>($"{Api}/carriers?search=众创空间&pageSize=1")).GetProperty("items")[0].GetProperty("id").GetGuid()}");
        var named = detail.GetProperty("incubatees").EnumerateArray().First(i => i.GetProperty("inIncubation").GetBoolean()).GetProperty("id").GetGuid();
        var check = await staff.GetFromJsonAsync<JsonElement>($"{Api}/incubatees/{named}/graduation");
        Assert.False(check.GetProperty("onFile").GetBoolean());
        Assert.Equal("2022-07-15", check.GetProperty("on").GetString());
        Assert.All(check.GetProperty("criteria").EnumerateArray(), c => Assert.Equal(JsonValueKind.Null, c.GetProperty("met").ValueKind));

        var xianyang = await app.ClientForAsync("xianyang");
        var foreignCarrier = (await xianyang.GetFromJsonAsync<JsonElement>("/api/v1/zones/xianyang/carriers?pageSize=1")).GetProperty("items")[0].GetProperty("id").GetGuid();
        var foreign = (await xianyang.GetFromJsonAsync<JsonElement>($"/api/v1/zones/xianyang/carriers/{foreignCarrier}")).GetProperty("incubatees")[0].GetProperty("id").GetGuid();
        await Problem.AssertAsync(await staff.GetAsync($"{Api}/incubatees/{foreign}/graduation"), HttpStatusCode.NotFound);
        await Problem.AssertAsync(await staff.GetAsync($"/api/v1/zones/xianyang/incubatees/{foreign}/graduation"), HttpStatusCode.NotFound);
    }
}

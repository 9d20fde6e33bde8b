using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Gaoxin.Tests.Infrastructure;

namespace Gaoxin.Tests.Innovation;

public sealed class IncubationTests
{
    private const string Api = "/api/v1/zones/chengde";

    private static async Task<JsonElement> OkAsync(HttpResponseMessage response, HttpStatusCode status = HttpStatusCode.OK)
    {
        Assert.True(response.StatusCode == status, $"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private static async Task<string[]> FieldsAsync(HttpResponseMessage response)
    {
        await Problem.AssertAsync(response, HttpStatusCode.BadRequest);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").EnumerateObject().Select(p => p.Name).ToArray();
    }

    private static Dictionary<string, bool> Met(JsonElement carrier)
        => carrier.GetProperty("statistics").GetProperty("national").EnumerateArray().ToDictionary(t => t.GetProperty("key").GetString()!, t => t.GetProperty("met").GetBoolean());

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task The_demo_chains_and_the_summary_equal_the_carriers_behind_them(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var staff = await app.ClientForAsync("chengde");
        var carriers = (await staff.GetFromJsonAsync<JsonElement>($"{Api}/carriers?pageSize=100")).GetProperty("items").EnumerateArray().ToList();
        var summary = (await staff.GetFromJsonAsync<JsonElement>($"{Api}/innovation/summary?year=2022")).GetProperty("incubation");
        Assert.Equal(carriers.Sum(c => c.GetProperty("areaSquareMeters").GetDecimal()), summary.GetProperty("areaSquareMeters").GetDecimal());
        Assert.Equal(carriers.Sum(c => c.GetProperty("statistics").GetProperty("incubatees").GetInt32()), summary.GetProperty("enterprises").GetInt32());
        Assert.Equal(carriers.Sum(c => c.GetProperty("statistics").GetProperty("graduates").GetInt32()), summary.GetProperty("graduates").GetInt32());
        Assert.Equal(carriers.Count, summary.GetProperty("carriers").GetInt32());
        // DOMAIN.md §1: about 150,000 m² and 180+ enterprises along 众创空间 → 孵化器 → 加速器 → 特色园区.
        Assert.Equal(150_000m, summary.GetProperty("areaSquareMeters").GetDecimal());
        Assert.True(summary.GetProperty("enterprises").GetInt32() >= 180);
        Assert.Equal(["Accelerator", "Incubator", "Makerspace", "ThemePark"], carriers.Select(c => c.GetProperty("kind").GetString()!).Distinct().Order(StringComparer.Ordinal).ToArray());
        var national = carriers.Single(c => c.GetProperty("name").GetString() == "承德示例科技企业孵化器");
        Assert.True(national.GetProperty("statistics").GetProperty("meetsNational").GetBoolean());
        var provincial = carriers.Single(c => c.GetProperty("name").GetString() == "承德示例大数据孵化器");
        Assert.Equal(new Dictionary<string, bool> { ["area"] = true, ["share"] = false, ["incubatees"] = false, ["graduates"] = false }, Met(provincial));
        // Summary of an earlier year counts only what had moved in by its end.
        var y2019 = (await staff.GetFromJsonAsync<JsonElement>($"{Api}/innovation/summary?year=2019")).GetProperty("incubation");
        Assert.True(y2019.GetProperty("enterprises").GetInt32() < summary.GetProperty("enterprises").GetInt32());

        var xianyang = await app.ClientForAsync("xianyang");
        var xy = (await xianyang.GetFromJsonAsync<JsonElement>("/api/v1/zones/xianyang/carriers?pageSize=100")).GetProperty("items").EnumerateArray().ToList();
        Assert.True(xy.Count(c => c.GetProperty("level").GetString() is "National" or "Provincial") >= 10);
        var guiyang = await app.ClientForAsync("guiyang");
        var gy = await guiyang.GetFromJsonAsync<JsonElement>("/api/v1/zones/guiyang/carriers?pageSize=100");
        Assert.Equal(60, gy.GetProperty("total").GetInt32());
        Assert.Equal(60, (await guiyang.GetFromJsonAsync<JsonElement>("/api/v1/zones/guiyang/carriers?kind=Incubator")).GetProperty("total").GetInt32()
            + (await guiyang.GetFromJsonAsync<JsonElement>("/api/v1/zones/guiyang/carriers?kind=Makerspace")).GetProperty("total").GetInt32());
        Assert.True((await guiyang.GetFromJsonAsync<JsonElement>("/api/v1/zones/guiyang/centres?level=National")).GetProperty("total").GetInt32() >= 1);

        var export = await (await app.BrowserAsync("chengde")).GetAsync("/export/carriers.xlsx?zone=chengde");
        Assert.Equal(HttpStatusCode.OK, export.StatusCode);
        var rows = MiniExcelLibs.MiniExcel.Query(new MemoryStream(await export.Content.ReadAsByteArrayAsync()), useHeaderRow: true).Cast<IDictionary<string, object?>>().ToList();
        Assert.Equal(carriers.Count, rows.Count);
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_carrier_meets_each_national_threshold_only_from_its_line(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var staff = await app.ClientForAsync("chengde");
        Assert.Contains("areaSquareMeters", await FieldsAsync(await staff.PostAsJsonAsync($"{Api}/carriers", new { name = "测试孵化器", kind = "Incubator", level = "Provincial", areaSquareMeters = 0 })));
        var created = await OkAsync(await staff.PostAsJsonAsync($"{Api}/carriers", new { name = "测试孵化器", kind = "Incubator", level = "Provincial", areaSquareMeters = 9_999.99m }), HttpStatusCode.Created);
        await Problem.AssertAsync(await staff.PostAsJsonAsync($"{Api}/carriers", new { name = "测试孵化器", kind = "Makerspace", level = "None", areaSquareMeters = 100 }), HttpStatusCode.Conflict);
        var id = created.GetProperty("carrier").GetProperty("id").GetGuid();
        Assert.False(Met(created.GetProperty("carrier"))["area"]);
        var corrected = await OkAsync(await staff.PutAsJsonAsync($"{Api}/carriers/{id}", new { name = "测试孵化器", kind = "Incubator", level = "Provincial", areaSquareMeters = 10_000m, version = 0 }));
        Assert.True(Met(corrected.GetProperty("carrier"))["area"]);
        await Problem.AssertAsync(await staff.PutAsJsonAsync($"{Api}/carriers/{id}", new { name = "测试孵化器", kind = "Incubator", level = "Provincial", areaSquareMeters = 10_000m, version = 0 }), HttpStatusCode.Conflict);

        async Task<JsonElement> MoveIn(int n, decimal area) => await OkAsync(await staff.PostAsJsonAsync($"{Api}/carriers/{id}/incubatees",
            new { name = $"测试在孵企业{n:000}", movedInOn = "2020-03-01", areaSquareMeters = area }), HttpStatusCode.Created);

        for (var i = 0; i < 20; i++)
        {
            var g = await MoveIn(100 + i, 10m);
            await OkAsync(await staff.PostAsJsonAsync($"{Api}/incubatees/{g.GetProperty("id").GetGuid()}/graduate", new { on = "2022-01-10", basis = "MergedOrListed", version = 0 }));
            var graduates = (await staff.GetFromJsonAsync<JsonElement>($"{Api}/carriers/{id}")).GetProperty("carrier");
            Assert.Equal(i + 1 >= 20, Met(graduates)["graduates"]);
        }

        for (var i = 0; i < 49; i++)
        {
            await MoveIn(i, 150m);
        }

        var at49 = (await staff.GetFromJsonAsync<JsonElement>($"{Api}/carriers/{id}")).GetProperty("carrier");
        Assert.Equal(new Dictionary<string, bool> { ["area"] = true, ["share"] = false, ["incubatees"] = false, ["graduates"] = true }, Met(at49));
        Assert.Equal(7_350m, at49.GetProperty("statistics").GetProperty("areaUsedByIncubatees").GetDecimal());
        await MoveIn(49, 150m);
        var at50 = await staff.GetFromJsonAsync<JsonElement>($"{Api}/carriers/{id}");
        Assert.Equal(75.0m, at50.GetProperty("carrier").GetProperty("statistics").GetProperty("usedSharePercent").GetDecimal());
        Assert.True(at50.GetProperty("carrier").GetProperty("statistics").GetProperty("meetsNational").GetBoolean());
        Assert.Equal(70, at50.GetProperty("incubatees").GetArrayLength());
        // No more than the carrier's free area: 2,500 m² are left.
        Assert.Contains("areaSquareMeters", await FieldsAsync(await staff.PostAsJsonAsync($"{Api}/carriers/{id}/incubatees", new { name = "超出面积企业", movedInOn = "2022-01-01", areaSquareMeters = 2_500.01m })));
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Graduation_and_exit_are_refused_before_the_move_in_and_checked_against_the_file(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var staff = await app.ClientForAsync("chengde");
        var carrier = (await staff.GetFromJsonAsync<JsonElement>($"{Api}/carriers?search=众创空间&pageSize=1")).GetProperty("items")[0].GetProperty("id").GetGuid();
        var enterprise = await EnterpriseTests.IdOfAsync(staff, "chengde", "承德示例精密仪表有限公司");
        Assert.Contains("movedInOn", await FieldsAsync(await staff.PostAsJsonAsync($"{Api}/carriers/{carrier}/incubatees", new { enterpriseId = enterprise, movedInOn = "2022-08-01", areaSquareMeters = 10 })));
        Assert.Contains("name", await FieldsAsync(await staff.PostAsJsonAsync($"{Api}/carriers/{carrier}/incubatees", new { movedInOn = "2022-03-01", areaSquareMeters = 10 })));
        var moved = await OkAsync(await staff.PostAsJsonAsync($"{Api}/carriers/{carrier}/incubatees", new { enterpriseId = enterprise, movedInOn = "2022-03-01", areaSquareMeters = 10 }), HttpStatusCode.Created);
        Assert.Equal("承德示例精密仪表有限公司", moved.GetProperty("name").GetString());
        var id = moved.GetProperty("id").GetGuid();

        var early = await staff.PostAsJsonAsync($"{Api}/incubatees/{id}/graduate", new { on = "2022-02-28", basis = "MergedOrListed", version = 0 });
        Assert.Contains("2022-03-01", await Problem.AssertAsync(early, HttpStatusCode.BadRequest), StringComparison.Ordinal);
        await Problem.AssertAsync(await staff.PostAsJsonAsync($"{Api}/incubatees/{id}/exit", new { on = "2022-02-01", version = 0 }), HttpStatusCode.BadRequest);
        Assert.Contains("on", await FieldsAsync(await staff.PostAsJsonAsync($"{Api}/incubatees/{id}/graduate", new { on = "2022-08-01", basis = "MergedOrListed", version = 0 })));
        // Linked to the file: an HNTE graduation needs an HNTE grant by the date (this enterprise has none), a revenue one the two years' revenue.
        Assert.Contains("basis", await FieldsAsync(await staff.PostAsJsonAsync($"{Api}/incubatees/{id}/graduate", new { on = "2022-06-01", basis = "Hnte", version = 0 })));
        await OkAsync(await staff.PostAsJsonAsync($"{Api}/enterprises/{enterprise}/qualifications", new { kind = "Hnte", level = "National", certificateNumber = "GR2022130001", grantedOn = "2022-05-20" }), HttpStatusCode.Created);
        var graduated = await OkAsync(await staff.PostAsJsonAsync($"{Api}/incubatees/{id}/graduate", new { on = "2022-06-01", basis = "Hnte", version = 0 }));
        Assert.Equal(("2022-06-01", "Hnte", false), (graduated.GetProperty("graduatedOn").GetString(), graduated.GetProperty("graduationBasis").GetString(), graduated.GetProperty("inIncubation").GetBoolean()));
        var version = graduated.GetProperty("version").GetInt64();
        await Problem.AssertAsync(await staff.PostAsJsonAsync($"{Api}/incubatees/{id}/graduate", new { on = "2022-06-02", basis = "Hnte", version }), HttpStatusCode.Conflict);
        await Problem.AssertAsync(await staff.PostAsJsonAsync($"{Api}/incubatees/{id}/exit", new { on = "2022-05-01", version }), HttpStatusCode.BadRequest);
        await Problem.AssertAsync(await staff.PostAsJsonAsync($"{Api}/incubatees/{id}/exit", new { on = "2022-06-30", version = version + 1 }), HttpStatusCode.Conflict);
        var exited = await OkAsync(await staff.PostAsJsonAsync($"{Api}/incubatees/{id}/exit", new { on = "2022-06-30", reason = "毕业迁出", version }));
        Assert.Equal("2022-06-30", exited.GetProperty("exitedOn").GetString());
        await Problem.AssertAsync(await staff.PostAsJsonAsync($"{Api}/incubatees/{id}/exit", new { on = "2022-07-01", version = exited.GetProperty("version").GetInt64() }), HttpStatusCode.Conflict);

        // An enterprise on file without two years of figures does not graduate on revenue.
        var fresh = await OkAsync(await staff.PostAsJsonAsync($"{Api}/enterprises", new { name = "承德测试孵化新企业有限公司", creditCode = "911308006123456756" }), HttpStatusCode.Created);
        var revenue = await OkAsync(await staff.PostAsJsonAsync($"{Api}/carriers/{carrier}/incubatees", new { enterpriseId = fresh.GetProperty("id").GetGuid(), movedInOn = "2021-03-01", areaSquareMeters = 10 }), HttpStatusCode.Created);
        Assert.Contains("basis", await FieldsAsync(await staff.PostAsJsonAsync($"{Api}/incubatees/{revenue.GetProperty("id").GetGuid()}/graduate", new { on = "2022-07-01", basis = "Revenue", version = 0 })));

        // University–enterprise centres: the end is not before the start.
        Assert.Contains("endOn", await FieldsAsync(await staff.PostAsJsonAsync($"{Api}/centres", new { partner = "测试大学", name = "测试联合研发中心", field = "仪器仪表", level = "Provincial", startOn = "2022-01-01", endOn = "2021-12-31" })));
        await OkAsync(await staff.PostAsJsonAsync($"{Api}/centres", new { partner = "测试大学", name = "测试联合研发中心", field = "仪器仪表", enterpriseId = enterprise, level = "Provincial", startOn = "2022-01-01", endOn = "2022-01-01" }), HttpStatusCode.Created);
        var centre = Assert.Single((await staff.GetFromJsonAsync<JsonElement>($"{Api}/centres?search=测试联合")).GetProperty("items").EnumerateArray());
        Assert.Equal("承德示例精密仪表有限公司", centre.GetProperty("enterprise").GetString());
    }
}

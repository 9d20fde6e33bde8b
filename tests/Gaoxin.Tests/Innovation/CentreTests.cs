using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Gaoxin.Data;
using Gaoxin.Hosting;
using Gaoxin.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Gaoxin.Tests.Innovation;

/// <summary>University–enterprise centres (校企合作): add, list (search, level, sort, page), correct with the version, remove, export; every bad input refused naming its field.</summary>
public sealed class CentreTests
{
    private const string Api = "/api/v1/zones/chengde";

    private static object Centre(string name = "浏览测试联合实验室", string partner = "测试示例大学", string field = "新材料", string level = "Provincial", string startOn = "2021-09-01",
        string? endOn = null, Guid? enterpriseId = null, long version = 0)
        => new { partner, name, field, enterpriseId, level, startOn, endOn, version };

    private static async Task<JsonElement> OkAsync(HttpResponseMessage response, HttpStatusCode status = HttpStatusCode.OK)
    {
        Assert.True(response.StatusCode == status, $"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private static async Task<List<JsonElement>> ListAsync(HttpClient client, string query)
        => (await client.GetFromJsonAsync<JsonElement>($"{Api}/centres?{query}")).GetProperty("items").EnumerateArray().ToList();

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_centre_is_added_corrected_on_its_version_removed_and_exported_as_listed(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var staff = await app.ClientForAsync("chengde");
        var enterprise = await EnterpriseTests.IdOfAsync(staff, "chengde", "承德示例精密仪表有限公司");
        var created = await OkAsync(await staff.PostAsJsonAsync($"{Api}/centres", Centre(enterpriseId: enterprise, endOn: "2026-08-31")), HttpStatusCode.Created);
        var id = created.GetProperty("id").GetGuid();
        Assert.Equal(("承德示例精密仪表有限公司", 0L), (created.GetProperty("enterprise").GetString(), created.GetProperty("version").GetInt64()));

        // Listed with the demo's two Chengde centres; searched by partner, name or field; filtered by level; sorted; paged.
        Assert.Equal(3, (await staff.GetFromJsonAsync<JsonElement>($"{Api}/centres")).GetProperty("total").GetInt32());
        Assert.Equal([id], (await ListAsync(staff, "search=测试示例大学")).Select(c => c.GetProperty("id").GetGuid()));
        Assert.Equal([id], (await ListAsync(staff, "search=新材料")).Select(c => c.GetProperty("id").GetGuid()));
        Assert.Equal(2, (await ListAsync(staff, "level=Provincial")).Count);
        Assert.Equal(["2021-09-01", "2020-03-01", "2019-09-01"], (await ListAsync(staff, "sort=start&descending=true")).Select(c => c.GetProperty("startOn").GetString()));
        Assert.Equal(["2019-09-01", "2020-03-01", "2021-09-01"], (await ListAsync(staff, "sort=start")).Select(c => c.GetProperty("startOn").GetString()));
        var second = await staff.GetFromJsonAsync<JsonElement>($"{Api}/centres?sort=start&pageSize=1&page=2");
        Assert.Equal((3, "2020-03-01"), (second.GetProperty("total").GetInt32(), second.GetProperty("items")[0].GetProperty("startOn").GetString()));

        // Corrected on the version it was read at; a second correction on the same version is someone else's change: 409, nothing written.
        var corrected = await OkAsync(await staff.PutAsJsonAsync($"{Api}/centres/{id}", Centre(name: "浏览测试联合研究院", level: "National", version: 0)));
        Assert.Equal(("浏览测试联合研究院", "National", 1L, JsonValueKind.Null), (corrected.GetProperty("name").GetString(), corrected.GetProperty("level").GetString(),
            corrected.GetProperty("version").GetInt64(), corrected.GetProperty("enterprise").ValueKind));
        var conflict = await Problem.AssertAsync(await staff.PutAsJsonAsync($"{Api}/centres/{id}", Centre(name: "过期的修改", version: 0)), HttpStatusCode.Conflict);
        Assert.Contains("changed by someone else", conflict, StringComparison.Ordinal);
        Assert.Equal("浏览测试联合研究院", (await ListAsync(staff, "search=浏览测试")).Single().GetProperty("name").GetString());

        // The export follows the list's search and order.
        var browser = await app.BrowserAsync("chengde");
        var export = await browser.GetAsync("/export/centres.xlsx?zone=chengde&sort=start");
        Assert.Equal(HttpStatusCode.OK, export.StatusCode);
        var rows = MiniExcelLibs.MiniExcel.Query(new MemoryStream(await export.Content.ReadAsByteArrayAsync()), useHeaderRow: true).Cast<IDictionary<string, object?>>().ToList();
        Assert.Equal(["承德示例仪器仪表校企联合研发中心", "承德示例装备制造产教融合中心", "浏览测试联合研究院"], rows.Select(r => r.Values.First()?.ToString()));
        // The end column: the demo's second centre ends 2025-02-28; the correction left the new one's end open.
        Assert.Equal(["", "2025-02-28", ""], rows.Select(r => r.Values.Last()?.ToString() ?? ""));
        var searched = await browser.GetAsync("/export/centres.xlsx?zone=chengde&search=测试示例大学");
        Assert.Single(MiniExcelLibs.MiniExcel.Query(new MemoryStream(await searched.Content.ReadAsByteArrayAsync()), useHeaderRow: true));

        // Removed only on the current version; then gone from the list and from further corrections.
        await Problem.AssertAsync(await staff.DeleteAsync($"{Api}/centres/{id}?version=0"), HttpStatusCode.Conflict);
        Assert.Equal(HttpStatusCode.NoContent, (await staff.DeleteAsync($"{Api}/centres/{id}?version=1")).StatusCode);
        Assert.Empty(await ListAsync(staff, "search=浏览测试"));
        await Problem.AssertAsync(await staff.PutAsJsonAsync($"{Api}/centres/{id}", Centre(version: 1)), HttpStatusCode.NotFound);
        await Problem.AssertAsync(await staff.DeleteAsync($"{Api}/centres/{id}?version=1"), HttpStatusCode.NotFound);
        // Marked, not erased: the record stays with the time it was removed.
        await using var db = app.Service<DatabaseSettings>().Create(ZoneScope.System(), TimeProvider.System);
        var kept = await db.UniversityCentres.IgnoreQueryFilters().SingleAsync(c => c.Id == id);
        Assert.NotNull(kept.DeletedAt);
        Assert.Equal("浏览测试联合研究院", kept.Name);
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Each_bad_centre_is_refused_naming_its_field_in_both_languages_and_nothing_is_written(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var staff = await app.ClientForAsync("chengde");
        var existing = (await ListAsync(staff, "search=产教融合")).Single();
        var id = existing.GetProperty("id").GetGuid();
        var cases = new (string Field, object Body, string English, string Chinese)[]
        {
            ("partner", Centre(partner: "大"), "Give 2 to 200 characters.", "请填写 2 至 200 个字。"),
            ("name", Centre(name: new string('中', 201)), "Give 2 to 200 characters.", "请填写 2 至 200 个字。"),
            ("field", Centre(field: " "), "Give 2 to 100 characters.", "请填写 2 至 100 个字。"),
            ("startOn", new { partner = "测试示例大学", name = "无开始日期中心", field = "新材料", level = "None" }, "The date must be from 1950-01-01 to 2100-12-31.", "日期须在 1950-01-01 至 2100-12-31 之间。"),
            ("endOn", Centre(startOn: "2022-01-01", endOn: "2021-12-31"), "The end 2021-12-31 is before the start 2022-01-01.", "结束日期 2021-12-31 早于开始日期 2022-01-01。"),
            ("level", new { partner = "测试示例大学", name = "无级别中心", field = "新材料", level = 9, startOn = "2022-01-01" }, "Choose one of the listed values.", "请选择列出的选项之一。"),
        };
        foreach (var (field, body, english, chinese) in cases)
        {
            foreach (var (language, expected) in new[] { ("en", english), ("zh-CN", chinese) })
            {
                staff.DefaultRequestHeaders.AcceptLanguage.Clear();
                staff.DefaultRequestHeaders.AcceptLanguage.ParseAdd(language);
                foreach (var response in new[] { await staff.PostAsJsonAsync($"{Api}/centres", body), await staff.PutAsJsonAsync($"{Api}/centres/{id}", body) })
                {
                    await Problem.AssertAsync(response, HttpStatusCode.BadRequest);
                    var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
                    Assert.True(errors.TryGetProperty(field, out var messages), $"{field}: {errors}");
                    Assert.Equal(expected, messages[0].GetString());
                }
            }
        }

        // An enterprise of another zone is no enterprise of this one.
        var admin = await app.ClientForAsync("admin");
        var foreign = (await admin.GetFromJsonAsync<JsonElement>("/api/v1/zones/xianyang/enterprises?pageSize=1")).GetProperty("items")[0].GetProperty("id").GetGuid();
        await Problem.AssertAsync(await staff.PostAsJsonAsync($"{Api}/centres", Centre(enterpriseId: foreign)), HttpStatusCode.NotFound);
        await Problem.AssertAsync(await staff.PutAsJsonAsync($"{Api}/centres/{id}", Centre(enterpriseId: foreign)), HttpStatusCode.NotFound);

        // Nothing was written: still the demo's two centres, the corrected one unchanged.
        var after = await ListAsync(staff, "");
        Assert.Equal(2, after.Count);
        var unchanged = after.Single(c => c.GetProperty("id").GetGuid() == id);
        Assert.Equal((existing.GetProperty("name").GetString(), 0L), (unchanged.GetProperty("name").GetString(), unchanged.GetProperty("version").GetInt64()));
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Another_zones_centre_is_not_found_and_a_reader_may_not_change_one(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var guiyang = await app.ClientForAsync("guiyang");
        var foreign = (await guiyang.GetFromJsonAsync<JsonElement>("/api/v1/zones/guiyang/centres?pageSize=1")).GetProperty("items")[0];
        var id = foreign.GetProperty("id").GetGuid();
        var staff = await app.ClientForAsync("chengde");
        await Problem.AssertAsync(await staff.PutAsJsonAsync($"{Api}/centres/{id}", Centre()), HttpStatusCode.NotFound);
        await Problem.AssertAsync(await staff.DeleteAsync($"{Api}/centres/{id}?version=0"), HttpStatusCode.NotFound);
        await Problem.AssertAsync(await staff.PutAsJsonAsync($"/api/v1/zones/guiyang/centres/{id}", Centre()), HttpStatusCode.NotFound);
        await Problem.AssertAsync(await staff.DeleteAsync($"/api/v1/zones/guiyang/centres/{id}?version=0"), HttpStatusCode.NotFound);
        Assert.Empty(await ListAsync(staff, "search=贵州示例大学"));

        // The supervisor reads Guiyang's centres but changes none of them.
        var supervisor = await app.ClientForAsync("supervisor");
        Assert.Equal(6, (await supervisor.GetFromJsonAsync<JsonElement>("/api/v1/zones/guiyang/centres")).GetProperty("total").GetInt32());
        Assert.Equal(HttpStatusCode.Forbidden, (await supervisor.PutAsJsonAsync($"/api/v1/zones/guiyang/centres/{id}", Centre())).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await supervisor.DeleteAsync($"/api/v1/zones/guiyang/centres/{id}?version=0")).StatusCode);
        var unchanged = (await guiyang.GetFromJsonAsync<JsonElement>("/api/v1/zones/guiyang/centres?pageSize=1")).GetProperty("items")[0];
        Assert.Equal((foreign.GetProperty("name").GetString(), 0L), (unchanged.GetProperty("name").GetString(), unchanged.GetProperty("version").GetInt64()));
    }
}

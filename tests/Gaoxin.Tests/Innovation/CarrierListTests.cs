using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Gaoxin.Tests.Infrastructure;

namespace Gaoxin.Tests.Innovation;

/// <summary>The carriers list as the page uses it: filtered by kind and level, sorted by level and share, paged, and exported with the same filters and order.</summary>
public sealed class CarrierListTests
{
    private const string Api = "/api/v1/zones/chengde";

    private static async Task<List<JsonElement>> ItemsAsync(HttpClient client, string query)
        => (await client.GetFromJsonAsync<JsonElement>($"{Api}/carriers?{query}")).GetProperty("items").EnumerateArray().ToList();

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task The_list_filters_sorts_by_level_and_share_pages_and_exports_as_shown(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var staff = await app.ClientForAsync("chengde");
        Assert.Equal(["承德示例大数据孵化器"], (await ItemsAsync(staff, "kind=Incubator&level=Provincial")).Select(c => c.GetProperty("name").GetString()));
        Assert.Equal(["National", "Provincial", "Provincial", "Provincial", "Municipal", "None"], (await ItemsAsync(staff, "sort=level")).Select(c => c.GetProperty("level").GetString()));
        var byShare = (await ItemsAsync(staff, "sort=share&descending=true")).Select(c => c.GetProperty("statistics").GetProperty("usedSharePercent").GetDecimal()).ToList();
        Assert.Equal(byShare.OrderByDescending(s => s), byShare);
        Assert.NotEqual(byShare[0], byShare[^1]);
        var second = await staff.GetFromJsonAsync<JsonElement>($"{Api}/carriers?sort=level&pageSize=4&page=2");
        Assert.Equal((6, 2, "None"), (second.GetProperty("total").GetInt32(), second.GetProperty("items").GetArrayLength(), second.GetProperty("items")[1].GetProperty("level").GetString()));

        var export = await (await app.BrowserAsync("chengde")).GetAsync("/export/carriers.xlsx?zone=chengde&kind=Makerspace&sort=area&descending=true");
        Assert.Equal(HttpStatusCode.OK, export.StatusCode);
        var rows = MiniExcelLibs.MiniExcel.Query(new MemoryStream(await export.Content.ReadAsByteArrayAsync()), useHeaderRow: true).Cast<IDictionary<string, object?>>().ToList();
        Assert.Equal(["承德高新区示例众创空间", "承德示例青年创业众创空间"], rows.Select(r => r.Values.First()?.ToString()));
    }
}

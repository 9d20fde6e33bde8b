using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Gaoxin.Tests.Infrastructure;
using MiniExcelLibs;

namespace Gaoxin.Tests.Evaluation;

/// <summary>Park benchmarking over HTTP: importing an indicator table from Excel, and ranks with intervals.</summary>
public sealed class ParkIndexTests
{
    private const string Api = "/api/v1/zones/chengde/evaluation/indices";

    /// <summary>An indicator sheet as the import expects it: code, name, dimension, direction and weight rows, then one park per row.</summary>
    internal static byte[] Workbook(params object?[][] parks)
    {
        var header = new object?[][]
        {
            ["指标", "X1", "X2", "X3"],
            ["名称", "营业收入", "专利", "能耗"],
            ["维度", "D1", "D1", "D2"],
            ["方向", "+", "+", "-"],
            ["权重", 0.5, 0.3, 0.2],
        };
        var rows = header.Concat(parks).Select(r => r.Select((v, i) => (Key: ((char)('A' + i)).ToString(), Value: v)).ToDictionary(x => x.Key, x => x.Value)).ToList();
        using var stream = new MemoryStream();
        stream.SaveAs(rows, printHeader: false);
        return stream.ToArray();
    }

    internal static MultipartFormDataContent Form(byte[] xlsx, string name = "四园区测试", int year = 2022) => new()
    {
        { new ByteArrayContent(xlsx), "file", "parks.xlsx" },
        { new StringContent(name), "name" },
        { new StringContent(year.ToString(System.Globalization.CultureInfo.InvariantCulture)), "year" },
    };

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_good_table_imports_and_ranks_with_intervals_as_the_issue_example(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var client = await app.ClientForAsync("chengde");
        var imported = await client.PostAsync(Api, Form(Workbook(["A", 1000, 2, 0.5], ["B", 600, 4, 0.3], ["C", 200, 3, 0.2], ["D", 400, 1, 0.4])));
        Assert.Equal(HttpStatusCode.Created, imported.StatusCode);
        var id = (await imported.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();

        var result = await client.GetFromJsonAsync<JsonElement>($"{Api}/{id}/result?runs=500&seed=7");
        var parks = result.GetProperty("parks").EnumerateArray().ToDictionary(p => p.GetProperty("park").GetString()!);
        Assert.Equal([60.0, 68.333, 40.0, 19.167], new[] { "A", "B", "C", "D" }.Select(p => parks[p].GetProperty("score").GetDouble()));
        Assert.Equal([2, 1, 3, 4], new[] { "A", "B", "C", "D" }.Select(p => parks[p].GetProperty("rank").GetInt32()));
        Assert.All(parks.Values, p => Assert.True(p.GetProperty("low").GetInt32() <= p.GetProperty("medianRank").GetInt32() && p.GetProperty("medianRank").GetInt32() <= p.GetProperty("high").GetInt32()));
        Assert.Equal(result.GetRawText(), (await client.GetFromJsonAsync<JsonElement>($"{Api}/{id}/result?runs=500&seed=7")).GetRawText());

        // Geometric aggregation over min–max zeros is refused naming it; a preset whose dimensions the table lacks too.
        Assert.Contains("eometric", await Problem.AssertAsync(await client.GetAsync($"{Api}/{id}/result?aggregation=geometric&runs=0"), HttpStatusCode.BadRequest), StringComparison.Ordinal);
        Assert.Contains("D1", await Problem.AssertAsync(await client.GetAsync($"{Api}/{id}/result?preset=torch2021"), HttpStatusCode.BadRequest), StringComparison.Ordinal);
        Assert.Single((await client.GetFromJsonAsync<JsonElement>(Api)).EnumerateArray());
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_bad_file_writes_nothing_and_names_every_wrong_cell(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var client = await app.ClientForAsync("chengde");
        var bad = await client.PostAsync(Api, Form(Workbook(["A", 1000, "很多", 0.5], ["B", 600, 4, 0.3], [null, 200, 3, "=1+1"], ["B", 400, 1, 0.4])));
        var detail = await Problem.AssertAsync(bad, HttpStatusCode.BadRequest);
        Assert.Contains("C6", detail, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(await bad.Content.ReadAsStringAsync());
        var cells = json.RootElement.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("cell").GetString()).ToList();
        Assert.Equal(["C6", "A8", "D8", "A9"], cells);

        var notExcel = await client.PostAsync(Api, Form("not a workbook"u8.ToArray()));
        await Problem.AssertAsync(notExcel, HttpStatusCode.BadRequest);
        Assert.Empty((await client.GetFromJsonAsync<JsonElement>(Api)).EnumerateArray());
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Guiyang_ranks_93rd_in_the_demo_top_100_and_other_zones_cannot_see_it(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var guiyang = await app.ClientForAsync("guiyang");
        var tables = await guiyang.GetFromJsonAsync<JsonElement>("/api/v1/zones/guiyang/evaluation/indices");
        var table = tables[0];
        Assert.Equal(100, table.GetProperty("parks").GetInt32());
        Assert.True(table.GetProperty("isSampleData").GetBoolean());
        var url = $"/api/v1/zones/guiyang/evaluation/indices/{table.GetProperty("id").GetString()}/result?preset=ccid&runs=300";
        var result = await guiyang.GetFromJsonAsync<JsonElement>(url);
        var park = result.GetProperty("parks").EnumerateArray().Single(p => p.GetProperty("park").GetString() == "贵阳国家高新技术产业开发区");
        Assert.Equal(93, park.GetProperty("rank").GetInt32());
        Assert.False(park.GetProperty("sample").GetBoolean());
        Assert.Equal(5, park.GetProperty("dimensions").EnumerateObject().Count());

        var chengde = await app.ClientForAsync("chengde");
        await Problem.AssertAsync(await chengde.GetAsync(url), HttpStatusCode.NotFound);
        await Problem.AssertAsync(await chengde.GetAsync(url.Replace("zones/guiyang", "zones/chengde", StringComparison.Ordinal)), HttpStatusCode.NotFound);
    }
}

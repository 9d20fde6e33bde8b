using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Gaoxin.Tests.Infrastructure;

namespace Gaoxin.Tests.Chains;

/// <summary>The chain editor's pages and the chain export: rows equal the API's figures; editor controls only for editors.</summary>
public sealed class ChainEditorTests
{
    private static decimal Number(object? cell) => Math.Round(Convert.ToDecimal(cell, CultureInfo.InvariantCulture), 2);

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task The_chain_export_has_a_row_per_link_with_the_figures_of_the_API(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var api = await app.ClientForAsync("xianyang");
        var chain = await api.GetFromJsonAsync<JsonElement>("/api/v1/zones/xianyang/chains/display");
        var links = chain.GetProperty("links").EnumerateArray().ToList();
        Assert.True(links.Count >= 5);
        Assert.Contains(links, l => l.GetProperty("enterpriseCount").GetInt32() > 0 && l.GetProperty("output").GetDecimal() > 0);

        var browser = await app.BrowserAsync("xianyang");
        var response = await browser.GetAsync("/export/chains/display.xlsx?zone=xianyang");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await using var stream = await response.Content.ReadAsStreamAsync();
        var rows = MiniExcelLibs.MiniExcel.Query(stream, useHeaderRow: true).Cast<IDictionary<string, object?>>().Select(r => r.Values.ToList()).ToList();
        Assert.Equal(links.Count, rows.Count);
        for (var i = 0; i < links.Count; i++)
        {
            var (l, r) = (links[i], rows[i]);
            Assert.Equal(l.GetProperty("code").GetString(), r[0]?.ToString());
            Assert.Equal(l.GetProperty("name").GetString(), r[1]?.ToString());
            Assert.Equal(l.GetProperty("enterpriseCount").GetInt32(), (int)Number(r[3]));
            Assert.Equal(l.GetProperty("projectCount").GetInt32(), (int)Number(r[4]));
            Assert.Equal(Math.Round(l.GetProperty("output").GetDecimal(), 2), Number(r[5]));
            Assert.Equal(Math.Round(l.GetProperty("tax").GetDecimal(), 2), Number(r[6]));
            Assert.Equal(l.GetProperty("hnteCount").GetInt32(), (int)Number(r[7]));
            Assert.Equal(l.GetProperty("srdiCount").GetInt32(), (int)Number(r[8]));
            Assert.Equal(Math.Round(l.GetProperty("projectInvestment").GetDecimal(), 2), Number(r[9]));
        }

        // Another zone's staff cannot export it: the chain is not in their zone.
        var other = await app.BrowserAsync("liudong");
        Assert.NotEqual(HttpStatusCode.OK, (await other.GetAsync("/export/chains/display.xlsx?zone=liudong")).StatusCode);
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task The_editor_controls_are_rendered_for_editors_only(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var staff = await app.BrowserAsync("xianyang", language: "zh-CN");
        var list = await staff.GetStringAsync("/chains");
        Assert.Contains("data-testid=\"chain-new\"", list, StringComparison.Ordinal);
        var page = await staff.GetStringAsync("/chains/display");
        Assert.Contains("data-testid=\"chain-edit\"", page, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"links-edit\"", page, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"chain-export\"", page, StringComparison.Ordinal);

        var admin = await app.ClientForAsync("admin");
        var created = await admin.PostAsync("/api/v1/users", JsonContent.Create(new { userName = "leader-xy", displayName = "示例主任", password = "Leader@2026", role = "Leader", zone = "xianyang" }));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var leader = await app.BrowserAsync("leader-xy", "Leader@2026", "zh-CN");
        var readList = await leader.GetStringAsync("/chains");
        Assert.Contains("电子显示产业链", readList, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"chain-new\"", readList, StringComparison.Ordinal);
        var readPage = await leader.GetStringAsync("/chains/display");
        Assert.Contains("data-testid=\"chain-export\"", readPage, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"chain-edit\"", readPage, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"links-edit\"", readPage, StringComparison.Ordinal);
    }
}

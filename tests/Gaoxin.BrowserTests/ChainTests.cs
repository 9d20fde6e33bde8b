using Microsoft.Playwright;

namespace Gaoxin.BrowserTests;

/// <summary>Xianyang's display chain: the graph is drawn, a link drills down to its firms, and a gap's target becomes a lead.</summary>
public sealed class ChainTests(BrowserFixture browser)
{
    [Fact]
    public async Task Staff_open_the_display_chain_see_the_graph_drill_into_a_link_and_open_a_lead_from_a_gap()
    {
        var page = await browser.NewPageAsync(Viewport.Desktop, "zh-CN");
        var shell = new ShellPage(page);
        await shell.SignInAsync("xianyang");
        await page.GotoAsync("/chains");
        await shell.WaitForCircuitAsync();
        await page.GetByTestId("chains-table").GetByRole(AriaRole.Link, new() { Name = "电子显示产业链" }).ClickAsync();
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/chains/display");
        await shell.WaitForCircuitAsync();
        await Assertions.Expect(shell.Title).ToHaveTextAsync("电子显示产业链");

        // The graph is drawn (SVG) with the links from quartz sand to the set.
        var graph = page.GetByTestId("chain-graph");
        await Assertions.Expect(graph.Locator("svg")).ToBeVisibleAsync();
        await Assertions.Expect(graph).ToContainTextAsync("石英砂");
        await Assertions.Expect(graph).ToContainTextAsync("整机");
        await shell.ScreenshotAsync("chain-display-zh");

        // Drill into 背光模组: its enterprises are listed.
        await page.GetByTestId("links-table").GetByTestId("link-row").Filter(new() { HasText = "背光模组" }).ClickAsync();
        var detail = page.GetByTestId("link-detail");
        await Assertions.Expect(detail).ToContainTextAsync("背光模组");
        await Assertions.Expect(detail.GetByTestId("link-enterprise").First).ToBeVisibleAsync();
        Assert.True(await detail.GetByTestId("link-enterprise").CountAsync() >= 5);

        // The set makers have no chain-leader firm: the gap's target becomes a lead in one step.
        var target = page.GetByTestId("target").Filter(new() { HasText = "引进整机龙头企业" });
        await target.GetByTestId("lead-code").FillAsync("XY-ZS-002");
        await target.GetByTestId("open-lead").ClickAsync();
        await Assertions.Expect(page.GetByText("已建立招商线索 XY-ZS-002").First).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("target").Filter(new() { HasText = "引进整机龙头企业" }).GetByTestId("target-lead")).ToContainTextAsync("XY-ZS-002");
        await page.Context.CloseAsync();
    }
}

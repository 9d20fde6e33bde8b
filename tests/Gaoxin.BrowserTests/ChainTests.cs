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

    [Fact]
    public async Task The_supervisors_map_of_gaps_shows_every_zones_links_coloured_by_strength()
    {
        var page = await browser.NewPageAsync(Viewport.Desktop, "zh-CN");
        var shell = new ShellPage(page);
        await shell.SignInAsync("supervisor");
        await page.GotoAsync("/chains/regional");
        await shell.WaitForCircuitAsync();
        var map = page.GetByTestId("gap-map");
        await Assertions.Expect(map.Locator("svg")).ToBeVisibleAsync();
        // Red tiles for missing links (Xianyang's 偏光片 among them), green for strong ones; the zones head their blocks.
        await Assertions.Expect(map.Locator("path[fill='#c62828' i], path[fill='rgb(198,40,40)']").First).ToBeAttachedAsync();
        await Assertions.Expect(map.Locator("path[fill='#2e7d32' i], path[fill='rgb(46,125,50)']").First).ToBeAttachedAsync();
        await Assertions.Expect(map).ToContainTextAsync("咸阳");
        await shell.ScreenshotAsync("chain-gap-map-zh");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Staff_define_a_chain_with_three_links_see_it_drawn_and_place_an_enterprise_that_turns_a_link_from_missing_to_weak()
    {
        var page = await browser.NewPageAsync(Viewport.Desktop, "zh-CN");
        var shell = new ShellPage(page);
        await shell.SignInAsync("xianyang");
        await page.GotoAsync("/chains");
        await shell.WaitForCircuitAsync();
        await page.GetByTestId("chain-new").ClickAsync();
        var dialog = page.GetByTestId("chain-dialog");
        await dialog.GetByTestId("chain-code").FillAsync("optics");
        await dialog.GetByTestId("chain-name").FillAsync("光学示例产业链");
        await dialog.GetByTestId("chain-chief").FillAsync("示例链长");
        await page.GetByTestId("chain-save").ClickAsync();
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/chains/optics");
        await Assertions.Expect(shell.Title).ToHaveTextAsync("光学示例产业链");
        await Assertions.Expect(page.GetByTestId("no-links")).ToBeVisibleAsync();

        // Three links in the editor; the lens takes the glass as its upstream link.
        await page.GetByTestId("links-edit").ClickAsync();
        var editor = page.GetByTestId("links-editor");
        string[] names = ["光学玻璃", "镜片", "镜头模组"];
        for (var i = 0; i < names.Length; i++)
        {
            await editor.GetByTestId("link-add").ClickAsync();
            await editor.GetByTestId("link-name").Nth(i).FillAsync(names[i]);
        }

        await editor.GetByTestId("link-upstream").Nth(1).Locator("xpath=ancestor::div[contains(concat(' ', @class, ' '), ' mud-select ')][1]").ClickAsync();
        await page.Locator(".mud-popover-open .mud-list-item").Filter(new() { HasText = "光学玻璃" }).First.ClickAsync();
        await page.Keyboard.PressAsync("Escape");
        await editor.GetByTestId("links-save").ClickAsync();
        await Assertions.Expect(page.GetByTestId("links-editor")).ToHaveCountAsync(0);
        var graph = page.GetByTestId("chain-graph");
        await Assertions.Expect(graph.Locator("svg")).ToBeVisibleAsync();
        await Assertions.Expect(graph).ToContainTextAsync("镜头模组");
        var lens = page.GetByTestId("links-table").Locator("tr").Filter(new() { HasText = "镜片" });
        await Assertions.Expect(lens).ToContainTextAsync("缺");

        // Place the research centre on the lens link as a supplier: the link is no longer missing but weak (no chain-leader firm).
        await lens.GetByTestId("link-row").ClickAsync();
        var detail = page.GetByTestId("link-detail");
        await Assertions.Expect(detail).ToContainTextAsync("镜片");
        var picker = detail.GetByTestId("place-enterprise");
        await picker.ClickAsync();
        await picker.FillAsync("国家工程研究中心");
        await page.Locator(".mud-popover-open .mud-list-item").Filter(new() { HasText = "国家工程研究中心" }).First.ClickAsync();
        await detail.GetByTestId("place-enterprise-save").ClickAsync();
        await Assertions.Expect(detail.GetByTestId("link-enterprise")).ToContainTextAsync("国家工程研究中心");
        await Assertions.Expect(lens).ToContainTextAsync("弱");
        await shell.ScreenshotAsync("chain-editor-zh");

        // The same enterprise twice on the link is refused with the message.
        await picker.ClickAsync();
        await picker.FillAsync("国家工程研究中心");
        await page.Locator(".mud-popover-open .mud-list-item").Filter(new() { HasText = "国家工程研究中心" }).First.ClickAsync();
        await detail.GetByTestId("place-enterprise-save").ClickAsync();
        await Assertions.Expect(detail.GetByTestId("placement-error")).ToContainTextAsync("镜片");
        await Assertions.Expect(detail.GetByTestId("link-enterprise")).ToHaveCountAsync(1);

        // The chain is deleted from its page after a confirmation, and is gone from the list.
        await page.GetByTestId("chain-delete").ClickAsync();
        await page.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button, new() { Name = "删除" }).ClickAsync();
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/chains");
        await Assertions.Expect(page.GetByText("已删除“光学示例产业链”")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("page-title")).Not.ToHaveTextAsync("光学示例产业链");
        await Assertions.Expect(page.GetByText("光学示例产业链", new() { Exact = true })).ToHaveCountAsync(0);
        await page.Context.CloseAsync();
    }
}

using Microsoft.Playwright;

namespace Gaoxin.BrowserTests;

public sealed class TalentTests(BrowserFixture browser)
{
    /// <summary>Issue 6, Done when: staff find a talent for a posted need, see why each match ranks where it does and record the outcome.</summary>
    [Fact]
    public async Task Staff_open_an_enterprise_need_see_the_ranked_explained_matches_and_record_an_engagement()
    {
        const string need = "高精度压力变送器温漂补偿技术攻关（示例）";
        var page = await browser.NewPageAsync(Viewport.Desktop, "zh-CN");
        var shell = new ShellPage(page);
        await shell.SignInAsync("chengde");
        await page.GotoAsync("/talent/needs");
        await shell.WaitForCircuitAsync();
        await Assertions.Expect(shell.Title).ToHaveTextAsync("技术需求");
        await page.GetByTestId("needs-search").FillAsync("温漂");
        var row = page.GetByTestId("needs-table").Locator("tbody tr").Filter(new() { HasText = need });
        await Assertions.Expect(row).ToHaveCountAsync(1);
        await Assertions.Expect(row).ToContainTextAsync("承德示例精密仪表有限公司");
        await row.ClickAsync();
        await Assertions.Expect(shell.Title).ToHaveTextAsync(need);

        // Ranked: rank 1 first, and its explanation names the need's field.
        var matches = page.GetByTestId("matches-table").Locator("tbody tr");
        var best = matches.First;
        await Assertions.Expect(best.Locator("td").First).ToHaveTextAsync("1");
        await Assertions.Expect(matches.Nth(1).Locator("td").First).ToHaveTextAsync("2");
        await Assertions.Expect(best.GetByTestId("match-explanation")).ToContainTextAsync("领域“仪器仪表”匹配");
        Assert.True(await matches.CountAsync() > 1, "more than one person of the pool should match a 仪器仪表 need");
        var name = (await best.GetByTestId("match-name").InnerTextAsync()).Trim();
        Assert.False(string.IsNullOrEmpty(name));
        await Assertions.Expect(best.GetByTestId("match-outcome")).ToHaveCountAsync(0);

        await best.GetByTestId("record-Engaged").ClickAsync();
        var chosen = matches.Filter(new() { Has = page.GetByTestId("match-name").GetByText(name, new() { Exact = true }) });
        await Assertions.Expect(chosen.GetByTestId("match-outcome")).ToHaveTextAsync("已对接");
        var recorded = page.GetByTestId("outcomes").Locator("tr").Filter(new() { HasText = name });
        await Assertions.Expect(recorded).ToContainTextAsync("已对接");
        await Assertions.Expect(recorded).ToContainTextAsync("chengde");
        await shell.ScreenshotAsync("talent-need-matches-zh");

        // Recorded for good: the list counts it, and the page shows it after a reload.
        await page.ReloadAsync();
        await shell.WaitForCircuitAsync();
        await Assertions.Expect(page.GetByTestId("outcomes").Locator("tr").Filter(new() { HasText = name })).ToContainTextAsync("已对接");
        await page.Context.CloseAsync();
    }
}

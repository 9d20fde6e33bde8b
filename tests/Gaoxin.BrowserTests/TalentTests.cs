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

    [Fact]
    public async Task An_enterprise_posts_a_need_is_refused_with_the_reasons_then_sees_it_listed_and_opens_its_matches()
    {
        const string title = "浏览器测试：智能仪表无线组网方案（示例）";
        var page = await browser.NewPageAsync(Viewport.Phone, "zh-CN");
        var shell = new ShellPage(page);
        await shell.SignInAsync("chengde-ent");
        await page.GotoAsync("/talent/needs");
        await shell.WaitForCircuitAsync();
        await page.GetByTestId("needs-new").ClickAsync();
        var dialog = page.GetByTestId("need-dialog");
        await Assertions.Expect(dialog).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("need-enterprise")).ToHaveCountAsync(0); // posts for its own enterprise

        // No title and a deadline before the business day: the server's reasons, nothing written.
        await page.GetByTestId("need-field").FillAsync("仪器仪表");
        await page.GetByTestId("need-deadline").FillAsync("2022-07-01");
        await page.GetByTestId("need-save").ClickAsync();
        var error = page.GetByTestId("need-error");
        await Assertions.Expect(error).ToContainTextAsync("需求名称须为 1 至 200 个字符。");
        await Assertions.Expect(error).ToContainTextAsync("截止日期不能早于 2022-07-15。");

        await page.GetByTestId("need-title-input").FillAsync(title);
        await page.GetByTestId("need-deadline").FillAsync("2022-11-30");
        await page.GetByTestId("need-description").FillAsync("需要无线组网与低功耗通信方面的专家（示例）。");
        await page.GetByTestId("need-save").ClickAsync();
        await Assertions.Expect(dialog).ToHaveCountAsync(0);
        var row = page.GetByTestId("needs-table").Locator("tbody tr").Filter(new() { HasText = title });
        await Assertions.Expect(row).ToHaveCountAsync(1);
        await Assertions.Expect(row).ToContainTextAsync("2022-11-30");
        await Assertions.Expect(page.GetByTestId("needs-table").Locator("tbody tr").Filter(new() { HasText = "浏览器测试" })).ToHaveCountAsync(1);
        await row.ClickAsync();
        await Assertions.Expect(shell.Title).ToHaveTextAsync(title);
        await Assertions.Expect(page.GetByTestId("match-explanation").First).ToContainTextAsync("领域“仪器仪表”匹配");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_zone_admin_adds_a_person_is_refused_a_wrong_id_number_then_finds_the_person_in_the_pool()
    {
        const string name = "示例人才（浏览器测试）";
        var page = await browser.NewPageAsync(Viewport.Desktop, "zh-CN");
        var shell = new ShellPage(page);
        await shell.SignInAsync("chengde");
        await page.GotoAsync("/talent/people");
        await shell.WaitForCircuitAsync();
        await page.GetByTestId("people-new").ClickAsync();
        var dialog = page.GetByTestId("person-dialog");
        await Assertions.Expect(dialog).ToBeVisibleAsync();
        await page.GetByTestId("person-name").FillAsync(name);
        await page.GetByTestId("person-fields").FillAsync("仪器仪表、传感器");
        await page.GetByTestId("person-id-number").FillAsync("11010119900307887X");
        await page.GetByTestId("person-save").ClickAsync();
        // The server's reason shows under the field it names.
        var idField = dialog.Locator(".mud-input-control").Filter(new() { Has = page.GetByTestId("person-id-number") });
        await Assertions.Expect(idField).ToContainTextAsync("身份证号校验码（GB 11643）不正确。");

        await page.GetByTestId("person-id-number").FillAsync(string.Empty);
        await page.GetByTestId("person-save").ClickAsync();
        await Assertions.Expect(dialog).ToHaveCountAsync(0);
        await page.GetByTestId("people-search").FillAsync(name);
        var row = page.GetByTestId("people-table").Locator("tbody tr").Filter(new() { HasText = name });
        await Assertions.Expect(row).ToHaveCountAsync(1);
        await Assertions.Expect(row).ToContainTextAsync("中级");
        await page.Context.CloseAsync();
    }
}

using Microsoft.Playwright;

namespace Gaoxin.BrowserTests;

/// <summary>Issue 6 (enterprises): an enterprise account updates its yearly figures from a phone and sees its HNTE pre-check change.</summary>
public sealed class InnovationTests(BrowserFixture browser)
{
    [Fact]
    public async Task An_enterprise_updates_its_figures_and_sees_its_hnte_pre_check_change()
    {
        var page = await browser.NewPageAsync(Viewport.Phone, "zh-CN");
        var shell = new ShellPage(page);
        await shell.SignInAsync("chengde-ent");
        await page.GotoAsync("/innovation/mine");
        await shell.WaitForCircuitAsync();
        await Assertions.Expect(shell.Title).ToHaveTextAsync("承德示例精密仪表有限公司");

        // 2021 figures: R&D 3.5% of sales over 2019–2021, the 5000万–2亿 band needs 4%.
        var hnte = page.GetByTestId("precheck-Hnte");
        await Assertions.Expect(hnte).ToHaveAttributeAsync("data-eligible", "false");
        var rd = hnte.GetByTestId("criterion-hnte.rd");
        await Assertions.Expect(rd).ToHaveAttributeAsync("data-status", "NotMet");
        await Assertions.Expect(rd).ToContainTextAsync("3.5%");
        await Assertions.Expect(rd).ToContainTextAsync("5000万–2亿");
        await WorkflowPages.AssertNoSidewaysScrollAsync(page);
        await shell.ScreenshotAsync("enterprise-precheck-phone-zh");

        var field = page.GetByTestId("fig-rdExpense");
        await Assertions.Expect(field).ToHaveValueAsync("280");
        await field.FillAsync("500");
        await page.GetByTestId("fig-rdInChina").FillAsync("500");
        await page.GetByTestId("figures-save").ClickAsync();

        // (280 + 280 + 500) / 24000 = 4.4%: the criterion and the verdict turn.
        await Assertions.Expect(rd).ToHaveAttributeAsync("data-status", "Met");
        await Assertions.Expect(rd).ToContainTextAsync("4.4%");
        await Assertions.Expect(hnte).ToHaveAttributeAsync("data-eligible", "true");
        await Assertions.Expect(hnte.GetByTestId("precheck-verdict")).ToHaveTextAsync("条件均满足");
        await Assertions.Expect(page.GetByTestId("figures-history")).ToContainTextAsync("企业自报");
        await Assertions.Expect(page.GetByTestId("figures-history")).ToContainTextAsync("chengde-ent");
    }

    [Fact]
    public async Task Staff_read_the_cultivation_targets_and_the_innovation_dashboard()
    {
        var page = await browser.NewPageAsync(Viewport.Desktop, "zh-CN");
        var shell = new ShellPage(page);
        await shell.SignInAsync("chengde");
        await page.GotoAsync("/innovation/cultivation");
        await shell.WaitForCircuitAsync();
        await Assertions.Expect(shell.Title).ToHaveTextAsync("梯度培育");

        // Chengde 2022: +20 HNTE (6 so far), +50 tech-based SMEs (33), 2 Little Giants (1).
        var hnte = page.GetByTestId("pool-Hnte");
        await Assertions.Expect(hnte).ToContainTextAsync("目标 20 家");
        await Assertions.Expect(hnte).ToContainTextAsync("2022 年新增 6 家");
        await Assertions.Expect(hnte.GetByTestId("pool-progress")).ToHaveTextAsync("30%");
        await Assertions.Expect(page.GetByTestId("pool-TechSme")).ToContainTextAsync("2022 年新增 33 家");
        await Assertions.Expect(page.GetByTestId("pool-LittleGiant")).ToContainTextAsync("目标 2 家");
        await Assertions.Expect(page.GetByTestId("cultivation-chart")).ToBeVisibleAsync();
        await Assertions.Expect(hnte.GetByTestId("candidate").First).ToBeVisibleAsync();
        await shell.ScreenshotAsync("innovation-cultivation-zh");

        await page.GotoAsync("/innovation");
        await shell.WaitForCircuitAsync();
        await Assertions.Expect(page.GetByTestId("card-Hnte").GetByTestId("count")).ToHaveTextAsync("40 家");
        await Assertions.Expect(page.GetByTestId("statistics-contracts")).ToContainTextAsync("2.7亿元");
        await Assertions.Expect(page.GetByTestId("statistics-rd")).ToContainTextAsync("3%");
        await shell.ScreenshotAsync("innovation-dashboard-zh");
    }
}

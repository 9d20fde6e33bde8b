using Microsoft.Playwright;

namespace Gaoxin.BrowserTests;

public sealed class CalculatorTests(BrowserFixture browser)
{
    [Fact]
    public async Task Liudongs_office_runs_the_calculator_reads_the_explanation_and_sees_what_is_missing()
    {
        var page = await browser.NewPageAsync(Viewport.Desktop, "zh-CN");
        var shell = new ShellPage(page);
        await shell.SignInAsync("liudong");
        await page.GotoAsync("/policies/calculator");
        await shell.WaitForCircuitAsync();
        await page.GetByTestId("calc-period").FillAsync("2021");
        await page.GetByTestId("calc-industry").FillAsync("汽车");
        await page.GetByTestId("calc-run").ClickAsync();
        await Assertions.Expect(page.GetByTestId("calc-result")).ToContainTextAsync("尚无法判断");
        await Assertions.Expect(page.GetByTestId("calc-result")).ToContainTextAsync("还需要：外销配套额");

        await page.GetByTestId("calc-outward_supply").FillAsync("6000万");
        await page.GetByTestId("calc-run").ClickAsync();
        await Assertions.Expect(page.GetByTestId("calc-result")).ToContainTextAsync("符合条件");
        await Assertions.Expect(page.GetByTestId("calc-explanation")).ToContainTextAsync("100万");
        await shell.ScreenshotAsync("calculator-zh");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Staff_run_no_application_grants_approve_one_see_the_budget_fall_and_cannot_approve_past_it()
    {
        var page = await browser.NewPageAsync(Viewport.Desktop, "zh-CN");
        var shell = new ShellPage(page);
        await shell.SignInAsync("liudong");
        await page.GotoAsync("/grants");
        await shell.WaitForCircuitAsync();
        await Assertions.Expect(page.GetByTestId("fund-available")).ToHaveTextAsync("250万元");
        await page.GetByTestId("no-application-policy").ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = "柳东新区促进企业外向发展奖励" }).ClickAsync();
        await page.GetByTestId("no-application-period").FillAsync("2021");
        await page.GetByTestId("no-application-run").ClickAsync();
        await Assertions.Expect(page.GetByTestId("no-application-result")).ToContainTextAsync("新生成待审核事项 2 项");

        var nexteer = page.GetByTestId("grants-table").Locator("tr", new() { HasText = "耐世特" });
        await nexteer.GetByTestId("grant-first-approve").ClickAsync();
        await nexteer.GetByTestId("grant-approve").ClickAsync();
        await Assertions.Expect(page.GetByTestId("fund-available")).ToHaveTextAsync("50万元");

        var guige = page.GetByTestId("grants-table").Locator("tr", new() { HasText = "桂格" });
        await guige.GetByTestId("grant-first-approve").ClickAsync();
        await guige.GetByTestId("grant-approve").ClickAsync();
        await Assertions.Expect(page.GetByText("预算余额仅 500,000.00 元").First).ToBeVisibleAsync();
        await Assertions.Expect(guige.GetByTestId("grant-status")).ToHaveTextAsync("初审通过");
        await Assertions.Expect(page.GetByTestId("fund-available")).ToHaveTextAsync("50万元");
        await shell.ScreenshotAsync("grants-zh");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task An_enterprise_account_runs_the_calculator_from_its_file_and_reads_the_explanation()
    {
        var page = await browser.NewPageAsync(Viewport.Phone, "zh-CN");
        var shell = new ShellPage(page);
        await shell.SignInAsync("chengde-ent");
        await page.GotoAsync("/policies/calculator");
        await shell.WaitForCircuitAsync();
        await page.GetByTestId("calc-period").FillAsync("2022");
        await page.GetByTestId("calc-period").PressAsync("Tab");
        // Its tech-based SME registration (2022-05-20) comes from the file; the interest it paid it types itself.
        await Assertions.Expect(page.GetByTestId("calc-prefilled")).ToContainTextAsync("承德示例精密仪表有限公司");
        await page.GetByTestId("calc-loan_interest_paid").FillAsync("40万");
        await page.GetByTestId("calc-run").ClickAsync();
        var loan = page.GetByTestId("calc-result").Filter(new() { HasText = "科技贷款贴息" });
        await Assertions.Expect(loan).ToContainTextAsync("符合条件");
        await Assertions.Expect(loan.GetByTestId("calc-explanation")).ToContainTextAsync("20万");
        await WorkflowPages.AssertNoSidewaysScrollAsync(page);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task An_enterprise_account_applies_from_the_calculator_and_sees_its_application_with_its_step()
    {
        var page = await browser.NewPageAsync(Viewport.Phone, "zh-CN");
        var shell = new ShellPage(page);
        await shell.SignInAsync("chengde-ent");
        await page.GotoAsync("/policies/calculator");
        await shell.WaitForCircuitAsync();
        await page.GetByTestId("calc-period").FillAsync("2022");
        await page.GetByTestId("calc-period").PressAsync("Tab");
        await Assertions.Expect(page.GetByTestId("calc-prefilled")).ToContainTextAsync("2022");
        await page.GetByTestId("calc-loan_interest_paid").FillAsync("30万");
        await page.GetByTestId("calc-run").ClickAsync();
        var loan = page.GetByTestId("calc-result").Filter(new() { HasText = "科技贷款贴息" });
        await Assertions.Expect(loan).ToContainTextAsync("符合条件");
        await Assertions.Expect(loan).Not.ToContainTextAsync("不符合条件");
        await loan.GetByTestId("calc-apply").ClickAsync();
        await Assertions.Expect(page.GetByTestId("calc-applied")).ToContainTextAsync("已提交申请");

        // Applying twice is refused with the reason.
        await loan.GetByTestId("calc-apply").ClickAsync();
        await Assertions.Expect(page.GetByTestId("calc-error")).ToContainTextAsync("2022");

        await page.GotoAsync("/policies/my-applications");
        await shell.WaitForCircuitAsync();
        var mine = page.GetByTestId("my-grant").Filter(new() { HasText = "科技贷款贴息" });
        await Assertions.Expect(mine).ToHaveCountAsync(1);
        await Assertions.Expect(mine.GetByTestId("my-grant-status")).ToHaveTextAsync("已申请");
        await Assertions.Expect(mine.GetByTestId("my-grant-step").First).ToContainTextAsync("提交申请");
        await Assertions.Expect(mine.GetByTestId("my-grant-step").First).ToContainTextAsync("chengde-ent");
        await WorkflowPages.AssertNoSidewaysScrollAsync(page);
        await shell.ScreenshotAsync("my-applications-zh");
        await page.Context.CloseAsync();
    }
}

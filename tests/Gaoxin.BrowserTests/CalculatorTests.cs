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
}

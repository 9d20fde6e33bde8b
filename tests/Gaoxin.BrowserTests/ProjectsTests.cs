using Microsoft.Playwright;

namespace Gaoxin.BrowserTests;

public sealed class ProjectsTests(BrowserFixture browser)
{
    [Fact]
    public async Task The_project_office_adds_a_project_and_moves_it_to_negotiating()
    {
        var page = await browser.NewPageAsync(Viewport.Desktop, "zh-CN");
        var shell = new ShellPage(page);
        await shell.SignInAsync("chengde");
        await page.GotoAsync("/projects");
        await shell.WaitForCircuitAsync();
        await Assertions.Expect(page.GetByTestId("overview-count")).ToHaveTextAsync("109 个");

        await page.GetByTestId("projects-add").ClickAsync();
        await page.GetByTestId("project-code").FillAsync("BT-001");
        await page.GetByTestId("project-name").FillAsync("浏览器测试仪器仪表项目");
        await page.GetByTestId("project-total").FillAsync("12000");
        await page.GetByTestId("project-save").ClickAsync();

        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath.StartsWith("/projects/", StringComparison.Ordinal));
        await shell.WaitForCircuitAsync();
        await Assertions.Expect(shell.Title).ToHaveTextAsync("浏览器测试仪器仪表项目");
        await Assertions.Expect(page.GetByTestId("project-total-value")).ToHaveTextAsync("1.2亿元");
        await Assertions.Expect(page.GetByTestId("project-stage-chip")).ToHaveTextAsync("谋划储备");

        await page.GetByTestId("move-to").ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = "在谈" }).ClickAsync();
        await page.GetByTestId("move-save").ClickAsync();

        await Assertions.Expect(page.GetByTestId("project-stage-chip")).ToHaveTextAsync("在谈");
        await Assertions.Expect(page.GetByTestId("project-history")).ToContainTextAsync("在谈 · 2022-07-15");
        await shell.ScreenshotAsync("project-details-zh");
        await page.Context.CloseAsync();
    }
}

public sealed class MonthlyReportingTests(BrowserFixture browser)
{
    [Fact]
    public async Task An_officer_reports_july_on_a_phone_and_sees_the_light()
    {
        var page = await browser.NewPageAsync(Viewport.Phone, "zh-CN");
        var shell = new ShellPage(page);
        await shell.SignInAsync("chengde");
        await WorkflowPages.OpenProjectAsync(shell, "CD2022-030");

        var reports = page.GetByTestId("monthly-reports");
        await Assertions.Expect(reports.GetByTestId("light")).ToHaveCountAsync(6);
        await page.GetByTestId("report-amount").FillAsync("100");
        await page.GetByTestId("report-save").ClickAsync();

        await Assertions.Expect(reports.GetByTestId("light")).ToHaveCountAsync(7);
        await Assertions.Expect(reports).ToContainTextAsync("2022-07");
        await shell.ScreenshotAsync("monthly-report-phone-zh");
        await page.Context.CloseAsync();
    }
}

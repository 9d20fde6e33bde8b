using Microsoft.Playwright;

namespace Gaoxin.BrowserTests;

public sealed class WeeklyReportTests(BrowserFixture browser)
{
    [Fact]
    public async Task An_officer_reports_the_week_from_a_phone_with_a_photo_and_a_problem()
    {
        var page = await browser.NewPageAsync(Viewport.Phone, "zh-CN");
        var shell = new ShellPage(page);
        await shell.SignInAsync("chengde");
        await page.GotoAsync("/weekly");
        await shell.WaitForCircuitAsync();
        await Assertions.Expect(shell.Title).ToHaveTextAsync("周进度填报");

        await page.GetByTestId("weekly-search").FillAsync("CD2022-041");
        await Assertions.Expect(page.GetByTestId("weekly-project")).ToHaveCountAsync(1);
        var card = page.Locator("[data-testid=weekly-project][data-code='CD2022-041']");
        await Assertions.Expect(card.GetByTestId("weekly-not-reported")).ToHaveTextAsync("未报");
        await WorkflowPages.AssertNoSidewaysScrollAsync(page);
        await card.ClickAsync();

        await Assertions.Expect(page.GetByTestId("weekly-form-project")).ToContainTextAsync("CD2022-041");
        await page.GetByTestId("weekly-progress").FillAsync("主体结构施工至三层，钢结构进场。");
        await page.GetByTestId("weekly-percent").FillAsync("60");
        await page.GetByTestId("weekly-photos").SetInputFilesAsync(new FilePayload { Name = "site.png", MimeType = "image/png", Buffer = WorkflowPages.Png });
        await Assertions.Expect(page.GetByTestId("weekly-photo-picked")).ToHaveCountAsync(1);
        await page.GetByTestId("weekly-add-problem").ClickAsync();
        await page.GetByTestId("weekly-problem").FillAsync("周进度测试：塔吊进场受阻");
        await WorkflowPages.AssertNoSidewaysScrollAsync(page);
        await shell.ScreenshotAsync("weekly-phone-zh");
        await page.GetByTestId("weekly-submit").ClickAsync();

        // Back on the list the project is reported this week; the problem is on the zone's problem list.
        await Assertions.Expect(card.GetByTestId("weekly-reported")).ToHaveTextAsync("已报");
        await page.GotoAsync("/problems");
        await shell.WaitForCircuitAsync();
        await page.GetByTestId("problems-search").FillAsync("塔吊进场受阻");
        var row = page.GetByTestId("problems-table").Locator("tbody tr").Filter(new() { HasText = "周进度测试：塔吊进场受阻" });
        await Assertions.Expect(row).ToHaveCountAsync(1);
        await Assertions.Expect(row).ToContainTextAsync("CD2022-041");
        await Assertions.Expect(row.GetByTestId("problem-status")).ToHaveTextAsync("已提出");

        // The project shows the report with its photo, served back from the server.
        await WorkflowPages.OpenProjectAsync(shell, "CD2022-041");
        var report = page.GetByTestId("weekly-reports").GetByTestId("weekly-report").First;
        await Assertions.Expect(report).ToContainTextAsync("主体结构施工至三层");
        await Assertions.Expect(report).ToContainTextAsync("60%");
        var photo = report.GetByTestId("weekly-photo");
        await Assertions.Expect(photo).ToHaveCountAsync(1);
        await photo.ScrollIntoViewIfNeededAsync();
        await Assertions.Expect(photo).ToHaveJSPropertyAsync("naturalWidth", 1);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_project_office_sees_who_has_not_reported_this_week()
    {
        var page = await browser.NewPageAsync(Viewport.Desktop, "zh-CN");
        var shell = new ShellPage(page);
        await shell.SignInAsync("chengde");
        await page.GotoAsync("/weekly");
        await shell.WaitForCircuitAsync();
        await page.GetByRole(AriaRole.Tab, new() { NameRegex = new System.Text.RegularExpressions.Regex("^本周未报") }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("weekly-summary")).ToContainTextAsync("在建项目 99 个");
        await Assertions.Expect(page.GetByTestId("weekly-missing")).ToContainTextAsync("CD2022-001");
        await page.Context.CloseAsync();
    }
}

using DocumentFormat.OpenXml.Packaging;
using Microsoft.Playwright;

namespace Gaoxin.BrowserTests;

public sealed class MeetingTests(BrowserFixture browser)
{
    [Fact]
    public async Task A_dispatch_meeting_is_created_a_decision_added_and_its_briefing_downloaded_and_read()
    {
        var page = await browser.NewPageAsync(Viewport.Desktop, "zh-CN");
        var shell = new ShellPage(page);
        await shell.SignInAsync("chengde");
        await page.GotoAsync("/meetings");
        await shell.WaitForCircuitAsync();
        await page.GetByTestId("meeting-title").FillAsync("浏览器测试调度会");
        await page.GetByTestId("meeting-create").ClickAsync();
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath.StartsWith("/meetings/", StringComparison.Ordinal));
        await shell.WaitForCircuitAsync();
        await Assertions.Expect(shell.Title).ToHaveTextAsync("浏览器测试调度会");
        await Assertions.Expect(page.GetByTestId("agenda-lights")).ToContainTextAsync("红黄灯项目");
        await Assertions.Expect(page.GetByTestId("agenda-silent")).ToContainTextAsync("CD2022-001");

        var decisions = page.GetByTestId("meeting-decisions");
        await WorkflowPages.PickProjectAsync(page, "decision-project", "CD2022-063");
        await page.GetByTestId("decision-text").FillAsync("调度会测试：加快办理施工许可");
        await page.GetByTestId("decision-department").ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = "审批局" }).ClickAsync();
        await page.GetByTestId("decision-person").FillAsync("李科长");
        await page.GetByTestId("decision-save").ClickAsync();
        await Assertions.Expect(decisions.GetByTestId("decision-title")).ToHaveTextAsync("调度会测试：加快办理施工许可");
        await Assertions.Expect(decisions.GetByTestId("problem-status")).ToHaveTextAsync("已交办");

        await page.GetByTestId("minutes-text").FillAsync("会议听取了项目推进情况汇报。");
        await page.GetByTestId("minutes-save").ClickAsync();
        await Assertions.Expect(page.GetByText("已保存").First).ToBeVisibleAsync();
        await page.EvaluateAsync("window.scrollTo(0, 0)");
        await shell.ScreenshotAsync("meeting-zh");

        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByTestId("meeting-briefing").ClickAsync());
        Assert.EndsWith(".docx", download.SuggestedFilename, StringComparison.Ordinal);
        var path = Path.Combine(Path.GetTempPath(), "gaoxin-tests", $"briefing-{Guid.NewGuid():N}.docx");
        await download.SaveAsAsync(path);
        try
        {
            using var document = WordprocessingDocument.Open(path, false);
            var text = document.MainDocumentPart!.Document!.Body!.InnerText;
            Assert.Contains("浏览器测试调度会", text, StringComparison.Ordinal);
            Assert.Contains("调度会测试：加快办理施工许可", text, StringComparison.Ordinal);
            Assert.Contains("会议听取了项目推进情况汇报。", text, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }

        await page.Context.CloseAsync();
    }
}

public sealed class SigningsPageTests(BrowserFixture browser)
{
    [Fact]
    public async Task The_signings_page_shows_chengdes_2021_signings_and_funnel()
    {
        var page = await browser.NewPageAsync(Viewport.Desktop, "zh-CN");
        var shell = new ShellPage(page);
        await shell.SignInAsync("chengde");
        await page.GotoAsync("/signings");
        await shell.WaitForCircuitAsync();
        await page.GetByTestId("signings-year").FillAsync("2021");
        await page.GetByTestId("signings-year").PressAsync("Tab");
        await Assertions.Expect(page.GetByTestId("signings-count")).ToContainTextAsync("20 个");
        await Assertions.Expect(page.GetByTestId("signings-amount")).ToContainTextAsync("94.36亿元");
        await Assertions.Expect(page.GetByTestId("signings-funnel").Locator("svg")).ToBeVisibleAsync();
        await shell.ScreenshotAsync("signings-zh");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_project_office_records_a_signing_of_a_ledger_project_and_its_landing()
    {
        var page = await browser.NewPageAsync(Viewport.Desktop, "zh-CN");
        var shell = new ShellPage(page);
        await shell.SignInAsync("chengde");
        await page.GotoAsync("/signings");
        await shell.WaitForCircuitAsync();
        await Assertions.Expect(page.GetByTestId("signings-count")).ToContainTextAsync("个");
        var before = int.Parse((await page.GetByTestId("signings-count").InnerTextAsync()).Trim().Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture);

        await page.GetByTestId("signing-add").ClickAsync();
        await WorkflowPages.PickProjectAsync(page, "signing-project", "CD-R010");
        await Assertions.Expect(page.GetByTestId("signing-name")).ToHaveValueAsync(new System.Text.RegularExpressions.Regex("谋划项目010$"));
        await page.GetByTestId("signing-amount").FillAsync("15000");
        await page.GetByTestId("signing-save").ClickAsync();
        await Assertions.Expect(page.GetByTestId("signings-count")).ToContainTextAsync($"{before + 1} 个");

        var row = page.GetByTestId("signings-table").Last.Locator("tbody tr").Filter(new() { HasText = "谋划项目010" });
        await Assertions.Expect(row).ToContainTextAsync("1.5亿元");
        await Assertions.Expect(row).ToContainTextAsync("亿元以上");
        await row.GetByTestId("signing-land").ClickAsync();
        await page.GetByTestId("landing-amount").FillAsync("5000");
        await page.GetByTestId("landing-save").ClickAsync();
        await Assertions.Expect(row).ToContainTextAsync("2022-07-15 · 5,000万元");

        // Counted once: a second new signing of the same ledger project is refused with the reason.
        await page.GetByTestId("signing-add").ClickAsync();
        await WorkflowPages.PickProjectAsync(page, "signing-project", "CD-R010");
        await page.GetByTestId("signing-amount").FillAsync("1000");
        await page.GetByTestId("signing-save").ClickAsync();
        await Assertions.Expect(page.GetByTestId("signing-error")).ToContainTextAsync("该项目已签约");
        await page.Context.CloseAsync();
    }
}

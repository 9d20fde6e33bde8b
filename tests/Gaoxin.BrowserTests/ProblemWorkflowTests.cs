using Microsoft.Playwright;

namespace Gaoxin.BrowserTests;

public sealed class ProblemWorkflowTests(BrowserFixture browser)
{
    [Fact]
    public async Task The_project_office_raises_a_problem_the_unit_resolves_it_and_the_office_checks_and_closes_it()
    {
        var page = await browser.NewPageAsync(Viewport.Desktop, "zh-CN");
        var shell = new ShellPage(page);
        await shell.SignInAsync("chengde");
        await WorkflowPages.OpenProjectAsync(shell, "CD2022-052");

        var lists = page.GetByTestId("three-lists");
        await lists.GetByTestId("raise-title").FillAsync("施工用电接入延迟");
        await lists.GetByTestId("raise-detail").FillAsync("临时用电未按期接入。");
        await lists.GetByTestId("raise-save").ClickAsync();
        var row = lists.GetByTestId("project-problems").Locator("tbody tr").Filter(new() { HasText = "施工用电接入延迟" });
        await Assertions.Expect(row.GetByTestId("problem-status")).ToHaveTextAsync("已提出");
        await row.ClickAsync();

        var status = page.GetByTestId("problem-dialog").GetByTestId("problem-status");
        await Assertions.Expect(status).ToHaveTextAsync("已提出");
        await page.GetByTestId("assign-department").ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = "项目办" }).ClickAsync();
        await page.GetByTestId("assign-person").FillAsync("张工");
        await page.GetByTestId("problem-assign").ClickAsync();
        await Assertions.Expect(status).ToHaveTextAsync("已交办");
        await Assertions.Expect(page.GetByTestId("problem-dialog")).ToContainTextAsync("2022-07-22");

        await page.GetByTestId("resolve-note").FillAsync("已协调供电公司完成接入。");
        await page.GetByTestId("problem-resolve").ClickAsync();
        await Assertions.Expect(status).ToHaveTextAsync("已办结");

        await page.GetByTestId("problem-check-pass").ClickAsync();
        await Assertions.Expect(status).ToHaveTextAsync("已复核");
        await page.GetByTestId("problem-close").ClickAsync();
        await Assertions.Expect(status).ToHaveTextAsync("已销号");
        var steps = page.GetByTestId("problem-steps");
        foreach (var step in new[] { "提出", "交办", "办结", "复核通过", "销号" })
        {
            await Assertions.Expect(steps).ToContainTextAsync(step);
        }

        await Assertions.Expect(page.GetByTestId("problem-no-step")).ToBeVisibleAsync();
        await shell.ScreenshotAsync("problem-dialog-zh");
        await page.GetByTestId("problem-dialog-close").ClickAsync();
        await Assertions.Expect(row.GetByTestId("problem-status")).ToHaveTextAsync("已销号");

        await page.GotoAsync("/problems");
        await shell.WaitForCircuitAsync();
        await page.GetByTestId("problems-search").FillAsync("施工用电接入延迟");
        var listed = page.GetByTestId("problems-table").Locator("tbody tr").Filter(new() { HasText = "施工用电接入延迟" });
        await Assertions.Expect(listed.GetByTestId("problem-status")).ToHaveTextAsync("已销号");
        await Assertions.Expect(listed).ToContainTextAsync("项目办");
        await shell.ScreenshotAsync("problems-zh");

        // The export link carries the filters and answers with a workbook.
        await Assertions.Expect(page.GetByTestId("problems-export")).ToHaveAttributeAsync("href", new System.Text.RegularExpressions.Regex("search="));
        var href = await page.GetByTestId("problems-export").GetAttributeAsync("href");
        var export = await page.Context.APIRequest.GetAsync(href!);
        Assert.True(export.Status == 200, $"{href}: {export.Status} {await export.TextAsync()}");
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", export.Headers["content-type"]);
        Assert.Equal(0x50, (await export.BodyAsync())[0]); // a zip (PK…), as every .xlsx is
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_project_office_adds_a_task_to_a_project_and_marks_it_done()
    {
        var page = await browser.NewPageAsync(Viewport.Desktop, "zh-CN");
        var shell = new ShellPage(page);
        await shell.SignInAsync("chengde");
        await WorkflowPages.OpenProjectAsync(shell, "CD2022-088");

        var lists = page.GetByTestId("three-lists");
        await lists.GetByRole(AriaRole.Tab, new() { NameRegex = new System.Text.RegularExpressions.Regex("^任务清单") }).ClickAsync();
        await lists.GetByTestId("duty-text").FillAsync("完成施工图审查");
        await lists.GetByTestId("duty-owner").FillAsync("王工");
        await lists.GetByTestId("duty-add").ClickAsync();
        var row = lists.GetByTestId("duties-task").Locator("tbody tr").Filter(new() { HasText = "完成施工图审查" });
        await Assertions.Expect(row).ToContainTextAsync("王工");
        await row.GetByTestId("duty-mark-done").ClickAsync();
        await Assertions.Expect(row.GetByTestId("duty-done")).ToHaveTextAsync("2022-07-15 完成");
        await Assertions.Expect(lists.GetByRole(AriaRole.Tab, new() { NameRegex = new System.Text.RegularExpressions.Regex("^任务清单") })).ToHaveTextAsync("任务清单 (1)");
        await page.Context.CloseAsync();
    }
}

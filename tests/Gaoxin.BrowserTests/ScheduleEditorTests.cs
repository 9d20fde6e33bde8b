using Microsoft.Playwright;

namespace Gaoxin.BrowserTests;

/// <summary>The zone's schedule settings in the browser: the working calendar, milestone templates, MSPDI upload.</summary>
public sealed class ScheduleEditorTests(BrowserFixture browser)
{
    [Fact]
    public async Task An_admin_adds_a_make_up_working_day_and_the_month_grid_shows_it()
    {
        var page = await browser.NewPageAsync(Viewport.Desktop, "zh-CN");
        var shell = new ShellPage(page);
        await shell.SignInAsync("chengde");
        await page.GotoAsync("/schedules/calendar");
        await shell.WaitForCircuitAsync();
        await Assertions.Expect(shell.Title).ToHaveTextAsync("工作日历");
        // The shipped year (2022, the demo's today): 国庆节 off, and Saturday 3 September an ordinary weekend day.
        await Assertions.Expect(page.GetByTestId("day-2022-10-03")).ToHaveAttributeAsync("data-kind", "DayOff");
        var saturday = page.GetByTestId("day-2022-09-03");
        await Assertions.Expect(saturday).ToHaveAttributeAsync("data-kind", "Weekend");

        await page.GetByTestId("override-date").FillAsync("2022-09-03");
        await page.GetByTestId("override-name").FillAsync("示例调休上班");
        await page.GetByTestId("override-add").ClickAsync();
        await Assertions.Expect(saturday).ToHaveAttributeAsync("data-kind", "MakeUpWorkingDay");
        await Assertions.Expect(saturday).ToHaveAttributeAsync("title", "示例调休上班");
        await Assertions.Expect(page.GetByTestId("calendar-edits")).ToContainTextAsync("示例调休上班");
        await page.GetByTestId("calendar-years").ScrollIntoViewIfNeededAsync();
        await page.EvaluateAsync("window.scrollBy(0, 420)");
        await shell.ScreenshotAsync("schedule-calendar-zh");

        // Removed again, the day is a weekend day as the notice has it (and the shared demo stays as it was).
        await page.GetByTestId("edit-remove-2022-09-03").ClickAsync();
        await Assertions.Expect(saturday).ToHaveAttributeAsync("data-kind", "Weekend");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_template_is_copied_and_a_step_edited_with_a_wrong_link_refused_first()
    {
        var page = await browser.NewPageAsync(Viewport.Desktop, "zh-CN");
        var shell = new ShellPage(page);
        await shell.SignInAsync("chengde");
        await page.GotoAsync("/schedules/templates");
        await shell.WaitForCircuitAsync();
        await page.GetByTestId("template-standard").ClickAsync();
        var editor = page.GetByTestId("template-editor");
        await Assertions.Expect(editor.GetByTestId("step-permit").GetByTestId("step-name")).ToHaveValueAsync("施工许可");
        await page.GetByTestId("template-copy-code").FillAsync("browser-copy");
        await page.GetByTestId("template-copy").ClickAsync();
        await Assertions.Expect(page.GetByTestId("template-browser-copy")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("template-name")).ToHaveValueAsync("工业项目标准流程（副本）");

        // A predecessor that is not a step of the template is refused, naming it; nothing is saved.
        var links = page.GetByTestId("template-links").Locator("tbody tr");
        var before = await links.CountAsync();
        await page.GetByTestId("link-add").ClickAsync();
        await Assertions.Expect(links).ToHaveCountAsync(before + 1);
        var added = links.Last;
        await added.GetByTestId("link-from").FillAsync("nope");
        await added.GetByTestId("link-to").FillAsync("start");
        await page.GetByTestId("template-save").ClickAsync();
        await Assertions.Expect(page.GetByTestId("template-error")).ToContainTextAsync("nope");
        await added.GetByTestId("link-remove").ClickAsync();
        // The bad link is gone before anything else is typed (a save racing the removal would be refused again).
        await Assertions.Expect(links).ToHaveCountAsync(before);

        // The construction permit's statutory limit and duration change to 10 working days, and the case worker.
        var permit = page.GetByTestId("step-permit");
        await permit.GetByTestId("step-duration").FillAsync("10");
        await permit.GetByTestId("step-statutory").FillAsync("10");
        await permit.GetByTestId("step-caseworker").FillAsync("住建局 示例帮办员");
        await page.GetByTestId("template-save").ClickAsync();
        await Assertions.Expect(page.GetByTestId("template-error")).ToHaveCountAsync(0);

        // Read back from the server.
        await page.ReloadAsync();
        await shell.WaitForCircuitAsync();
        await page.GetByTestId("template-browser-copy").ClickAsync();
        permit = page.GetByTestId("step-permit");
        await Assertions.Expect(permit.GetByTestId("step-duration")).ToHaveValueAsync("10");
        await Assertions.Expect(permit.GetByTestId("step-caseworker")).ToHaveValueAsync("住建局 示例帮办员");
        await shell.ScreenshotAsync("schedule-templates-zh");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_bad_microsoft_project_file_is_refused_and_the_schedules_own_file_imports()
    {
        var page = await browser.NewPageAsync(Viewport.Desktop, "zh-CN");
        var shell = new ShellPage(page);
        await shell.SignInAsync("chengde");
        await page.GotoAsync("/projects");
        await shell.WaitForCircuitAsync();
        await page.GetByTestId("projects-search").FillAsync("CD2022-001");
        await Assertions.Expect(page.GetByTestId("projects-table").Locator("tbody tr")).ToHaveCountAsync(1);
        await page.GetByTestId("projects-table").GetByText("CD2022-001").ClickAsync();
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath.StartsWith("/projects/", StringComparison.Ordinal), new() { WaitUntil = WaitUntilState.DOMContentLoaded });
        await shell.WaitForCircuitAsync();
        var project = new Uri(page.Url).AbsolutePath;
        await page.GotoAsync(project + "/schedule", new() { WaitUntil = WaitUntilState.DOMContentLoaded });
        await shell.WaitForCircuitAsync();

        var bad = Path.Combine(Path.GetTempPath(), $"gaoxin-bad-{Guid.NewGuid():N}.xml");
        var good = Path.Combine(Path.GetTempPath(), $"gaoxin-good-{Guid.NewGuid():N}.xml");
        try
        {
            await File.WriteAllTextAsync(bad, "<Project xmlns=\"http://schemas.microsoft.com/project\"><Tasks><Task>");
            var finish = await page.GetByTestId("finish-production").InnerTextAsync();
            await page.GetByTestId("mspdi-file").SetInputFilesAsync(bad);
            await Assertions.Expect(page.GetByTestId("mspdi-error")).ToContainTextAsync("未导入，进度计划未改变");
            await Assertions.Expect(page.GetByTestId("finish-production")).ToHaveTextAsync(finish);

            // The schedule's own export, uploaded back: the same steps and dates.
            var export = await page.APIRequest.GetAsync(project.Replace("/projects/", "/export/projects/", StringComparison.Ordinal) + "/schedule.xml?zone=chengde");
            Assert.True(export.Ok, export.StatusText);
            await File.WriteAllBytesAsync(good, await export.BodyAsync());
            await page.GetByTestId("mspdi-file").SetInputFilesAsync(good);
            await Assertions.Expect(page.GetByTestId("mspdi-error")).ToHaveCountAsync(0);
            await Assertions.Expect(page.GetByText("已导入").First).ToBeVisibleAsync();
            await Assertions.Expect(page.GetByTestId("finish-production")).ToHaveTextAsync(finish);
        }
        finally
        {
            File.Delete(bad);
            File.Delete(good);
            await page.Context.CloseAsync();
        }
    }
}

using System.Text.Json;
using Microsoft.Playwright;

namespace Gaoxin.BrowserTests;

public sealed class ScheduleTests(BrowserFixture browser)
{
    [Fact]
    public async Task A_demo_projects_gantt_chart_shows_the_critical_path_and_a_dragged_bar_moves_its_dates()
    {
        var page = await browser.NewPageAsync(Viewport.Desktop, "zh-CN");
        var shell = new ShellPage(page);
        await shell.SignInAsync("chengde");
        await WorkflowPages.OpenProjectAsync(shell, "CD2022-001");
        await page.GetByTestId("project-schedule").ClickAsync();
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath.EndsWith("/schedule", StringComparison.Ordinal));
        await shell.WaitForCircuitAsync();

        await Assertions.Expect(shell.Title).ToHaveTextAsync("进度计划（横道图）");
        // The critical path: named above the chart, flagged in the table, and drawn in red.
        await Assertions.Expect(page.GetByTestId("critical-path")).ToContainTextAsync("主体完工");
        await Assertions.Expect(page.GetByTestId("critical-structure")).ToBeVisibleAsync();
        var chart = page.GetByTestId("gantt-chart");
        await Assertions.Expect(chart.Locator("svg")).ToBeVisibleAsync();
        Assert.True(await chart.Locator("path[fill='#d32f2f'], path[fill='rgb(211,47,47)']").CountAsync() > 0, "no red (critical) bar drawn");
        // The permit has run past its statutory limit (started 30 May 2022).
        await Assertions.Expect(page.GetByTestId("late-permit")).ToContainTextAsync("超法定时限");

        // Drag the 主体完工 bar (automatic) 20 days to the right: it ends later, and so does everything after it.
        var finishBefore = await page.GetByTestId("finish-structure").InnerTextAsync();
        var productionBefore = await page.GetByTestId("finish-production").InnerTextAsync();
        var rendered = await chart.GetAttributeAsync("data-rendered");
        var box = await BarAsync(page, "structure");
        var x = box.GetProperty("left").GetDouble() + (box.GetProperty("dayWidth").GetDouble() * 10);
        var y = box.GetProperty("y").GetDouble();
        await page.Mouse.MoveAsync((float)x, (float)y);
        await page.Mouse.DownAsync();
        await page.Mouse.MoveAsync((float)(x + (box.GetProperty("dayWidth").GetDouble() * 20)), (float)y, new() { Steps = 8 });
        await page.Mouse.UpAsync();

        await Assertions.Expect(page.GetByTestId("finish-structure")).Not.ToHaveTextAsync(finishBefore);
        await Assertions.Expect(page.GetByTestId("finish-production")).Not.ToHaveTextAsync(productionBefore);
        Assert.True(string.CompareOrdinal(await page.GetByTestId("finish-structure").InnerTextAsync(), finishBefore) > 0, "the finish should move later");
        await Assertions.Expect(page.GetByTestId("variance-structure")).ToContainTextAsync("+");
        // The chart was drawn again from the recomputed schedule.
        await Assertions.Expect(chart).Not.ToHaveAttributeAsync("data-rendered", rendered ?? "0");

        await page.GetByTestId("gantt-zoom-quarter").ClickAsync();
        await page.EvaluateAsync("window.scrollTo(0, 0)");
        await shell.ScreenshotAsync("schedule-gantt-zh");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task On_a_phone_the_schedule_reads_as_a_table()
    {
        var page = await browser.NewPageAsync(Viewport.Phone, "zh-CN");
        var shell = new ShellPage(page);
        await shell.SignInAsync("chengde");
        await page.GotoAsync("/projects");
        await shell.WaitForCircuitAsync();
        await page.GetByTestId("projects-search").FillAsync("CD2022-009");
        // Click only once the search has re-rendered the list (a click on the row being replaced is lost).
        await Assertions.Expect(page.GetByTestId("projects-table").Locator("tbody tr")).ToHaveCountAsync(1);
        await page.GetByTestId("projects-table").GetByText("CD2022-009").ClickAsync();
        // On a loaded machine the full "load" event can lag far behind; the circuit being ready is what matters.
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath.StartsWith("/projects/", StringComparison.Ordinal), new() { WaitUntil = WaitUntilState.DOMContentLoaded });
        await shell.WaitForCircuitAsync();
        await page.GotoAsync(new Uri(page.Url).AbsolutePath + "/schedule", new() { WaitUntil = WaitUntilState.DOMContentLoaded });
        await shell.WaitForCircuitAsync();
        // Every step is a card of labelled values; the permit (done 26 April) and the late start show.
        await Assertions.Expect(page.GetByTestId("finish-permit")).ToHaveTextAsync("2022-04-26");
        await Assertions.Expect(page.GetByTestId("late-start")).ToContainTextAsync("滞后");
        await Assertions.Expect(page.GetByTestId("gantt-chart").Locator("svg")).ToBeVisibleAsync();
        await page.Context.CloseAsync();
    }

    private static async Task<JsonElement> BarAsync(IPage page, string key)
    {
        var json = await page.EvaluateAsync<string>(
            "key => JSON.stringify(window.gaoxinGantt.barBox(document.querySelector(\"[data-testid='gantt-chart']\"), key))", key);
        return JsonDocument.Parse(json).RootElement.Clone();
    }
}

using System.Text.Json;
using Microsoft.Playwright;
using MiniExcelLibs;

namespace Gaoxin.BrowserTests;

/// <summary>Issue 7's journeys: staff enter a month and publish it with pay; staff import a park table and read rank intervals.</summary>
public sealed class EvaluationTests(BrowserFixture browser)
{
    private static readonly string[] Units = ["zs", "xm", "kj", "rs", "cz", "sp"];

    /// <summary>A staff account of Chengde, made through the API as an administrator would.</summary>
    private static async Task<string> StaffAsync(IPage page, string userName, string zone = "chengde")
    {
        var token = await page.APIRequest.PostAsync("/api/v1/auth/token", new() { DataObject = new { userName = "admin", password = "Gaoxin@2022" } });
        var accessToken = JsonDocument.Parse(await token.TextAsync()).RootElement.GetProperty("accessToken").GetString();
        var bearer = new Dictionary<string, string> { ["Authorization"] = $"Bearer {accessToken}" };
        var departments = await page.APIRequest.GetAsync($"/api/v1/zones/{zone}/departments", new() { Headers = bearer });
        var departmentId = JsonDocument.Parse(await departments.TextAsync()).RootElement[0].GetProperty("id").GetString();
        var created = await page.APIRequest.PostAsync("/api/v1/users", new()
        {
            DataObject = new { userName, displayName = "考核办工作人员", password = "Staff@2026", role = "Staff", zone, departmentId },
            Headers = bearer,
        });
        Assert.True(created.Ok, await created.TextAsync());
        return userName;
    }

    [Fact]
    public async Task Staff_enter_julys_measures_publish_the_ranking_and_see_pay()
    {
        var page = await browser.NewPageAsync(Viewport.Desktop, "zh-CN");
        var shell = new ShellPage(page);
        await shell.SignInAsync(await StaffAsync(page, "eval-staff"), "Staff@2026");
        await page.GotoAsync("/evaluation/contest");
        await shell.WaitForCircuitAsync();
        await page.GetByTestId("contest-period").ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = "2022-07" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("measures-table")).ToContainTextAsync("缺失");

        for (var u = 0; u < Units.Length; u++)
        {
            var unit = Units[u];
            await FillAsync(page, unit, "T1", "4", "5");
            await FillAsync(page, unit, "I1", (10 - u).ToString(System.Globalization.CultureInfo.InvariantCulture), null);
            await FillAsync(page, unit, "C1", "9", "10");
            await FillAsync(page, unit, "S1", "92", "100");
        }

        await page.GetByTestId("measures-save").ClickAsync();
        await Assertions.Expect(page.GetByTestId("measures-table")).Not.ToContainTextAsync("缺失");

        await page.GetByRole(AriaRole.Tab, new() { Name = "排名与绩效" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("not-published")).ToBeVisibleAsync();
        await page.GetByTestId("contest-publish").ClickAsync();
        await Assertions.Expect(page.GetByTestId("published-revision")).ToContainTextAsync("第 1 版");
        // 招商局: 40 × 4/5 = 32, first in signings 30, 20 × 0.9 = 18, 10 × 0.92 = 9.2 → 89.2; pay 3000 × 89.2 % = 2676.00.
        await Assertions.Expect(page.GetByTestId("score-zs")).ToHaveTextAsync("89.2");
        await Assertions.Expect(page.GetByTestId("pay-zs")).ToHaveTextAsync("2,676.00");
        await page.GetByTestId("ranking-table").GetByText("招商局").ClickAsync();
        await Assertions.Expect(page.GetByTestId("unit-breakdown")).ToContainTextAsync("40 × min(4/5, 1) = 32");
        await Assertions.Expect(page.GetByTestId("pay-export")).ToBeVisibleAsync();
        await shell.ScreenshotAsync("evaluation-contest-zh");

        // Publishing the same measures again is refused with the reason.
        await page.GetByTestId("contest-publish").ClickAsync();
        await Assertions.Expect(page.GetByTestId("ranking-error")).ToContainTextAsync("第 1 版");
        await page.Context.CloseAsync();
    }

    private static async Task FillAsync(IPage page, string unit, string indicator, string value, string? target)
    {
        var input = page.GetByTestId($"measure-{unit}-{indicator}-value");
        if (!string.IsNullOrEmpty(await input.InputValueAsync()))
        {
            return; // a measure Gaoxin computed from its ledgers
        }

        await input.FillAsync(value);
        if (target is not null && await page.GetByTestId($"measure-{unit}-{indicator}-target").CountAsync() > 0)
        {
            await page.GetByTestId($"measure-{unit}-{indicator}-target").FillAsync(target);
        }
    }

    [Fact]
    public async Task Staff_import_a_park_table_and_see_rank_intervals()
    {
        var page = await browser.NewPageAsync(Viewport.Desktop, "zh-CN");
        var shell = new ShellPage(page);
        await shell.SignInAsync(await StaffAsync(page, "index-staff"), "Staff@2026");
        await page.GotoAsync("/evaluation/index");
        await shell.WaitForCircuitAsync();
        await Assertions.Expect(page.GetByTestId("empty")).ToBeVisibleAsync();

        await page.GetByTestId("import-name").FillAsync("四园区对标");
        await page.GetByTestId("import-file").SetInputFilesAsync(Workbook(["A", 1000, "很多", 0.5], ["B", 600, 4, 0.3]));
        await page.GetByTestId("import-go").ClickAsync();
        await Assertions.Expect(page.GetByTestId("import-errors")).ToContainTextAsync("C6");

        await page.GetByTestId("import-file").SetInputFilesAsync(Workbook(["A", 1000, 2, 0.5], ["B", 600, 4, 0.3], ["C", 200, 3, 0.2], ["D", 400, 1, 0.4]));
        await page.GetByTestId("import-go").ClickAsync();
        await Assertions.Expect(page.GetByTestId("index-results")).ToContainTextAsync("68.3");
        await Assertions.Expect(page.GetByTestId("interval-1")).ToContainTextAsync("–");
        await Assertions.Expect(page.GetByTestId("rank-intervals").Locator("svg")).ToBeVisibleAsync();
        await page.GetByTestId("index-results").GetByText("C", new() { Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("park-dimensions")).ToContainTextAsync("D2");
        await shell.ScreenshotAsync("evaluation-index-zh");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Staff_edit_a_contest_indicator_and_see_the_ranking_change()
    {
        var page = await browser.NewPageAsync(Viewport.Desktop, "zh-CN");
        var shell = new ShellPage(page);
        await shell.SignInAsync(await StaffAsync(page, "editor-staff"), "Staff@2026");
        await page.GotoAsync("/evaluation/contest");
        await shell.WaitForCircuitAsync();
        await page.GetByRole(AriaRole.Tab, new() { Name = "排名与绩效" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("score-zs")).ToHaveTextAsync("88.2");

        await page.GotoAsync("/evaluation/contest/edit");
        await shell.WaitForCircuitAsync();
        await Assertions.Expect(page.GetByTestId("ind-1-code")).ToHaveValueAsync("I1");

        // A wrong edit is refused with what is expected; then 招商力度 takes 5 points off a place instead of 2.
        await page.GetByTestId("ind-1-points").FillAsync("0");
        await page.GetByTestId("ind-1-points").PressAsync("Tab");
        await page.GetByTestId("editor-save").ClickAsync();
        await Assertions.Expect(page.GetByTestId("editor-problems")).ToContainTextAsync("分值须大于零");
        await page.GetByTestId("ind-1-points").FillAsync("30");
        await page.GetByTestId("ind-1-points").PressAsync("Tab");
        await page.GetByTestId("ind-1-step").FillAsync("5");
        await page.GetByTestId("ind-1-step").PressAsync("Tab");
        await page.GetByTestId("editor-save").ClickAsync();
        await page.WaitForURLAsync("**/evaluation/contest");
        await shell.WaitForCircuitAsync();

        // June stays as published (88.2); scored under the new definition 招商局 gets 30 − 2 × 5 = 20 → 82.2.
        await page.GetByRole(AriaRole.Tab, new() { Name = "排名与绩效" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("score-zs")).ToHaveTextAsync("88.2");
        await page.GetByTestId("contest-preview").ClickAsync();
        await Assertions.Expect(page.GetByTestId("preview-note")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("score-zs")).ToHaveTextAsync("82.2");
        await shell.ScreenshotAsync("evaluation-editor-zh");

        // Put the step back for the other journeys.
        await page.GotoAsync("/evaluation/contest/edit");
        await shell.WaitForCircuitAsync();
        await page.GetByTestId("ind-1-step").FillAsync("2");
        await page.GetByTestId("ind-1-step").PressAsync("Tab");
        await page.GetByTestId("editor-save").ClickAsync();
        await page.WaitForURLAsync("**/evaluation/contest");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Staff_change_index_weights_and_see_ranks_change_and_compare_years()
    {
        var page = await browser.NewPageAsync(Viewport.Desktop, "zh-CN");
        var shell = new ShellPage(page);
        await shell.SignInAsync(await StaffAsync(page, "weights-staff", "guiyang"), "Staff@2026");
        await page.GotoAsync("/evaluation/index");
        await shell.WaitForCircuitAsync();
        await page.GetByTestId("index-preset").ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = "赛迪五维度（等权）" }).ClickAsync();
        await page.GetByTestId("index-runs").FillAsync("200");
        await page.GetByTestId("index-runs").PressAsync("Tab");
        await page.GetByTestId("index-compute").ClickAsync();
        await Assertions.Expect(page.GetByTestId("park-dimensions")).ToContainTextAsync("名次 93 ·");
        await Assertions.Expect(page.GetByTestId("index-method")).ToContainTextAsync("最小–最大值标准化");

        // Year on year under CCID: 97th of 100 in 2021, 93rd in 2022.
        await page.GetByTestId("years-show").ClickAsync();
        await Assertions.Expect(page.GetByTestId("year-2021-rank")).ToHaveTextAsync("第 97 / 100");
        await Assertions.Expect(page.GetByTestId("year-2022-rank")).ToHaveTextAsync("第 93 / 100");
        await Assertions.Expect(page.GetByTestId("years-chart").Locator("svg")).ToBeVisibleAsync();

        // 经济实力 60 %, the other four 10 % each: the sum is shown, a wrong sum is refused, then ranks change.
        await page.GetByText("评价方法").ClickAsync();
        await page.GetByTestId("weight-0").FillAsync("70");
        await page.GetByTestId("weight-0").PressAsync("Tab");
        await Assertions.Expect(page.GetByTestId("weight-sum")).ToHaveTextAsync("合计 150%");
        await page.GetByTestId("index-compute").ClickAsync();
        await Assertions.Expect(page.GetByTestId("index-error")).ToContainTextAsync("各维度权重之和须为 100%");
        await page.GetByTestId("weight-0").FillAsync("60");
        await page.GetByTestId("weight-0").PressAsync("Tab");
        for (var d = 1; d < 5; d++)
        {
            await page.GetByTestId($"weight-{d}").FillAsync("10");
            await page.GetByTestId($"weight-{d}").PressAsync("Tab");
        }

        await Assertions.Expect(page.GetByTestId("weight-sum")).ToHaveTextAsync("合计 100%");
        await page.GetByTestId("index-compute").ClickAsync();
        await Assertions.Expect(page.GetByTestId("index-method")).ToContainTextAsync(" 60%");
        await Assertions.Expect(page.GetByTestId("park-dimensions")).Not.ToContainTextAsync("名次 93 ·");
        await Assertions.Expect(page.GetByTestId("interval-1")).ToContainTextAsync("–");
        await shell.ScreenshotAsync("evaluation-weights-zh");
        await page.Context.CloseAsync();
    }

    private static string Workbook(params object?[][] parks)
    {
        object?[][] header = [["指标", "X1", "X2", "X3"], ["名称", "营业收入", "专利", "能耗"], ["维度", "D1", "D1", "D2"], ["方向", "+", "+", "-"], ["权重", 0.5, 0.3, 0.2]];
        var rows = header.Concat(parks).Select(r => r.Select((v, i) => (Key: ((char)('A' + i)).ToString(), Value: v)).ToDictionary(x => x.Key, x => x.Value)).ToList();
        var path = Path.Combine(Path.GetTempPath(), $"parks-{Guid.NewGuid():N}.xlsx");
        MiniExcel.SaveAs(path, rows, printHeader: false);
        return path;
    }
}

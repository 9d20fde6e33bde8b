using MiniExcelLibs;
using Microsoft.Playwright;

namespace Gaoxin.BrowserTests;

public sealed class LedgerImportTests(BrowserFixture browser)
{
    private static async Task<string> LedgerAsync(string name, string? badName, string badTotal)
    {
        var path = Path.Combine(Path.GetTempPath(), $"gaoxin-{name}-{Guid.NewGuid():N}.xlsx");
        var projects = new[]
        {
            new Dictionary<string, object?> { ["项目编号 Code"] = "BI-001", ["项目名称 Name"] = "浏览器导入的储能项目", ["计划总投资（万元） Planned total (10k yuan)"] = 30000m, ["计划年度 Plan year"] = 2022, ["年度计划投资（万元） Year plan (10k yuan)"] = 5000m, ["阶段 Stage"] = "在谈", ["阶段日期 Since"] = "2022-05-10" },
            new Dictionary<string, object?> { ["项目编号 Code"] = "BI-002", ["项目名称 Name"] = badName, ["计划总投资（万元） Planned total (10k yuan)"] = badTotal, ["计划年度 Plan year"] = 2022, ["年度计划投资（万元） Year plan (10k yuan)"] = 1000m, ["阶段 Stage"] = "在谈", ["阶段日期 Since"] = "2022-06-01" },
        };
        var sheets = new Dictionary<string, object> { ["项目 Projects"] = projects };
        await using var stream = File.Create(path);
        await stream.SaveAsAsync(sheets);
        return path;
    }

    [Fact]
    public async Task A_ledger_with_errors_is_refused_row_by_row_and_then_imported_once_fixed()
    {
        var page = await browser.NewPageAsync(Viewport.Desktop, "zh-CN");
        var shell = new ShellPage(page);
        await shell.SignInAsync("chengde");
        await page.GotoAsync("/projects");
        await shell.WaitForCircuitAsync();
        await page.GetByTestId("projects-import").ClickAsync();
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/projects/import");
        await shell.WaitForCircuitAsync();

        var bad = await LedgerAsync("bad", null, "三千万");
        var good = await LedgerAsync("good", "浏览器导入的氢能项目", "3000");
        try
        {
            await page.GetByTestId("ledger-file").SetInputFilesAsync(bad);
            await Assertions.Expect(page.GetByTestId("ledger-refused")).ToContainTextAsync("未导入任何数据：共 2 处问题");
            var errors = page.GetByTestId("ledger-errors");
            await Assertions.Expect(errors).ToContainTextAsync("项目名称 Name");
            await Assertions.Expect(errors).ToContainTextAsync("“三千万”不符合要求");
            await shell.ScreenshotAsync("ledger-import-errors-zh");

            // Nothing was written: the good row of the refused file is not in the ledger.
            await page.GotoAsync("/projects");
            await shell.WaitForCircuitAsync();
            await page.GetByTestId("projects-search").FillAsync("BI-00");
            await Assertions.Expect(page.GetByTestId("projects-table").GetByTestId("empty")).ToBeVisibleAsync();

            await page.GotoAsync("/projects/import");
            await shell.WaitForCircuitAsync();
            await page.GetByTestId("ledger-file").SetInputFilesAsync(good);
            await Assertions.Expect(page.GetByTestId("ledger-imported")).ToContainTextAsync("新增项目 2 个");

            await page.GotoAsync("/projects");
            await shell.WaitForCircuitAsync();
            await page.GetByTestId("projects-search").FillAsync("BI-00");
            await Assertions.Expect(page.GetByTestId("projects-table")).ToContainTextAsync("浏览器导入的氢能项目");
            await Assertions.Expect(page.GetByTestId("projects-table")).ToContainTextAsync("浏览器导入的储能项目");
        }
        finally
        {
            File.Delete(bad);
            File.Delete(good);
            await page.Context.CloseAsync();
        }
    }
}

using Microsoft.Playwright;

namespace Gaoxin.BrowserTests;

/// <summary>
/// Issue 6 (incubation chain and 校企合作): staff create a carrier, correct it, move an enterprise of the file and a named team in,
/// graduate the one (after a refusal that gives the file's reason) and record the other's exit, then add a centre — all through the pages.
/// </summary>
public sealed class IncubationTests(BrowserFixture browser)
{
    private const string Carrier = "浏览器测试孵化器";
    private const string Firm = "承德示例精密仪表有限公司";
    private const string Team = "浏览器测试初创团队";

    [Fact]
    public async Task Staff_create_a_carrier_move_enterprises_in_graduate_and_exit_them_and_add_a_centre()
    {
        var page = await browser.NewPageAsync(Viewport.Desktop, "zh-CN");
        var shell = new ShellPage(page);
        await shell.SignInAsync("chengde");
        await page.GotoAsync("/innovation/carriers");
        await shell.WaitForCircuitAsync();
        await Assertions.Expect(shell.Title).ToHaveTextAsync("孵化载体");

        // A new carrier: an area of 0 is refused under the area field, then saved with 5000 m².
        await page.GetByTestId("carriers-new").ClickAsync();
        var dialog = page.GetByTestId("carrier-dialog");
        await dialog.GetByTestId("carrier-name").FillAsync(Carrier);
        await dialog.GetByTestId("carrier-level").ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = "省级" }).ClickAsync();
        await dialog.GetByTestId("carrier-operator").FillAsync("浏览器测试运营有限公司");
        await page.GetByTestId("carrier-save").ClickAsync();
        await Assertions.Expect(dialog).ToContainTextAsync("面积应为正数");
        await dialog.GetByTestId("carrier-area").FillAsync("5000");
        await page.GetByTestId("carrier-save").ClickAsync();
        await Assertions.Expect(shell.Title).ToHaveTextAsync(Carrier);
        await Assertions.Expect(page.GetByTestId("carrier-line")).ToContainTextAsync("孵化器 · 省级 · 5,000 平方米");
        await Assertions.Expect(page.GetByTestId("threshold-area")).ToContainTextAsync("未达到");

        // Corrected: 12,000 m² meets the national area threshold.
        await page.GetByTestId("carrier-edit").ClickAsync();
        await page.GetByTestId("carrier-dialog").GetByTestId("carrier-area").FillAsync("12000");
        await page.GetByTestId("carrier-save").ClickAsync();
        await Assertions.Expect(page.GetByTestId("carrier-line")).ToContainTextAsync("12,000 平方米");
        await Assertions.Expect(page.GetByTestId("threshold-area")).ToContainTextAsync("达到");

        // Move in an enterprise of the file, picked by part of its name.
        await page.GetByTestId("move-in-open").ClickAsync();
        var form = page.GetByTestId("move-in-form");
        var picker = form.GetByTestId("move-in-enterprise");
        await picker.ClickAsync();
        await picker.FillAsync("精密仪表");
        await page.Locator(".mud-popover-open .mud-list-item").Filter(new() { HasText = Firm }).First.ClickAsync();
        await form.GetByTestId("move-in-on").FillAsync("2022-03-01");
        await form.GetByTestId("move-in-area").FillAsync("300");
        await form.GetByTestId("move-in-save").ClickAsync();
        var incubatees = page.GetByTestId("incubatees-table");
        var firmRow = incubatees.Locator("tbody tr").Filter(new() { HasText = Firm });
        await Assertions.Expect(firmRow).ToContainTextAsync("2022-03-01");

        // And a team not on file, by its name; a move-in after today is refused under the date.
        await page.GetByTestId("move-in-open").ClickAsync();
        form = page.GetByTestId("move-in-form");
        await form.GetByTestId("move-in-name").FillAsync(Team);
        await form.GetByTestId("move-in-on").FillAsync("2022-08-01");
        await form.GetByTestId("move-in-area").FillAsync("50");
        await form.GetByTestId("move-in-save").ClickAsync();
        await Assertions.Expect(form).ToContainTextAsync("日期须在 1990-01-01 至 2022-07-15 之间");
        await form.GetByTestId("move-in-on").FillAsync("2022-04-01");
        await form.GetByTestId("move-in-save").ClickAsync();
        var teamRow = incubatees.Locator("tbody tr").Filter(new() { HasText = Team });
        await Assertions.Expect(teamRow).ToContainTextAsync("2022-04-01");
        await Assertions.Expect(page.GetByTestId("threshold-incubatees")).ToContainTextAsync(": 2 —");

        // Graduate the enterprise: the file shows no HNTE grant, so that criterion is refused with the file's reason; merged or listed is the office's word.
        await firmRow.GetByTestId("incubatee-graduate").ClickAsync();
        var graduation = page.GetByTestId("graduation-dialog");
        await Assertions.Expect(graduation.GetByTestId("criterion-Hnte")).ToContainTextAsync("未达到");
        await Assertions.Expect(graduation.GetByTestId("criterion-MergedOrListed")).ToContainTextAsync("由管理部门认定");
        await graduation.GetByTestId("graduation-basis").ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = "获得高新技术企业认定" }).ClickAsync();
        await page.GetByTestId("graduation-save").ClickAsync();
        await Assertions.Expect(graduation).ToContainTextAsync("企业档案中没有 2022-07-15 及以前的高新技术企业认定");
        await graduation.GetByTestId("graduation-basis").ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = "被兼并、收购或挂牌上市" }).ClickAsync();
        await page.GetByTestId("graduation-save").ClickAsync();
        await Assertions.Expect(graduation).ToHaveCountAsync(0);
        await Assertions.Expect(firmRow.GetByTestId("incubatee-graduated")).ToContainTextAsync("2022-07-15 被兼并、收购或挂牌上市");
        await Assertions.Expect(page.GetByTestId("threshold-graduates")).ToContainTextAsync(": 1 —");

        // The team exits.
        await teamRow.GetByTestId("incubatee-exit").ClickAsync();
        var exit = page.GetByTestId("exit-dialog");
        await exit.GetByTestId("exit-reason").FillAsync("浏览器测试：团队解散");
        await page.GetByTestId("exit-save").ClickAsync();
        await Assertions.Expect(exit).ToHaveCountAsync(0);
        await Assertions.Expect(teamRow.GetByTestId("incubatee-exited")).ToContainTextAsync("2022-07-15 浏览器测试：团队解散");
        await Assertions.Expect(page.GetByTestId("threshold-incubatees")).ToContainTextAsync(": 0 —");
        await shell.ScreenshotAsync("carrier-incubatees-zh");

        // Listed: the new carrier with no incubatee left and one graduate, found by search and by its level.
        await page.GotoAsync("/innovation/carriers");
        await shell.WaitForCircuitAsync();
        await page.GetByTestId("carriers-search").FillAsync("浏览器测试");
        var listed = page.GetByTestId("carriers-table").Locator("tbody tr").Filter(new() { HasText = Carrier });
        await Assertions.Expect(page.GetByTestId("carriers-table").Locator("tbody tr")).ToHaveCountAsync(1);
        await Assertions.Expect(listed.GetByTestId("carrier-incubatees")).ToHaveTextAsync("0");
        await Assertions.Expect(listed.GetByTestId("carrier-graduates")).ToHaveTextAsync("1");
        await Assertions.Expect(page.GetByTestId("carriers-export")).ToHaveAttributeAsync("href", new System.Text.RegularExpressions.Regex("search=%E6%B5%8F"));

        // A university–enterprise centre: an end before its start is refused under the end, then saved and listed.
        await page.GotoAsync("/innovation/centres");
        await shell.WaitForCircuitAsync();
        await Assertions.Expect(shell.Title).ToHaveTextAsync("校企合作");
        await page.GetByTestId("centres-new").ClickAsync();
        var centre = page.GetByTestId("centre-dialog");
        await centre.GetByTestId("centre-partner").FillAsync("浏览器测试示例大学");
        await centre.GetByTestId("centre-name").FillAsync("浏览器测试联合实验室");
        await centre.GetByTestId("centre-field").FillAsync("仪器仪表");
        await centre.GetByTestId("centre-start").FillAsync("2022-05-01");
        await centre.GetByTestId("centre-end").FillAsync("2022-04-30");
        await page.GetByTestId("centre-save").ClickAsync();
        await Assertions.Expect(centre).ToContainTextAsync("结束日期 2022-04-30 早于开始日期 2022-05-01");
        await centre.GetByTestId("centre-end").FillAsync("2027-04-30");
        await page.GetByTestId("centre-save").ClickAsync();
        await Assertions.Expect(centre).ToHaveCountAsync(0);
        await page.GetByTestId("centres-search").FillAsync("浏览器测试");
        var centres = page.GetByTestId("centres-table").Locator("tbody tr");
        await Assertions.Expect(centres).ToHaveCountAsync(1);
        await Assertions.Expect(centres).ToContainTextAsync("浏览器测试示例大学");
        await Assertions.Expect(centres).ToContainTextAsync("2027-04-30");
        await shell.ScreenshotAsync("centres-zh");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task On_a_phone_in_english_the_centres_and_a_carriers_thresholds_read_without_sideways_scrolling()
    {
        var page = await browser.NewPageAsync(Viewport.Phone, "en");
        var shell = new ShellPage(page);
        await shell.SignInAsync("chengde");
        await page.GotoAsync("/innovation/centres");
        await shell.WaitForCircuitAsync();
        await Assertions.Expect(shell.Title).ToHaveTextAsync("University–enterprise centres");
        // The demo centre by its own name (another test adds a centre in the same field to the shared database).
        await page.GetByTestId("centres-search").FillAsync("仪器仪表校企联合研发中心");
        var rows = page.GetByTestId("centres-table").Locator("tbody tr");
        await Assertions.Expect(rows).ToHaveCountAsync(1);
        await Assertions.Expect(rows).ToContainTextAsync("河北示例大学");
        await Assertions.Expect(rows).ToContainTextAsync("Provincial");
        await WorkflowPages.AssertNoSidewaysScrollAsync(page);
        await shell.ScreenshotAsync("centres-phone-en");

        await page.GotoAsync("/innovation/carriers");
        await shell.WaitForCircuitAsync();
        await page.GetByTestId("carriers-search").FillAsync("科技企业孵化器");
        var carrier = page.GetByTestId("carriers-table").Locator("tbody tr").Filter(new() { HasText = "承德示例科技企业孵化器" });
        await Assertions.Expect(page.GetByTestId("carriers-table").Locator("tbody tr")).ToHaveCountAsync(1);
        await carrier.ClickAsync();
        await Assertions.Expect(shell.Title).ToHaveTextAsync("承德示例科技企业孵化器");
        await Assertions.Expect(page.GetByTestId("threshold-graduates")).ToContainTextAsync("met");
        await page.GetByTestId("move-in-open").ClickAsync();
        await Assertions.Expect(page.GetByTestId("move-in-form")).ToContainTextAsync("Enterprise on file");
        await WorkflowPages.AssertNoSidewaysScrollAsync(page);
        await page.Context.CloseAsync();
    }
}

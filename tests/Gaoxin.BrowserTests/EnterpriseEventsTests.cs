using Microsoft.Playwright;

namespace Gaoxin.BrowserTests;

/// <summary>Issue 6 (listing and financing events): the demo enterprise account records a financing on its file from a phone.</summary>
public sealed class EnterpriseEventsTests(BrowserFixture browser)
{
    [Fact]
    public async Task An_enterprise_records_a_financing_on_its_file_and_sees_it_listed_in_wan_yuan()
    {
        var page = await browser.NewPageAsync(Viewport.Phone, "zh-CN");
        var shell = new ShellPage(page);
        await shell.SignInAsync("chengde-ent");
        await page.GotoAsync("/innovation/mine");
        await shell.WaitForCircuitAsync();
        await Assertions.Expect(shell.Title).ToHaveTextAsync("承德示例精密仪表有限公司");

        // The demo's A round of 2021: 3000万元 from sample investors.
        var panel = page.GetByTestId("events-panel");
        var table = panel.GetByTestId("events-table");
        await Assertions.Expect(table).ToContainTextAsync("A轮");
        await Assertions.Expect(table).ToContainTextAsync("3,000万元");

        await panel.GetByTestId("event-add").ClickAsync();
        var dialog = page.GetByTestId("event-dialog");
        await Assertions.Expect(dialog).ToBeVisibleAsync();
        await page.GetByTestId("event-round").ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = "B轮" }).ClickAsync();
        await page.GetByTestId("event-amount-input").FillAsync("1500");
        await page.GetByTestId("event-investors-input").FillAsync("示例浏览器资本");

        // A date after the business day (2022-07-15): the server's reason, nothing written.
        await page.GetByTestId("event-date-input").FillAsync("2022-07-20");
        await page.GetByTestId("event-save").ClickAsync();
        await Assertions.Expect(page.GetByTestId("event-error")).ToContainTextAsync("晚于今天（2022-07-15）");
        await Assertions.Expect(dialog).ToBeVisibleAsync();

        await page.GetByTestId("event-date-input").FillAsync("2022-07-08");
        await page.GetByTestId("event-save").ClickAsync();
        await Assertions.Expect(dialog).ToHaveCountAsync(0);
        var row = table.Locator("tbody tr").Filter(new() { HasText = "示例浏览器资本" });
        await Assertions.Expect(row).ToHaveCountAsync(1);
        await Assertions.Expect(row).ToContainTextAsync("2022-07-08");
        await Assertions.Expect(row).ToContainTextAsync("B轮");
        await Assertions.Expect(row.GetByTestId("event-amount")).ToContainTextAsync("1,500万元");
        // Newest first: the new round heads the list.
        await Assertions.Expect(table.GetByTestId("event-date").First).ToHaveTextAsync("2022-07-08");
        await WorkflowPages.AssertNoSidewaysScrollAsync(page);
        await shell.ScreenshotAsync("enterprise-events-phone-zh");

        // Corrected to 1.2亿, then deleted after a confirmation.
        await row.GetByTestId("event-edit").ClickAsync();
        await Assertions.Expect(dialog).ToBeVisibleAsync();
        await page.GetByTestId("event-amount-input").FillAsync("12000");
        await page.GetByTestId("event-save").ClickAsync();
        await Assertions.Expect(dialog).ToHaveCountAsync(0);
        await Assertions.Expect(row.GetByTestId("event-amount")).ToContainTextAsync("1.2亿元");
        await row.GetByTestId("event-edit").ClickAsync();
        await page.GetByTestId("event-delete").ClickAsync();
        await Assertions.Expect(page.GetByTestId("event-delete")).ToHaveTextAsync("确认删除");
        await page.GetByTestId("event-delete").ClickAsync();
        await Assertions.Expect(dialog).ToHaveCountAsync(0);
        await Assertions.Expect(row).ToHaveCountAsync(0);
        await Assertions.Expect(table).ToContainTextAsync("3,000万元");
    }

    [Fact]
    public async Task Staff_read_an_enterprises_rounds_in_english_on_a_desktop()
    {
        var page = await browser.NewPageAsync(Viewport.Desktop, "en");
        var shell = new ShellPage(page);
        await shell.SignInAsync("chengde");
        await page.GotoAsync("/innovation/enterprises");
        await shell.WaitForCircuitAsync();
        await page.GetByTestId("enterprises-search").FillAsync("承德示例精密仪表");
        var rows = page.GetByTestId("enterprises-table").Locator("tbody tr");
        await Assertions.Expect(rows).ToHaveCountAsync(1);
        await rows.GetByText("承德示例精密仪表有限公司").ClickAsync();
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath.StartsWith("/innovation/enterprises/", StringComparison.Ordinal));
        await shell.WaitForCircuitAsync();

        var table = page.GetByTestId("events-table");
        await Assertions.Expect(page.GetByTestId("events-panel")).ToContainTextAsync("Listing and financing");
        var a = table.Locator("tbody tr").Filter(new() { HasText = "2021-06-18" });
        await Assertions.Expect(a).ToContainTextAsync("Series A");
        await Assertions.Expect(a.GetByTestId("event-amount")).ToHaveTextAsync("30 m yuan");
        await Assertions.Expect(table.Locator("tbody tr").Filter(new() { HasText = "2020-09-08" }).GetByTestId("event-amount")).ToHaveTextAsync("undisclosed");
        await Assertions.Expect(page.GetByTestId("event-add")).ToBeVisibleAsync();
        await page.GetByTestId("events-panel").ScrollIntoViewIfNeededAsync();
        await shell.ScreenshotAsync("enterprise-events-en");
    }
}

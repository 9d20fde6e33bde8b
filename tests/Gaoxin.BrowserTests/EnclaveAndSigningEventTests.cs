using Microsoft.Playwright;

namespace Gaoxin.BrowserTests;

public sealed class EnclaveAndSigningEventTests(BrowserFixture browser)
{
    [Fact]
    public async Task The_partner_zone_reads_a_shared_project_and_writes_its_own_liaison()
    {
        var page = await browser.NewPageAsync(Viewport.Desktop, "zh-CN");
        var shell = new ShellPage(page);
        await shell.SignInAsync("qingdao");
        await page.GotoAsync("/projects/shared");
        await shell.WaitForCircuitAsync();
        var table = page.GetByTestId("shared-table");
        await Assertions.Expect(table).ToContainTextAsync("XY-FD-001");
        await Assertions.Expect(table.GetByTestId("shared-part")).ToHaveTextAsync("4.8亿元");
        await shell.ScreenshotAsync("enclave-zh");

        await table.GetByRole(AriaRole.Link, new() { Name = "XY-FD-001" }).ClickAsync();
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath.StartsWith("/projects/shared/", StringComparison.Ordinal));
        await shell.WaitForCircuitAsync();
        await Assertions.Expect(page.GetByTestId("shared-readonly")).ToContainTextAsync("咸阳高新技术产业开发区");
        await Assertions.Expect(page.GetByTestId("project-fields")).ToContainTextAsync("12亿元");
        await page.GetByTestId("shared-liaison").FillAsync("青岛高新区招商局 刘科长");
        await page.GetByTestId("shared-save").ClickAsync();
        await Assertions.Expect(page.GetByText("已保存").First).ToBeVisibleAsync();
        await page.ReloadAsync();
        await shell.WaitForCircuitAsync();
        await Assertions.Expect(page.GetByTestId("shared-liaison")).ToHaveValueAsync("青岛高新区招商局 刘科长");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_project_office_creates_a_signing_event_and_it_is_listed()
    {
        var page = await browser.NewPageAsync(Viewport.Desktop, "zh-CN");
        var shell = new ShellPage(page);
        await shell.SignInAsync("liudong");
        await page.GotoAsync("/signings");
        await shell.WaitForCircuitAsync();
        await page.GetByTestId("event-add").ClickAsync();
        await page.GetByTestId("event-name").FillAsync("柳东新区汽车产业链集中签约");
        await page.GetByTestId("event-place").FillAsync("柳州");
        await page.GetByTestId("event-save").ClickAsync();
        await Assertions.Expect(page.GetByTestId("signing-events")).ToContainTextAsync("柳东新区汽车产业链集中签约");
        await page.Context.CloseAsync();
    }
}

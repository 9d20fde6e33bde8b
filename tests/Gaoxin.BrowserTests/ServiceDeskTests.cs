using Microsoft.Playwright;

namespace Gaoxin.BrowserTests;

public sealed class ServiceDeskTests(BrowserFixture browser)
{
    [Fact]
    public async Task An_enterprise_raises_a_service_request_and_staff_assign_answer_and_close_it()
    {
        const string title = "浏览器测试：中试基地对接";
        var own = await browser.NewPageAsync(Viewport.Phone, "zh-CN");
        var enterprise = new ShellPage(own);
        await enterprise.SignInAsync("chengde-ent");
        await own.GotoAsync("/innovation/services");
        await enterprise.WaitForCircuitAsync();
        await Assertions.Expect(own.GetByTestId("page-title")).ToHaveTextAsync("我的服务申请");
        await own.GetByTestId("services-new").ClickAsync();
        await own.GetByTestId("service-title").FillAsync(title);
        await own.GetByTestId("service-detail").FillAsync("需要对接新材料中试基地。");
        await own.GetByTestId("service-submit").ClickAsync();
        await Assertions.Expect(own.GetByTestId("page-title")).ToHaveTextAsync(title);
        await Assertions.Expect(own.GetByTestId("service-status")).ToHaveTextAsync("已提交");
        await own.Context.CloseAsync();

        var page = await browser.NewPageAsync(Viewport.Desktop, "zh-CN");
        var shell = new ShellPage(page);
        await shell.SignInAsync("chengde");
        await page.GotoAsync("/innovation/services");
        await shell.WaitForCircuitAsync();
        await page.GetByTestId("services-search").FillAsync(title);
        var row = page.GetByTestId("services-table").Locator("tbody tr").Filter(new() { HasText = title });
        await Assertions.Expect(row).ToHaveCountAsync(1);
        await Assertions.Expect(row).ToContainTextAsync("承德示例精密仪表有限公司");
        await row.ClickAsync();
        await Assertions.Expect(page.GetByTestId("page-title")).ToHaveTextAsync(title);

        var status = page.GetByTestId("service-status");
        await Assertions.Expect(status).ToHaveTextAsync("已提交");
        await page.GetByTestId("accept-department").ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = "科技局" }).ClickAsync();
        await page.GetByTestId("accept-handler").FillAsync("李工");
        await page.GetByTestId("accept").ClickAsync();
        await Assertions.Expect(status).ToHaveTextAsync("已受理/分派");
        await Assertions.Expect(page.GetByTestId("service-due")).ToHaveTextAsync("2022-07-22");
        await page.GetByTestId("answer-reply").FillAsync("已联系中试基地，下周安排对接。");
        await page.GetByTestId("answer").ClickAsync();
        await Assertions.Expect(status).ToHaveTextAsync("已答复");
        await page.GetByTestId("close").ClickAsync();
        await Assertions.Expect(status).ToHaveTextAsync("已关闭");
        await shell.ScreenshotAsync("service-request-zh");

        await page.GotoAsync("/innovation/services");
        await shell.WaitForCircuitAsync();
        await page.GetByTestId("services-search").FillAsync(title);
        var listed = page.GetByTestId("services-table").Locator("tbody tr").Filter(new() { HasText = title });
        await Assertions.Expect(listed.GetByTestId("service-status")).ToHaveTextAsync("已关闭");
        await page.Context.CloseAsync();
    }
}

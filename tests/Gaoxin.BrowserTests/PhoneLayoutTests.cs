using Microsoft.Playwright;

namespace Gaoxin.BrowserTests;

public sealed class PhoneLayoutTests(BrowserFixture browser)
{
    [Fact]
    public async Task The_problem_meeting_and_signing_pages_fit_a_phone_without_scrolling_sideways()
    {
        var page = await browser.NewPageAsync(Viewport.Phone, "zh-CN");
        var shell = new ShellPage(page);
        await shell.SignInAsync("chengde");
        foreach (var (path, title) in new[] { ("/problems", "问题清单"), ("/meetings", "双周调度会"), ("/signings", "招商签约"), ("/weekly", "周进度填报") })
        {
            await page.GotoAsync(path);
            await shell.WaitForCircuitAsync();
            await Assertions.Expect(shell.Title).ToHaveTextAsync(title);
            await Assertions.Expect(page.GetByTestId("loading")).ToHaveCountAsync(0);
            await WorkflowPages.AssertNoSidewaysScrollAsync(page);
        }

        await WorkflowPages.OpenProjectAsync(shell, "CD2022-077");
        await Assertions.Expect(page.GetByTestId("three-lists")).ToBeVisibleAsync();
        await WorkflowPages.AssertNoSidewaysScrollAsync(page);
        await page.Context.CloseAsync();
    }
}

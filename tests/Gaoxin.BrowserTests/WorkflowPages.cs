using Microsoft.Playwright;

namespace Gaoxin.BrowserTests;

/// <summary>Steps the workflow tests share: open a demo project from the ledger, check a phone page does not scroll sideways.</summary>
public static class WorkflowPages
{
    /// <summary>A 1×1 PNG: a real image, as the server checks photos by their first bytes.</summary>
    public static readonly byte[] Png = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");

    public static async Task OpenProjectAsync(ShellPage shell, string code)
    {
        var page = shell.Page;
        await page.GotoAsync("/projects");
        await shell.WaitForCircuitAsync();
        await page.GetByTestId("projects-search").FillAsync(code);
        var rows = page.GetByTestId("projects-table").Locator("tbody tr");
        await Assertions.Expect(rows).ToHaveCountAsync(1); // the search has applied: the row will not move under the tap
        await rows.GetByText(code).ClickAsync();
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath.StartsWith("/projects/", StringComparison.Ordinal));
        await shell.WaitForCircuitAsync();
        await Assertions.Expect(page.GetByTestId("project-fields")).ToContainTextAsync(code);
    }

    public static async Task AssertNoSidewaysScrollAsync(IPage page)
    {
        var (scroll, width) = (await page.EvaluateAsync<int>("document.documentElement.scrollWidth"), await page.EvaluateAsync<int>("window.innerWidth"));
        Assert.True(scroll <= width, $"The page scrolls sideways on a phone: {scroll}px of content in {width}px.");
    }

    /// <summary>Types a project's code into a project picker and takes the matching suggestion.</summary>
    public static async Task PickProjectAsync(IPage page, string testId, string code)
    {
        await page.GetByTestId(testId).ClickAsync();
        await page.GetByTestId(testId).FillAsync(code);
        await page.Locator(".mud-popover-open .mud-list-item").Filter(new() { HasText = code }).First.ClickAsync();
        await Assertions.Expect(page.GetByTestId(testId)).ToHaveValueAsync(new System.Text.RegularExpressions.Regex("^" + code + " "));
    }
}

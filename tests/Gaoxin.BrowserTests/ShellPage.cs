using Microsoft.Playwright;

namespace Gaoxin.BrowserTests;

/// <summary>Page object for the login page and the shell around every page.</summary>
public sealed class ShellPage(IPage page)
{
    public IPage Page => page;

    public async Task SignInAsync(string userName, string password = "Gaoxin@2022")
    {
        await page.GotoAsync("/login");
        await page.GetByTestId("login-user").FillAsync(userName);
        await page.GetByTestId("login-password").FillAsync(password);
        await page.GetByTestId("login-submit").ClickAsync();
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/");
        await WaitForCircuitAsync();
    }

    /// <summary>Waits until the interactive circuit is live (the layout marks the document).</summary>
    public Task WaitForCircuitAsync() => page.Locator("html[data-gx-ready='1']").WaitForAsync(new() { State = WaitForSelectorState.Attached });

    public async Task SwitchLanguageAsync(string testId)
    {
        var expected = testId == "lang-en" ? "en" : "zh-CN";
        await page.GetByTestId("lang-menu").Locator("button").First.ClickAsync();
        await page.GetByTestId(testId).ClickAsync();
        // The switch reloads the page at the same address: wait for the new document, then for its circuit.
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", expected);
        await WaitForCircuitAsync();
    }

    public Task<string?> LanguageAsync() => page.Locator("html").GetAttributeAsync("lang");

    public ILocator Title => page.GetByTestId("page-title");

    public ILocator Drawer => page.GetByTestId("drawer");

    public async Task OpenNavigationIfCollapsedAsync()
    {
        if (await Drawer.GetAttributeAsync("data-open") != "true")
        {
            await page.GetByTestId("nav-toggle").ClickAsync();
            await Assertions.Expect(Drawer).ToHaveAttributeAsync("data-open", "true");
        }

        await Assertions.Expect(page.GetByTestId("nav-home")).ToBeInViewportAsync();
    }

    /// <summary>On a phone the open navigation covers the page; a tap beside it folds it away.</summary>
    public async Task CloseNavigationOnPhoneAsync()
    {
        var size = page.ViewportSize!;
        await page.Mouse.ClickAsync(size.Width - 20, size.Height / 2);
        await Assertions.Expect(Drawer).ToHaveAttributeAsync("data-open", "false");
    }

    public async Task ScreenshotAsync(string name)
    {
        var folder = Path.Combine(RepoRoot(), "docs", "images");
        Directory.CreateDirectory(folder);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, name + ".png"), FullPage = false, Animations = ScreenshotAnimations.Disabled });
    }

    private static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Gaoxin.slnx")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? Path.GetTempPath();
    }
}

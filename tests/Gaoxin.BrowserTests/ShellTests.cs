using Microsoft.Playwright;

namespace Gaoxin.BrowserTests;

public sealed class ShellTests(BrowserFixture browser)
{
    public static TheoryData<Viewport> Viewports => [Viewport.Desktop, Viewport.Phone];

    [Theory, MemberData(nameof(Viewports))]
    public async Task Chengde_signs_in_switches_language_and_sees_the_shell_in_both(Viewport viewport)
    {
        var page = await browser.NewPageAsync(viewport, "zh-CN");
        var shell = new ShellPage(page);

        await page.GotoAsync("/login");
        Assert.Equal("zh-CN", await shell.LanguageAsync());
        await Assertions.Expect(page.GetByTestId("demo-accounts")).ToBeVisibleAsync();
        if (viewport == Viewport.Desktop)
        {
            await shell.ScreenshotAsync("login-zh");
        }

        await shell.SignInAsync("chengde");
        // A phone starts with the navigation folded away, a desktop with it open.
        await Assertions.Expect(shell.Drawer).ToHaveAttributeAsync("data-open", viewport.IsPhone ? "false" : "true");
        await Assertions.Expect(shell.Title).ToHaveTextAsync("工作台");
        await Assertions.Expect(page.GetByTestId("app-name")).ToHaveTextAsync("高新");
        await Assertions.Expect(page.GetByTestId("zone-card")).ToContainTextAsync("承德高新技术产业开发区");
        await Assertions.Expect(page.GetByTestId("activity-chart").Locator("svg")).ToHaveCountAsync(1);
        await shell.OpenNavigationIfCollapsedAsync();
        await Assertions.Expect(page.GetByTestId("nav-admin-users")).ToContainTextAsync("用户与角色");
        if (viewport == Viewport.Phone)
        {
            await shell.ScreenshotAsync("nav-phone-zh");
            await shell.CloseNavigationOnPhoneAsync();
            await shell.ScreenshotAsync("home-phone-zh");
        }

        await shell.SwitchLanguageAsync("lang-en");
        Assert.Equal("en", await shell.LanguageAsync());
        await Assertions.Expect(shell.Title).ToHaveTextAsync("Workbench");
        await Assertions.Expect(page.GetByTestId("zone-card")).ToContainTextAsync("Chengde High-tech Industrial Development Zone");
        await shell.OpenNavigationIfCollapsedAsync();
        await Assertions.Expect(page.GetByTestId("nav-admin-users")).ToContainTextAsync("Users and roles");
        if (viewport == Viewport.Phone)
        {
            await shell.CloseNavigationOnPhoneAsync();
        }

        if (viewport == Viewport.Desktop)
        {
            await shell.ScreenshotAsync("home-en");
        }

        // The choice is remembered: a new visit stays in English although the browser asks for Chinese.
        await page.GotoAsync("/admin/zones");
        await shell.WaitForCircuitAsync();
        Assert.Equal("en", await shell.LanguageAsync());
        await Assertions.Expect(shell.Title).ToHaveTextAsync("Zones");

        await shell.SwitchLanguageAsync("lang-zh");
        Assert.Equal("zh-CN", await shell.LanguageAsync());
        await Assertions.Expect(shell.Title).ToHaveTextAsync("园区管理");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_wrong_password_shows_a_clear_message_on_the_login_page()
    {
        var page = await browser.NewPageAsync(Viewport.Desktop, "en-US");
        await page.GotoAsync("/login");
        await page.GetByTestId("login-user").FillAsync("chengde");
        await page.GetByTestId("login-password").FillAsync("not-the-password");
        await page.GetByTestId("login-submit").ClickAsync();

        await Assertions.Expect(page.GetByTestId("login-error")).ToContainTextAsync("user name or the password is wrong");
        Assert.Equal("/login", new Uri(page.Url).AbsolutePath);
        await Assertions.Expect(page.GetByTestId("login-user")).ToHaveValueAsync("chengde");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_supervisor_switches_zone_and_the_workbench_follows()
    {
        var page = await browser.NewPageAsync(Viewport.Desktop, "zh-CN");
        var shell = new ShellPage(page);
        await shell.SignInAsync("supervisor");

        await page.GetByTestId("zone-current").Locator("button").First.ClickAsync();
        await page.GetByTestId("zone-option-qingdao").ClickAsync();
        // The switch reloads the workbench at the same address: wait for the new document (it names Qingdao), then for
        // its own circuit; the old document's circuit mark says nothing about the new one.
        await Assertions.Expect(page.GetByTestId("zone-card")).ToContainTextAsync("青岛高新技术产业开发区");
        Assert.Equal("/", new Uri(page.Url).AbsolutePath);
        await shell.WaitForCircuitAsync();
        await Assertions.Expect(page.GetByTestId("zone-current")).ToContainTextAsync("青岛");

        await page.GetByTestId("user-menu").Locator("button").First.ClickAsync();
        await page.GetByTestId("logout").ClickAsync();
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/login");
        await page.GotoAsync("/admin/audit");
        Assert.Equal("/login", new Uri(page.Url).AbsolutePath);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Every_page_in_the_navigation_opens_without_an_error_for_the_platform_admin()
    {
        var page = await browser.NewPageAsync(Viewport.Desktop, "zh-CN");
        var errors = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                errors.Add(message.Text);
            }
        };
        var shell = new ShellPage(page);
        await shell.SignInAsync("admin");

        var links = await page.GetByTestId("nav").Locator("a[href]").EvaluateAllAsync<string[]>("els => els.map(e => e.getAttribute('href'))");
        Assert.True(links.Length >= 4, string.Join(", ", links));
        foreach (var href in links)
        {
            await page.GotoAsync("/" + href.TrimStart('/'));
            await shell.WaitForCircuitAsync();
            await Assertions.Expect(shell.Title).ToBeVisibleAsync();
            Assert.Equal(0, await page.GetByTestId("page-error").CountAsync());
            Assert.Equal(0, await page.GetByTestId("load-error").CountAsync());
            await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
            await shell.ScreenshotAsync("page-" + (href.Trim('/').Length == 0 ? "home" : href.Trim('/').Replace('/', '-')));
        }

        Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors));
        await page.Context.CloseAsync();
    }
}

public sealed class ApiDocsTests(BrowserFixture browser)
{
    [Fact]
    public async Task The_api_reference_opens_at_api_docs_and_lists_the_routes()
    {
        var page = await browser.NewPageAsync(Viewport.Desktop, "en-US");
        await page.GotoAsync("/api/docs");
        // Scalar is a large script: on a busy machine it takes a while to draw the reference.
        await Assertions.Expect(page.GetByText("Lists the zones the caller may see").First).ToBeVisibleAsync(new() { Timeout = 60_000 });
        await Assertions.Expect(page.GetByText("Gaoxin API").First).ToBeVisibleAsync(new() { Timeout = 30_000 });
        await page.Context.CloseAsync();
    }
}

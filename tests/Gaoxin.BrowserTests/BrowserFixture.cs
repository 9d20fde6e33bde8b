using Gaoxin.Hosting;
using Gaoxin.Hosting.Cli;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

[assembly: AssemblyFixture(typeof(Gaoxin.BrowserTests.BrowserFixture))]

namespace Gaoxin.BrowserTests;

/// <summary>
/// The real application on Kestrel (a free port on 127.0.0.1, embedded database, demo mode) and Debian's Chromium
/// driven by Playwright. Where Chromium is absent the tests skip and say why.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private WebApplication? _app;
    private IPlaywright? _playwright;
    private string? _database;

    public IBrowser? Browser { get; private set; }
    public string BaseUrl { get; private set; } = string.Empty;
    public string? SkipReason { get; private set; }

    public async ValueTask InitializeAsync()
    {
        var executable = Environment.GetEnvironmentVariable("GAOXIN_CHROMIUM") ?? ChromiumPath;
        if (!File.Exists(executable))
        {
            SkipReason = $"Chromium not found at {executable}: install Debian's 'chromium' (apt-get install chromium) or set GAOXIN_CHROMIUM. .ci/run installs it.";
            return;
        }

        Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "gaoxin-tests"));
        _database = Path.Combine(Path.GetTempPath(), "gaoxin-tests", $"browser-{Guid.NewGuid():N}.db");
        var builder = GaoxinApp.CreateBuilder([
            "--urls=http://127.0.0.1:0", $"--ConnectionStrings:Gaoxin=Data Source={_database}", "--Demo:Enabled=true",
            "--Logging:LogLevel:Default=Warning"]);
        _app = GaoxinApp.Build(builder);
        await GaoxinCli.PrepareDatabaseAsync(_app.Services);
        await _app.StartAsync();
        BaseUrl = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();

        // Machines here are shared and busy: give pages time rather than fail on a slow moment.
        Assertions.SetDefaultExpectTimeout(20_000);
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = executable,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
    }

    public async ValueTask DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }

        _playwright?.Dispose();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (_database is not null)
        {
            foreach (var f in new[] { _database, _database + "-wal", _database + "-shm" })
            {
                File.Delete(f);
            }
        }
    }

    /// <summary>A fresh browser context (own cookies) with the given viewport and browser language.</summary>
    public async Task<IPage> NewPageAsync(Viewport viewport, string locale)
    {
        Assert.SkipWhen(SkipReason is not null, SkipReason ?? string.Empty);
        var context = await Browser!.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseUrl,
            Locale = locale,
            ViewportSize = new ViewportSize { Width = viewport.Width, Height = viewport.Height },
            IsMobile = viewport.IsPhone,
            HasTouch = viewport.IsPhone,
        });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(30_000);
        // A page load waits for every script and style; on a shared two-core machine under the whole suite that can
        // take longer than an assertion should wait.
        page.SetDefaultNavigationTimeout(90_000);
        return page;
    }
}

public sealed record Viewport(string Name, int Width, int Height, bool IsPhone)
{
    public static readonly Viewport Desktop = new("desktop", 1366, 900, false);
    public static readonly Viewport Phone = new("phone", 390, 844, true);

    public override string ToString() => Name;
}

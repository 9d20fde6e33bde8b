using System.Net.Http.Headers;
using System.Net.Http.Json;
using Gaoxin.Hosting;
using Gaoxin.Hosting.Cli;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Gaoxin.Tests.Infrastructure;

/// <summary>
/// The real application on a fresh database built by the real migrations, reached through HTTP (TestServer).
/// Demo mode seeds the five zones and their accounts.
/// </summary>
public sealed class TestApp : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly Func<Task> _cleanup;

    private TestApp(WebApplication app, string provider, string connection, Func<Task> cleanup)
    {
        _app = app;
        Provider = provider;
        ConnectionString = connection;
        _cleanup = cleanup;
        Client = English(app.GetTestClient());
    }

    /// <summary>API clients ask for English unless a test says otherwise (the default language is zh-CN).</summary>
    private static HttpClient English(HttpClient client)
    {
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");
        return client;
    }

    public string Provider { get; }
    public string ConnectionString { get; }
    public HttpClient Client { get; }
    public IServiceProvider Services => _app.Services;

    public static async Task<TestApp> StartAsync(string provider, IDictionary<string, string?>? settings = null, Action<IServiceCollection>? services = null)
    {
        // The common case (demo mode, default settings) starts from a copy of a database migrated and seeded once per
        // run: the same state a fresh start gives, without migrating and seeding the demo for every test.
        var (connection, cleanup) = settings is null && services is null ? await CopyOfTemplateAsync(provider) : await CreateDatabaseAsync(provider);
        return await StartWithAsync(provider, connection, cleanup, settings, services);
    }

    private static readonly SemaphoreSlim TemplateLock = new(1, 1);
    private static readonly Dictionary<string, string> Templates = [];

    private static async Task<(string Connection, Func<Task> Cleanup)> CopyOfTemplateAsync(string provider)
    {
        await TemplateLock.WaitAsync();
        try
        {
            if (!Templates.TryGetValue(provider, out var template))
            {
                var (connection, _) = await CreateDatabaseAsync(provider);
                await using (var app = await StartWithAsync(provider, connection, () => Task.CompletedTask, null, null))
                {
                }

                SqliteConnection.ClearAllPools();
                NpgsqlConnection.ClearAllPools();
                template = provider == Providers.Sqlite ? new SqliteConnectionStringBuilder(connection).DataSource : new NpgsqlConnectionStringBuilder(connection).Database!;
                Templates[provider] = template;
                var remove = template;
                AppDomain.CurrentDomain.ProcessExit += (_, _) => DropTemplate(provider, remove);
            }

            if (provider == Providers.Sqlite)
            {
                var (connection, cleanup) = await CreateDatabaseAsync(provider);
                var copy = new SqliteConnectionStringBuilder(connection).DataSource;
                File.Copy(template, copy, overwrite: true);
                if (File.Exists(template + "-wal"))
                {
                    File.Copy(template + "-wal", copy + "-wal", overwrite: true);
                }
                return (connection, cleanup);
            }

            return await CreatePostgresAsync(template);
        }
        finally
        {
            TemplateLock.Release();
        }
    }

    /// <summary>A second application on the database of <paramref name="first"/> (e.g. restarted with other settings).</summary>
    public static Task<TestApp> StartOnAsync(TestApp first, IDictionary<string, string?>? settings = null)
        => StartWithAsync(first.Provider, first.ConnectionString, () => Task.CompletedTask, settings, null);

    /// <summary>An application whose database is neither created nor migrated (for failure cases).</summary>
    public static Task<TestApp> StartUnpreparedAsync(IDictionary<string, string?> settings)
        => StartWithAsync(Providers.Sqlite, settings["ConnectionStrings:Gaoxin"]!, () => Task.CompletedTask, settings, null, prepare: false);

    private static async Task<TestApp> StartWithAsync(string provider, string connection, Func<Task> cleanup, IDictionary<string, string?>? settings,
        Action<IServiceCollection>? services, bool prepare = true)
    {
        var config = new Dictionary<string, string?>
        {
            ["Database:Provider"] = provider,
            ["ConnectionStrings:Gaoxin"] = connection,
            ["Demo:Enabled"] = "true",
            ["Logging:LogLevel:Default"] = "Critical",
            ["Logging:LogLevel:Microsoft.EntityFrameworkCore"] = "Warning",
        };
        foreach (var (k, v) in settings ?? new Dictionary<string, string?>())
        {
            config[k] = v;
        }

        var builder = GaoxinApp.CreateBuilder(config.Select(kv => $"--{kv.Key}={kv.Value}").ToArray());
        builder.WebHost.UseTestServer();
        services?.Invoke(builder.Services);
        var app = GaoxinApp.Build(builder);
        if (prepare)
        {
            await GaoxinCli.PrepareDatabaseAsync(app.Services);
        }

        await app.StartAsync();
        return new TestApp(app, provider, connection, cleanup);
    }

    private static void DropTemplate(string provider, string template)
    {
        try
        {
            if (provider == Providers.Sqlite)
            {
                File.Delete(template);
                File.Delete(template + "-wal");
                File.Delete(template + "-shm");
                return;
            }

            using var c = new NpgsqlConnection(Providers.PostgresConnection);
            c.Open();
            using var cmd = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{template}\" WITH (FORCE)", c);
            cmd.ExecuteNonQuery();
        }
        catch (Exception e) when (e is IOException or NpgsqlException or UnauthorizedAccessException)
        {
            // Left for the next clean-up of the temp folder or the throwaway CI database.
        }
    }

    public static async Task<(string Connection, Func<Task> Cleanup)> CreateDatabaseAsync(string provider)
    {
        if (provider == Providers.Sqlite)
        {
            var folder = Path.Combine(Path.GetTempPath(), "gaoxin-tests");
            Directory.CreateDirectory(folder);
            var path = Path.Combine(folder, $"{Guid.NewGuid():N}.db");
            return ($"Data Source={path};Pooling=False", () =>
            {
                foreach (var f in new[] { path, path + "-wal", path + "-shm" })
                {
                    File.Delete(f);
                }

                return Task.CompletedTask;
            });
        }

        return await CreatePostgresAsync(null);
    }

    /// <summary>A new PostgreSQL database, empty or copied from <paramref name="template"/>, and how to drop it.</summary>
    private static async Task<(string Connection, Func<Task> Cleanup)> CreatePostgresAsync(string? template)
    {
        var admin = Providers.PostgresConnection ?? throw new InvalidOperationException("GAOXIN_TEST_POSTGRES is not set.");
        var name = $"gaoxin_test_{Guid.NewGuid():N}";
        await using (var c = new NpgsqlConnection(admin))
        {
            await c.OpenAsync();
            await using var cmd = new NpgsqlCommand($"CREATE DATABASE \"{name}\"" + (template is null ? "" : $" TEMPLATE \"{template}\""), c);
            await cmd.ExecuteNonQueryAsync();
        }

        var cs = new NpgsqlConnectionStringBuilder(admin) { Database = name, Pooling = false }.ConnectionString;
        return (cs, async () =>
        {
            await using var c = new NpgsqlConnection(admin);
            await c.OpenAsync();
            await using var cmd = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", c);
            await cmd.ExecuteNonQueryAsync();
        });
    }

    /// <summary>A client that carries a bearer token for the given account.</summary>
    public async Task<HttpClient> ClientForAsync(string userName, string password = "Gaoxin@2022")
    {
        var token = await TokenAsync(userName, password);
        var client = English(_app.GetTestClient());
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    public async Task<string> TokenAsync(string userName, string password = "Gaoxin@2022")
    {
        var response = await Client.PostAsJsonAsync("/api/v1/auth/token", new { userName, password });
        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadFromJsonAsync<TokenBody>();
        return body!.AccessToken;
    }

    /// <summary>A client that signs in through the login form and keeps the cookie, as a browser does.</summary>
    public async Task<HttpClient> BrowserAsync(string userName, string password = "Gaoxin@2022", string? language = null)
    {
        var client = new HttpClient(new CookieHandler { InnerHandler = _app.GetTestServer().CreateHandler() }) { BaseAddress = new Uri("http://localhost") };
        if (language is not null)
        {
            client.DefaultRequestHeaders.AcceptLanguage.ParseAdd(language);
        }

        var login = await client.GetStringAsync("/login");
        var token = System.Text.RegularExpressions.Regex.Match(login, "name=\"__RequestVerificationToken\" value=\"([^\"]+)\"").Groups[1].Value;
        var response = await client.PostAsync("/account/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["userName"] = userName, ["password"] = password, ["returnUrl"] = "/", ["__RequestVerificationToken"] = token,
        }));
        if (response.StatusCode != System.Net.HttpStatusCode.Redirect || response.Headers.Location?.OriginalString != "/")
        {
            throw new InvalidOperationException($"Sign-in of {userName} failed: {(int)response.StatusCode} {response.Headers.Location}");
        }

        return client;
    }

    public T Service<T>() where T : notnull => _app.Services.GetRequiredService<T>();

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        NpgsqlConnection.ClearAllPools();
        await _cleanup();
    }

    private sealed record TokenBody(string AccessToken, DateTimeOffset ExpiresAt);
}

/// <summary>Keeps cookies between requests and does not follow redirects, so tests can see them.</summary>
public sealed class CookieHandler : DelegatingHandler
{
    private readonly System.Net.CookieContainer _cookies = new();

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var uri = request.RequestUri!;
        var header = _cookies.GetCookieHeader(uri);
        if (!string.IsNullOrEmpty(header))
        {
            request.Headers.Add("Cookie", header);
        }

        var response = await base.SendAsync(request, cancellationToken);
        if (response.Headers.TryGetValues("Set-Cookie", out var values))
        {
            foreach (var v in values)
            {
                _cookies.SetCookies(uri, v);
            }
        }

        return response;
    }
}

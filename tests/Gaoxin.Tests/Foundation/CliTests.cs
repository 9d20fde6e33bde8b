using System.Net;
using System.Net.Http.Json;
using Gaoxin.Hosting.Cli;
using Gaoxin.Tests.Infrastructure;

namespace Gaoxin.Tests.Foundation;

[Collection(nameof(ConsoleCollection))]
public sealed class CliTests
{
    [Fact]
    public async Task Help_lists_every_verb()
    {
        var output = await CaptureAsync(() => GaoxinCli.RunAsync(["--help"]));
        Assert.Equal(0, output.Exit);
        foreach (var verb in new[] { "serve", "migrate", "seed-demo", "users add", "users list", "users reset-password" })
        {
            Assert.Contains(verb, output.Text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task An_unknown_verb_says_so_and_fails()
    {
        var output = await CaptureAsync(() => GaoxinCli.RunAsync(["frobnicate"]));
        Assert.NotEqual(0, output.Exit);
        Assert.Contains("unknown verb 'frobnicate'", output.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_database_folder_that_cannot_be_written_stops_the_start_with_a_message_not_a_stack_trace()
    {
        // A folder below a regular file can never be created, whoever runs the test (root ignores permissions).
        var file = Path.Combine(Path.GetTempPath(), "gaoxin-tests", $"plain-file-{Guid.NewGuid():N}");
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        await File.WriteAllTextAsync(file, "not a folder");
        try
        {
            var output = await CaptureAsync(() => GaoxinCli.RunAsync(["migrate", $"--ConnectionStrings:Gaoxin=Data Source={file}/data/gaoxin.db"]));
            Assert.Equal(2, output.Exit);
            Assert.Contains("cannot be written", output.Error, StringComparison.Ordinal);
            Assert.DoesNotContain("   at ", output.Error, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task An_unknown_database_provider_is_named_with_the_choices()
    {
        var output = await CaptureAsync(() => GaoxinCli.RunAsync(["migrate", "--Database:Provider=oracle"]));
        Assert.Equal(2, output.Exit);
        Assert.Contains("'oracle'; expected 'sqlite' or 'postgres'", output.Error, StringComparison.Ordinal);
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Outside_demo_mode_the_first_admin_is_made_with_users_add(string provider)
    {
        var (connection, cleanup) = await TestApp.CreateDatabaseAsync(provider);
        try
        {
            string[] config = [$"--Database:Provider={provider}", $"--ConnectionStrings:Gaoxin={connection}", "--Demo:Enabled=false"];
            Assert.Equal(0, (await CaptureAsync(() => GaoxinCli.RunAsync(["migrate", .. config]))).Exit);
            var add = await CaptureAsync(() => GaoxinCli.RunAsync(["users", "add", "--user", "root", "--password", "Root@2026x", "--role", "PlatformAdmin", .. config]));
            Assert.True(add.Exit == 0, add.Error);
            var weak = await CaptureAsync(() => GaoxinCli.RunAsync(["users", "add", "--user", "weak", "--password", "short", "--role", "PlatformAdmin", .. config]));
            Assert.NotEqual(0, weak.Exit);
            Assert.Contains("at least 8", weak.Error, StringComparison.Ordinal);
            Assert.Equal(0, (await CaptureAsync(() => GaoxinCli.RunAsync(["seed-demo", .. config]))).Exit);
            var staff = await CaptureAsync(() => GaoxinCli.RunAsync(["users", "add", "--user", "zhang.san", "--password", "Zhang@2026x", "--role", "Staff", "--zone", "chengde", "--department", "项目办", .. config]));
            Assert.True(staff.Exit == 0, staff.Error);
            var nowhere = await CaptureAsync(() => GaoxinCli.RunAsync(["users", "add", "--user", "nobody", "--password", "Zhang@2026x", "--role", "Staff", "--zone", "chengde", "--department", "不存在的部门", .. config]));
            Assert.Contains("has no department", nowhere.Error, StringComparison.Ordinal);
            var list = await CaptureAsync(() => GaoxinCli.RunAsync(["users", "list", "--zone", "chengde", .. config]));
            Assert.Contains("zhang.san", list.Text, StringComparison.Ordinal);
            Assert.Contains("Staff", list.Text, StringComparison.Ordinal);
            Assert.DoesNotContain("root", list.Text, StringComparison.Ordinal);

            await using var app = await TestApp.StartUnpreparedAsync(new Dictionary<string, string?>
            {
                ["Database:Provider"] = provider, ["ConnectionStrings:Gaoxin"] = connection, ["Demo:Enabled"] = "false",
            });
            Assert.Equal(HttpStatusCode.OK, (await app.Client.PostAsJsonAsync("/api/v1/auth/token", new { userName = "root", password = "Root@2026x" })).StatusCode);
            // seed-demo made the demo accounts, but outside demo mode they cannot sign in.
            Assert.Equal(HttpStatusCode.Forbidden, (await app.Client.PostAsJsonAsync("/api/v1/auth/token", new { userName = "admin", password = "Gaoxin@2022" })).StatusCode);

            var reset = await CaptureAsync(() => GaoxinCli.RunAsync(["users", "reset-password", "--user", "root", "--password", "Root@2027y", .. config]));
            Assert.True(reset.Exit == 0, reset.Error);
            Assert.Equal(HttpStatusCode.OK, (await app.Client.PostAsJsonAsync("/api/v1/auth/token", new { userName = "root", password = "Root@2027y" })).StatusCode);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Npgsql.NpgsqlConnection.ClearAllPools();
            await cleanup();
        }
    }

    internal static async Task<(int Exit, string Text, string Error)> CaptureAsync(Func<Task<int>> run)
    {
        var (stdout, stderr) = (Console.Out, Console.Error);
        using var o = new StringWriter();
        using var e = new StringWriter();
        Console.SetOut(o);
        Console.SetError(e);
        try
        {
            var exit = await run();
            return (exit, o.ToString(), e.ToString());
        }
        finally
        {
            Console.SetOut(stdout);
            Console.SetError(stderr);
        }
    }
}

[CollectionDefinition(nameof(ConsoleCollection), DisableParallelization = true)]
public sealed class ConsoleCollection;

using Gaoxin.Data;
using Gaoxin.Data.Demo;
using Gaoxin.Hosting.Auth;
using Gaoxin.Modules.Accounts.Domain;
using Gaoxin.Modules.Accounts.Features;
using Gaoxin.Modules.Zones.Features;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Gaoxin.Hosting.Cli;

/// <summary>
/// <c>gaoxin [verb]</c>: serve (default), migrate, seed-demo, users. Configuration keys
/// (<c>--Database:Provider=postgres</c>, <c>--urls=…</c>) may follow any verb.
/// </summary>
public static class GaoxinCli
{
    public const string Help = """
        gaoxin — the operating platform of a high-tech zone

        Usage: gaoxin [verb] [options] [--Key=Value …]

        Verbs:
          serve                    start the web application and API (the default) on http://localhost:5000
          migrate                  create or upgrade the database, then exit
          seed-demo                add the five demo zones and demo accounts (password Gaoxin@2022)
          users add                add an account:  --user NAME --password PW --role ROLE [--zone CODE] [--department NAME]
                                   [--name DISPLAY] [--supervises a,b]
          users list               list accounts
          users reset-password     set a new password:  --user NAME --password PW
          import projects FILE.xlsx --zone CODE
                                   import the project ledger (template: /export/templates/ledger.xlsx); any bad row:
                                   nothing is written and every problem is listed (exit 2)
          export projects --zone CODE [--year YYYY] -o FILE.xlsx
                                   export the zone's project ledger in the template's columns
          rules test DIR           run the YAML test cases beside every policy in DIR (exit 1 if any fails)
          rules eval --policy ID|FILE --period YYYY --input FILE.csv|-
                                   evaluate a policy for every row of a CSV (id + one column per input; empty = missing)
                                   and print CSV: id,eligible,amount,explanation
          schedule FILE.json|-     compute a schedule (critical path on the PRC working calendar) and print it as JSON
          index FILE.json|-        compute a composite index (scores, ranks, Monte Carlo rank intervals) and print it as JSON
          --help                   this text

        Roles: PlatformAdmin, ZoneAdmin, Leader, Staff, ProjectOfficer, Enterprise, Supervisor

        Configuration (appsettings.json, environment GAOXIN_Database__Provider=… or Database__Provider=…, or --Key=Value):
          Database:Provider        sqlite (default) | postgres
          ConnectionStrings:Gaoxin default: Data Source=data/gaoxin.db (under the working directory)
          Demo:Enabled             default: true with SQLite, false with PostgreSQL
          urls                     default: http://localhost:5000
        """;

    public static async Task<int> RunAsync(string[] args)
    {
        // "-" alone is a file name (standard input), not an option.
        var verbs = args.TakeWhile(a => !a.StartsWith('-') || a == "-").ToArray();
        var rest = args.Skip(verbs.Length).ToArray();
        if (args.Any(a => a is "--help" or "-h" or "help"))
        {
            Console.WriteLine(Help);
            return 0;
        }

        try
        {
            return verbs switch
            {
                [] or ["serve"] => await ServeAsync(rest),
                ["migrate"] => await WithServicesAsync(rest, MigrateAsync),
                ["seed-demo"] => await WithServicesAsync(rest, SeedDemoAsync),
                ["users", "add"] => await WithServicesAsync(rest, (sp, opts) => UsersAddAsync(sp, opts)),
                ["users", "list"] => await WithServicesAsync(rest, UsersListAsync),
                ["users", "reset-password"] => await WithServicesAsync(rest, UsersResetAsync),
                ["import", "projects", var file] => await WithServicesAsync(rest, (sp, opts) => LedgerVerbs.ImportAsync(sp, opts, file, Console.Out, Console.Error)),
                ["export", "projects"] => await WithServicesAsync(rest, (sp, opts) => LedgerVerbs.ExportAsync(sp, opts, Console.Out)),
                ["rules", "test", var dir] => Gaoxin.Engines.Rules.Cli.RulesCommands.Test(dir, Console.Out, Console.Error),
                ["rules", "eval"] => RulesEval(Options.Parse(rest)),
                ["schedule", ..] => await ScheduleVerb.RunAsync([.. verbs.Skip(1), .. rest], Console.In, Console.Out, Console.Error),
                ["index", ..] => await Modules.Evaluation.Features.Index.IndexVerb.RunAsync([.. verbs.Skip(1), .. rest], Console.In, Console.Out, Console.Error),
                _ => Unknown(verbs),
            };
        }
        catch (StartupException e)
        {
            await Console.Error.WriteLineAsync($"gaoxin: {e.Message}");
            return 2;
        }
        catch (DomainException e)
        {
            await Console.Error.WriteLineAsync($"gaoxin: {e.Message}");
            return 1;
        }
    }

    private static int RulesEval(Options options)
    {
        var input = options.Required("input");
        if (!int.TryParse(options.Required("period"), System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var period))
        {
            throw new DomainException($"--period {options.Get("period")} is not a year.");
        }

        if (input != "-" && !File.Exists(input))
        {
            throw new DomainException($"No file {input}.");
        }

        using var reader = input == "-" ? Console.In : new StreamReader(input);
        return Gaoxin.Engines.Rules.Cli.RulesCommands.Eval(options.Required("policy"), period, reader, Console.Out, Console.Error);
    }

    private static int Unknown(string[] verbs)
    {
        Console.Error.WriteLine($"gaoxin: unknown verb '{string.Join(' ', verbs)}'. Run 'gaoxin --help' for the list.");
        return 64;
    }

    public static async Task<int> ServeAsync(string[] args)
    {
        var builder = GaoxinApp.CreateBuilder(args);
        var app = GaoxinApp.Build(builder);
        await PrepareDatabaseAsync(app.Services);
        try
        {
            await app.RunAsync();
        }
        catch (IOException e) when (e.InnerException is Microsoft.AspNetCore.Connections.AddressInUseException)
        {
            throw new StartupException($"{e.Message} Another program (perhaps another gaoxin) uses that port: stop it, or choose another address with --urls=http://localhost:5080.");
        }

        return 0;
    }

    /// <summary>Migrates on start, and seeds the demo when demo mode is on.</summary>
    public static async Task PrepareDatabaseAsync(IServiceProvider services, CancellationToken ct = default)
    {
        var database = services.GetRequiredService<DatabaseSettings>();
        await database.MigrateAsync(ct);
        await using var scope = services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<ZoneScope>().UseSystem();
        await DemoSeeder.EnsureRolesAsync(scope.ServiceProvider.GetRequiredService<RoleManager<Role>>());
        if (services.GetRequiredService<DemoSettings>().Enabled)
        {
            await scope.ServiceProvider.GetRequiredService<DemoSeeder>().SeedAsync(ct);
        }
    }

    private static async Task<int> WithServicesAsync(string[] args, Func<IServiceProvider, Options, Task<int>> run)
    {
        var options = Options.Parse(args);
        var builder = GaoxinApp.CreateBuilder(options.Configuration);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        await using var app = GaoxinApp.Build(builder);
        await app.Services.GetRequiredService<DatabaseSettings>().MigrateAsync();
        await using var scope = app.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<ZoneScope>().UseSystem();
        await DemoSeeder.EnsureRolesAsync(scope.ServiceProvider.GetRequiredService<RoleManager<Role>>());
        return await run(scope.ServiceProvider, options);
    }

    private static Task<int> MigrateAsync(IServiceProvider sp, Options options)
    {
        var db = sp.GetRequiredService<DatabaseSettings>();
        Console.WriteLine($"Database ({db.Provider}) is up to date.");
        return Task.FromResult(0);
    }

    private static async Task<int> SeedDemoAsync(IServiceProvider sp, Options options)
    {
        await sp.GetRequiredService<DemoSeeder>().SeedAsync();
        Console.WriteLine("Demo zones and accounts are in place: admin, supervisor, chengde, xianyang, liudong, qingdao, guiyang (password Gaoxin@2022).");
        return 0;
    }

    private static async Task<int> UsersAddAsync(IServiceProvider sp, Options options)
    {
        var db = sp.GetRequiredService<GaoxinDb>();
        Guid? departmentId = null;
        if (options.Get("department") is { } departmentName)
        {
            var zone = await db.FindVisibleAsync(options.Required("zone")) ?? throw new DomainException($"No zone '{options.Get("zone")}'.");
            departmentId = (await db.Departments.FirstOrDefaultAsync(d => d.ZoneId == zone.Id && d.Name == departmentName.Trim()))?.Id
                ?? throw new DomainException($"Zone '{zone.Code}' has no department '{departmentName}'.");
        }

        var request = new AddUser.Request(
            options.Required("user"),
            options.Get("name"),
            options.Get("password") ?? ReadPassword(),
            options.Get("role") ?? Roles.PlatformAdmin,
            options.Get("zone"),
            departmentId,
            SupervisedZones: options.Get("supervises")?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        var user = await AddUser.Handle(request, db, sp.GetRequiredService<UserManager<User>>(), sp.GetRequiredService<TimeProvider>(), default);
        Console.WriteLine($"Added {request.Role} '{user.UserName}'.");
        return 0;
    }

    private static async Task<int> UsersListAsync(IServiceProvider sp, Options options)
    {
        var page = await ListUsers.Handle(new ListUsers.Query(Search: options.Get("search"), Zone: options.Get("zone"), PageSize: 500), sp.GetRequiredService<GaoxinDb>(), default);
        Console.WriteLine($"{"user",-20} {"role",-16} {"zone",-10} name");
        foreach (var u in page.Items)
        {
            Console.WriteLine($"{u.UserName,-20} {string.Join(',', u.Roles),-16} {u.Zone ?? "-",-10} {u.DisplayName}{(u.IsDemo ? " (demo)" : string.Empty)}");
        }

        Console.WriteLine($"{page.Total} account(s).");
        return 0;
    }

    private static async Task<int> UsersResetAsync(IServiceProvider sp, Options options)
    {
        var users = sp.GetRequiredService<UserManager<User>>();
        var name = options.Required("user");
        var user = await users.FindByNameAsync(name) ?? throw new DomainException($"No account '{name}'.");
        var ok = await ResetPassword.Handle(user.Id, options.Get("password") ?? ReadPassword(), sp.GetRequiredService<GaoxinDb>(), users, default);
        Console.WriteLine(ok ? $"Password of '{name}' set; its lockout is cleared." : $"No account '{name}'.");
        return ok ? 0 : 1;
    }

    private static string ReadPassword()
    {
        if (Console.IsInputRedirected)
        {
            return Console.ReadLine() ?? throw new DomainException("Give the password with --password or on standard input.");
        }

        Console.Write("Password: ");
        return Console.ReadLine() ?? string.Empty;
    }

    /// <summary>Verb options (<c>--user x</c>) apart from configuration keys (<c>--Key=Value</c>, <c>--Section:Key value</c>).</summary>
    public sealed class Options
    {
        private static readonly HashSet<string> Known = ["user", "password", "role", "zone", "department", "name", "supervises", "search", "year", "output", "policy", "period", "input"];
        private readonly Dictionary<string, string> _values = new(StringComparer.OrdinalIgnoreCase);

        public string[] Configuration { get; private set; } = [];

        public static Options Parse(string[] args)
        {
            var options = new Options();
            var configuration = new List<string>();
            for (var i = 0; i < args.Length; i++)
            {
                var name = args[i] == "-o" ? "output" : args[i].TrimStart('-');
                if ((args[i].StartsWith("--", StringComparison.Ordinal) || args[i] == "-o") && Known.Contains(name) && i + 1 < args.Length)
                {
                    options._values[name] = args[++i];
                }
                else
                {
                    configuration.Add(args[i]);
                }
            }

            options.Configuration = [.. configuration];
            return options;
        }

        public string? Get(string name) => _values.GetValueOrDefault(name);

        public string Required(string name) => Get(name) ?? throw new DomainException($"Give --{name}.");
    }
}

using Gaoxin.Data.Postgres;
using Gaoxin.Data.Sqlite;
using Gaoxin.Hosting;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Gaoxin.Data;

public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}

/// <summary>Which database, and how to reach it: <c>Database:Provider</c> and <c>ConnectionStrings:Gaoxin</c>.</summary>
public sealed class DatabaseSettings
{
    public const string DefaultSqlite = "Data Source=data/gaoxin.db";

    public DatabaseSettings(DatabaseProvider provider, string connectionString)
    {
        Provider = provider;
        ConnectionString = connectionString;
        if (provider == DatabaseProvider.Sqlite)
        {
            SqliteOptions = new DbContextOptionsBuilder<SqliteGaoxinDb>().UseSqlite(connectionString).Options;
        }
        else
        {
            PostgresOptions = new DbContextOptionsBuilder<PostgresGaoxinDb>().UseNpgsql(connectionString).Options;
        }
    }

    public DatabaseProvider Provider { get; }
    public string ConnectionString { get; }
    private DbContextOptions<SqliteGaoxinDb>? SqliteOptions { get; }
    private DbContextOptions<PostgresGaoxinDb>? PostgresOptions { get; }

    public static DatabaseSettings From(IConfiguration configuration)
    {
        var providerText = configuration["Database:Provider"] ?? "sqlite";
        DatabaseProvider provider = providerText.ToLowerInvariant() switch
        {
            "sqlite" => DatabaseProvider.Sqlite,
            "postgres" or "postgresql" or "npgsql" => DatabaseProvider.Postgres,
            _ => throw new StartupException($"Database:Provider is '{providerText}'; expected 'sqlite' or 'postgres'."),
        };
        var connection = configuration.GetConnectionString("Gaoxin");
        if (string.IsNullOrWhiteSpace(connection))
        {
            if (provider == DatabaseProvider.Postgres)
            {
                throw new StartupException("Database:Provider is 'postgres' but ConnectionStrings:Gaoxin is empty. Set it, e.g. ConnectionStrings__Gaoxin='Host=db;Database=gaoxin;Username=gaoxin;Password=…'.");
            }

            connection = DefaultSqlite;
        }

        return new DatabaseSettings(provider, connection);
    }

    public GaoxinDb Create(ZoneScope scope, TimeProvider clock)
    {
        // Those who see every zone query with the list of all zones (a small table), read when first needed.
        scope.UseZoneDirectory(() =>
        {
            using var directory = CreateContext(ZoneScope.System(), clock);
            return [.. directory.Zones.IgnoreQueryFilters().AsNoTracking().Select(z => z.Id)];
        });
        return CreateContext(scope, clock);
    }

    private GaoxinDb CreateContext(ZoneScope scope, TimeProvider clock) => Provider == DatabaseProvider.Sqlite
        ? new SqliteGaoxinDb(SqliteOptions!, scope, clock)
        : new PostgresGaoxinDb(PostgresOptions!, scope, clock);

    /// <summary>For SQLite, makes sure the folder of the database file exists and can be written.</summary>
    public void PrepareStorage()
    {
        if (Provider != DatabaseProvider.Sqlite)
        {
            return;
        }

        var builder = new SqliteConnectionStringBuilder(ConnectionString);
        if (builder.DataSource is ":memory:" || builder.Mode == SqliteOpenMode.Memory || builder.Mode == SqliteOpenMode.ReadOnly)
        {
            return;
        }

        var path = Path.GetFullPath(builder.DataSource);
        var folder = Path.GetDirectoryName(path)!;
        try
        {
            Directory.CreateDirectory(folder);
            var probe = Path.Combine(folder, $".write-probe-{Guid.NewGuid():N}");
            File.WriteAllText(probe, string.Empty);
            File.Delete(probe);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new StartupException($"The database folder '{folder}' cannot be written ({e.Message}). Give this user write access to it, or point ConnectionStrings:Gaoxin at a writable file.");
        }
    }

    public async Task MigrateAsync(CancellationToken ct = default)
    {
        PrepareStorage();
        await using var db = Create(ZoneScope.System(), TimeProvider.System);
        await db.Database.MigrateAsync(ct);
        if (Provider == DatabaseProvider.Sqlite)
        {
            // WAL lets pages read while a write is in progress.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", ct);
        }
    }
}

/// <summary>Creates extra contexts for the current scope (Blazor components run many operations in one circuit).</summary>
public sealed class GaoxinDbFactory(DatabaseSettings settings, ZoneScope scope, TimeProvider clock)
{
    public GaoxinDb Create() => settings.Create(scope, clock);
}

/// <summary>A configuration or environment problem found at start: printed as a message, never as a stack trace.</summary>
public sealed class StartupException(string message) : Exception(message);

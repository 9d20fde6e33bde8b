using System.Security.Claims;
using BenchmarkDotNet.Attributes;
using Gaoxin.Data;
using Gaoxin.Data.Sqlite;
using Gaoxin.Hosting;
using Gaoxin.Modules.Accounts.Domain;
using Gaoxin.Modules.Zones.Domain;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Gaoxin.Benchmarks;

/// <summary>
/// What zone isolation costs: the same queries through the global zone filter (as every page and API call runs them)
/// against the floor of a hand-written WHERE on ZoneId with no filter, on SQLite with five zones of 5,000 departments.
/// </summary>
public sealed class TenancyBench : IGaoxinBench
{
    public string Description => "zone query filter vs a hand-written WHERE ZoneId (count and a page of 50), SQLite";
    public Type BenchmarkType => typeof(TenancyBenchmarks);

    public async Task<string> RunQuickAsync()
    {
        await using var data = await TenancyData.CreateAsync();
        var (countFiltered, countExplicit) = await Suite.SideBySideAsync(data.CountFilteredAsync, data.CountExplicitAsync, TimeSpan.FromSeconds(8));
        var (pageFiltered, pageExplicit) = await Suite.SideBySideAsync(data.PageFilteredAsync, data.PageExplicitAsync, TimeSpan.FromSeconds(8));
        Console.WriteLine($"count: filter {countFiltered:F3} ms, explicit {countExplicit:F3} ms");
        Console.WriteLine($"page:  filter {pageFiltered:F3} ms, explicit {pageExplicit:F3} ms");
        return $"tenancy: zone filter / hand-written WHERE = {countFiltered / countExplicit:F2}x (count), {pageFiltered / pageExplicit:F2}x (page of 50) over {TenancyData.PerZone * 5:N0} rows";
    }
}

[MemoryDiagnoser]
public class TenancyBenchmarks
{
    private TenancyData _data = default!;

    [GlobalSetup]
    public async Task Setup() => _data = await TenancyData.CreateAsync();

    [GlobalCleanup]
    public async Task Cleanup() => await _data.DisposeAsync();

    [Benchmark(Baseline = true)]
    public Task CountExplicit() => _data.CountExplicitAsync();

    [Benchmark]
    public Task CountFiltered() => _data.CountFilteredAsync();

    [Benchmark]
    public Task PageExplicit() => _data.PageExplicitAsync();

    [Benchmark]
    public Task PageFiltered() => _data.PageFilteredAsync();
}

public sealed class TenancyData : IAsyncDisposable
{
    public const int PerZone = 5_000;

    private readonly string _path;
    private readonly DbContextOptions<SqliteGaoxinDb> _options;
    private readonly ZoneScope _user;
    private readonly Guid _zoneId;

    private TenancyData(string path, DbContextOptions<SqliteGaoxinDb> options, ZoneScope user, Guid zoneId)
    {
        _path = path;
        _options = options;
        _user = user;
        _zoneId = zoneId;
    }

    public static async Task<TenancyData> CreateAsync()
    {
        var path = Path.Combine(Path.GetTempPath(), $"gaoxin-bench-{Guid.NewGuid():N}.db");
        var settings = new DatabaseSettings(DatabaseProvider.Sqlite, $"Data Source={path}");
        await settings.MigrateAsync();
        var options = new DbContextOptionsBuilder<SqliteGaoxinDb>().UseSqlite($"Data Source={path}").Options;

        var zones = Enumerable.Range(0, 5).Select(i => new Zone($"zone{i}", $"园区{i}", $"Zone {i}", "省", "市", ZoneLevel.National, new DateOnly(2010, 1, 1))).ToList();
        await using (var db = new SqliteGaoxinDb(options, ZoneScope.System(), TimeProvider.System))
        {
            db.Zones.AddRange(zones);
            await db.SaveChangesAsync();
        }

        await using (var connection = new SqliteConnection($"Data Source={path}"))
        {
            await connection.OpenAsync();
            await using var tx = await connection.BeginTransactionAsync();
            await using var insert = connection.CreateCommand();
            insert.CommandText = "INSERT INTO Departments (Id, ZoneId, Name, Version) VALUES ($id, $zone, $name, 0)";
            var id = insert.Parameters.Add("$id", SqliteType.Text);
            var zone = insert.Parameters.Add("$zone", SqliteType.Text);
            var name = insert.Parameters.Add("$name", SqliteType.Text);
            foreach (var z in zones)
            {
                for (var i = 0; i < PerZone; i++)
                {
                    id.Value = Guid.CreateVersion7().ToString().ToUpperInvariant();
                    zone.Value = z.Id.ToString().ToUpperInvariant();
                    name.Value = $"部门{i:D5}";
                    await insert.ExecuteNonQueryAsync();
                }
            }

            await tx.CommitAsync();
        }

        var user = new ZoneScope();
        user.SetPrincipal(new ClaimsPrincipal(new ClaimsIdentity(
            [new Claim(ClaimTypes.NameIdentifier, Guid.NewGuid().ToString()), new Claim(ClaimTypes.Name, "zone2"), new Claim(ClaimTypes.Role, Roles.ZoneAdmin), new Claim(GaoxinClaims.HomeZone, zones[2].Id.ToString())],
            "bench")));
        return new TenancyData(path, options, user, zones[2].Id);
    }

    public async Task CountFilteredAsync()
    {
        await using var db = new SqliteGaoxinDb(_options, _user, TimeProvider.System);
        Check(await db.Departments.CountAsync(d => d.Name.StartsWith("部门0")));
    }

    public async Task CountExplicitAsync()
    {
        await using var db = new SqliteGaoxinDb(_options, ZoneScope.System(), TimeProvider.System);
        Check(await db.Departments.IgnoreQueryFilters().CountAsync(d => d.ZoneId == _zoneId && d.DeletedAt == null && d.Name.StartsWith("部门0")));
    }

    public async Task PageFilteredAsync()
    {
        await using var db = new SqliteGaoxinDb(_options, _user, TimeProvider.System);
        Check(50, (await db.Departments.AsNoTracking().OrderBy(d => d.Name).Skip(1000).Take(50).ToListAsync()).Count);
    }

    public async Task PageExplicitAsync()
    {
        await using var db = new SqliteGaoxinDb(_options, ZoneScope.System(), TimeProvider.System);
        Check(50, (await db.Departments.IgnoreQueryFilters().AsNoTracking().Where(d => d.ZoneId == _zoneId && d.DeletedAt == null).OrderBy(d => d.Name).Skip(1000).Take(50).ToListAsync()).Count);
    }

    // Both sides must answer the same thing, or the comparison means nothing.
    private static void Check(int count) => Check(PerZone, count);

    private static void Check(int expected, int actual)
    {
        if (expected != actual)
        {
            throw new InvalidOperationException($"Expected {expected} rows, got {actual}: the two sides do not compute the same thing.");
        }
    }

    public ValueTask DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        foreach (var f in new[] { _path, _path + "-wal", _path + "-shm" })
        {
            File.Delete(f);
        }

        return ValueTask.CompletedTask;
    }
}

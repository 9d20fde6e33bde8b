using System.Diagnostics;
using BenchmarkDotNet.Attributes;
using Gaoxin.Data;
using Gaoxin.Data.Sqlite;
using Gaoxin.Hosting;
using Gaoxin.Hosting.Auth;
using Gaoxin.Modules.Projects.Domain;
using Gaoxin.Modules.Projects.Features;
using Gaoxin.Modules.Projects.Features.Ledger;
using Gaoxin.Modules.Zones.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using MiniExcelLibs;

namespace Gaoxin.Benchmarks;

/// <summary>
/// The ledger and the dashboard at scale, on SQLite: importing a 10,000-row ledger (2,000 projects and 8,000 months),
/// reported as rows per second and peak memory against the floor of only reading the workbook; and the dashboard and
/// war-board of a zone with 600 projects and 5 years of monthly reports against the floor of one indexed count.
/// </summary>
public sealed class LedgerBench : IGaoxinBench
{
    public string Description => "ledger import of 10,000 rows (rows/s, peak memory) and the dashboard of 600 projects × 5 years, SQLite";
    public Type BenchmarkType => typeof(LedgerBenchmarks);

    public async Task<string> RunQuickAsync()
    {
        var workbook = LedgerData.Workbook(2_000, 4);
        var read = Stopwatch.StartNew();
        using (var stream = new MemoryStream(workbook))
        {
            LedgerWorkbook.Read(stream);
        }

        read.Stop();
        await using var empty = await LedgerData.CreateAsync(0, 0);
        GC.Collect();
        var before = GC.GetTotalAllocatedBytes(precise: true);
        var clock = Stopwatch.StartNew();
        var report = await empty.ImportAsync(workbook);
        clock.Stop();
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - before;
        if (!report.Imported || report.ProjectsCreated != 2_000 || report.MonthlyReports != 8_000)
        {
            throw new InvalidOperationException($"The import did not take the whole file: {report.Errors.Count} errors, first: {(report.Errors.Count > 0 ? report.Errors[0] : null)}");
        }

        var rowsPerSecond = 10_000 / clock.Elapsed.TotalSeconds;
        Console.WriteLine($"import: 10,000 rows in {clock.Elapsed.TotalMilliseconds:F0} ms ({rowsPerSecond:F0} rows/s); reading the workbook alone {read.Elapsed.TotalMilliseconds:F0} ms; " +
            $"allocated {allocated / 1024 / 1024} MB; peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / 1024 / 1024} MB; file {workbook.Length / 1024} KB");

        await using var zone = await LedgerData.CreateAsync(600, 5);
        var (dashboard, count) = await Suite.SideBySideAsync(zone.DashboardAsync, zone.CountAsync, TimeSpan.FromSeconds(6));
        var (board, _) = await Suite.SideBySideAsync(zone.WarBoardAsync, zone.CountAsync, TimeSpan.FromSeconds(6));
        Console.WriteLine($"dashboard: {dashboard:F1} ms, war-board: {board:F1} ms, one indexed count of the zone's reports: {count:F2} ms ({zone.Reports:N0} monthly reports)");
        return $"ledger import_rows_per_s={rowsPerSecond:F0} import_vs_read={clock.Elapsed / read.Elapsed:F1}x dashboard_ms={dashboard:F1} warboard_ms={board:F1}";
    }
}

[MemoryDiagnoser]
public class LedgerBenchmarks
{
    private LedgerData _zone = default!;

    [GlobalSetup]
    public async Task Setup() => _zone = await LedgerData.CreateAsync(600, 5);

    [GlobalCleanup]
    public async Task Cleanup() => await _zone.DisposeAsync();

    [Benchmark(Baseline = true)]
    public Task Count() => _zone.CountAsync();

    [Benchmark]
    public Task Dashboard() => _zone.DashboardAsync();

    [Benchmark]
    public Task WarBoard() => _zone.WarBoardAsync();
}

public sealed class LedgerData : IAsyncDisposable
{
    private static readonly DateOnly Today = new(2022, 7, 15);
    private readonly string _path;
    private readonly DbContextOptions<SqliteGaoxinDb> _options;
    private readonly Zone _zone;

    private LedgerData(string path, DbContextOptions<SqliteGaoxinDb> options, Zone zone, int reports)
    {
        _path = path;
        _options = options;
        _zone = zone;
        Reports = reports;
    }

    public int Reports { get; }

    /// <summary>A ledger workbook of <paramref name="projects"/> projects and <paramref name="months"/> months of each.</summary>
    public static byte[] Workbook(int projects, int months)
    {
        var p = Enumerable.Range(1, projects).Select(i => new Dictionary<string, object?>
        {
            ["项目编号 Code"] = $"B{i:D5}", ["项目名称 Name"] = $"基准项目{i}", ["计划总投资（万元） Planned total (10k yuan)"] = 10_000m + i,
            ["计划年度 Plan year"] = 2022, ["年度计划投资（万元） Year plan (10k yuan)"] = 2_400m, ["阶段 Stage"] = "开工", ["阶段日期 Since"] = "2022-01-10",
            ["产业链 Chain"] = $"链{i % 7}",
        });
        var m = Enumerable.Range(1, projects).SelectMany(i => Enumerable.Range(1, months).Select(month => new Dictionary<string, object?>
        {
            ["项目编号 Code"] = $"B{i:D5}", ["年 Year"] = 2022, ["月 Month"] = month, ["本月完成（万元） Reported (10k yuan)"] = 150m + month, ["入统数（万元） Statistical (10k yuan)"] = 150m,
        }));
        using var stream = new MemoryStream();
        stream.SaveAs(new Dictionary<string, object> { ["项目 Projects"] = p, ["月度投资 Monthly"] = m });
        return stream.ToArray();
    }

    public static async Task<LedgerData> CreateAsync(int projects, int years)
    {
        var path = Path.Combine(Path.GetTempPath(), $"gaoxin-ledger-bench-{Guid.NewGuid():N}.db");
        var settings = new DatabaseSettings(DatabaseProvider.Sqlite, $"Data Source={path}");
        await settings.MigrateAsync();
        var options = new DbContextOptionsBuilder<SqliteGaoxinDb>().UseSqlite($"Data Source={path}").Options;
        var zone = new Zone("bench", "基准园区", "Bench zone", "省", "市", ZoneLevel.National, new DateOnly(2010, 1, 1));
        var reports = 0;
        await using (var db = new SqliteGaoxinDb(options, ZoneScope.System(), TimeProvider.System))
        {
            db.Zones.Add(zone);
            db.Departments.Add(new Department(zone.Id, "项目办"));
            await db.SaveChangesAsync();
            var random = new Random(600);
            for (var i = 0; i < projects; i++)
            {
                var project = new Project(zone.Id, $"P{i:D4}", $"项目{i}", ProjectStage.Started, new DateOnly(2018, 1 + i % 12, 1))
                {
                    PlannedTotalInvestmentFen = (20_000_000L + random.Next(0, 500_000_000)) * 100, Chain = $"链{i % 9}",
                    KeyLevel = i % 20 == 0 ? KeyLevel.City : KeyLevel.None,
                };
                for (var y = 2022 - years + 1; y <= 2022; y++)
                {
                    project.PlanYear(y, 12_000_000L * 100);
                    for (var month = 1; month <= (y == 2022 ? 6 : 12); month++)
                    {
                        var report = new MonthlyReport(zone.Id, project.Id, y, month, 1_000_000L * 100, 900_000L * 100, null, "bench", DateTimeOffset.UnixEpoch);
                        report.SetLight(LightColor.Green, "bench", "bench");
                        db.MonthlyReports.Add(report);
                        reports++;
                    }
                }

                db.Projects.Add(project);
                if (i % 100 == 99)
                {
                    await db.SaveChangesAsync();
                    db.ChangeTracker.Clear();
                }
            }

            await db.SaveChangesAsync();
        }

        return new LedgerData(path, options, zone, reports);
    }

    // As the zone's own admin: the zone filter applies as it does for every page and API call.
    private SqliteGaoxinDb Db()
    {
        var user = new ZoneScope();
        user.SetPrincipal(new System.Security.Claims.ClaimsPrincipal(new System.Security.Claims.ClaimsIdentity(
        [
            new System.Security.Claims.Claim(System.Security.Claims.ClaimTypes.NameIdentifier, Guid.NewGuid().ToString()),
            new System.Security.Claims.Claim(System.Security.Claims.ClaimTypes.Name, "bench"),
            new System.Security.Claims.Claim(System.Security.Claims.ClaimTypes.Role, Gaoxin.Modules.Accounts.Domain.Roles.ZoneAdmin),
            new System.Security.Claims.Claim(Gaoxin.Modules.Accounts.Domain.GaoxinClaims.HomeZone, _zone.Id.ToString()),
        ], "bench")));
        return new(_options, user, TimeProvider.System);
    }

    public async Task<ImportReport> ImportAsync(byte[] workbook)
    {
        await using var db = Db();
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Demo:Today"] = Today.ToString("yyyy-MM-dd") }).Build();
        using var stream = new MemoryStream(workbook);
        return await ImportLedger.Handle(_zone.Id, stream, db, new BusinessDay(TimeProvider.System, new DemoSettings(true), configuration), TimeProvider.System, CancellationToken.None);
    }

    public async Task DashboardAsync()
    {
        await using var db = Db();
        var d = await GetDashboard.Handle(_zone, 2022, db, CancellationToken.None);
        if (d.Projects.Count == 0)
        {
            throw new InvalidOperationException("The dashboard found no projects.");
        }
    }

    public async Task WarBoardAsync()
    {
        await using var db = Db();
        await GetWarBoard.Handle(_zone, 2022, 6, Today, db, CancellationToken.None);
    }

    public async Task CountAsync()
    {
        await using var db = Db();
        if (await db.MonthlyReports.CountAsync(r => r.ZoneId == _zone.Id && r.Year == 2022) == 0)
        {
            throw new InvalidOperationException("No reports.");
        }
    }

    public async ValueTask DisposeAsync()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        await Task.Yield();
        File.Delete(_path);
    }
}

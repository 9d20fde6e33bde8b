using System.Net;
using Gaoxin.Data;
using Gaoxin.Hosting;
using Gaoxin.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Gaoxin.Tests.Foundation;

public sealed class HealthAndMigrationTests
{
    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Migrations_apply_completely_and_leave_nothing_pending(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var settings = app.Service<DatabaseSettings>();
        await using var db = settings.Create(ZoneScope.System(), TimeProvider.System);

        var applied = (await db.Database.GetAppliedMigrationsAsync()).ToList();
        Assert.NotEmpty(applied);
        Assert.Equal(db.Database.GetMigrations(), applied);
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.Equal(provider == Providers.Sqlite ? DatabaseProvider.Sqlite : DatabaseProvider.Postgres, settings.Provider);
        Assert.Equal(5, await db.Zones.CountAsync());
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Health_answers_for_the_process_and_readiness_for_the_database(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var health = await app.Client.GetAsync("/healthz");
        var ready = await app.Client.GetAsync("/readyz");
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.Equal("Healthy", await ready.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Readiness_fails_while_the_process_stays_healthy_when_the_database_cannot_be_opened()
    {
        var missing = Path.Combine(Path.GetTempPath(), "gaoxin-tests", "absent-" + Guid.NewGuid().ToString("N"), "gaoxin.db");
        await using var app = await TestApp.StartUnpreparedAsync(new Dictionary<string, string?>
        {
            ["ConnectionStrings:Gaoxin"] = $"Data Source={missing};Mode=ReadOnly",
        });

        Assert.Equal(HttpStatusCode.OK, (await app.Client.GetAsync("/healthz")).StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await app.Client.GetAsync("/readyz")).StatusCode);
    }
}

using Gaoxin.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Gaoxin.Data.Sqlite;

public sealed class SqliteGaoxinDb(DbContextOptions<SqliteGaoxinDb> options, ZoneScope scope, TimeProvider clock)
    : GaoxinDb(options, scope, clock)
{
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        base.ConfigureConventions(configurationBuilder);
        // SQLite cannot order or compare DateTimeOffset stored as text; instants are always UTC, so binary keeps order.
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToBinaryConverter>();
    }
}

/// <summary>Lets <c>dotnet ef</c> build the SQLite model without starting the application.</summary>
public sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteGaoxinDb>
{
    public SqliteGaoxinDb CreateDbContext(string[] args)
        => new(new DbContextOptionsBuilder<SqliteGaoxinDb>().UseSqlite("Data Source=design.db").Options, ZoneScope.System(), TimeProvider.System);
}

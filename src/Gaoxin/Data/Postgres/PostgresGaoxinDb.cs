using Gaoxin.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Gaoxin.Data.Postgres;

public sealed class PostgresGaoxinDb(DbContextOptions<PostgresGaoxinDb> options, ZoneScope scope, TimeProvider clock)
    : GaoxinDb(options, scope, clock);

/// <summary>Lets <c>dotnet ef</c> build the PostgreSQL model without a server.</summary>
public sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresGaoxinDb>
{
    public PostgresGaoxinDb CreateDbContext(string[] args)
        => new(new DbContextOptionsBuilder<PostgresGaoxinDb>().UseNpgsql("Host=localhost;Database=gaoxin").Options, ZoneScope.System(), TimeProvider.System);
}

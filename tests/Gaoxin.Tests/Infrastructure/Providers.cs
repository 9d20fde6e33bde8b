namespace Gaoxin.Tests.Infrastructure;

/// <summary>Every feature test runs on SQLite, and on PostgreSQL when GAOXIN_TEST_POSTGRES holds a connection string.</summary>
public static class Providers
{
    public const string Sqlite = "sqlite";
    public const string Postgres = "postgres";

    public static string? PostgresConnection => Environment.GetEnvironmentVariable("GAOXIN_TEST_POSTGRES") is { Length: > 0 } cs ? cs : null;

    public static IEnumerable<TheoryDataRow<string>> All =>
    [
        new(Sqlite),
        new(Postgres) { Skip = PostgresConnection is null ? "PostgreSQL not configured: set GAOXIN_TEST_POSTGRES (.ci/run does)" : null },
    ];
}

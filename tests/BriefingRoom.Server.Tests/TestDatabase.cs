using BriefingRoom.Server.Storage;

namespace BriefingRoom.Server.Tests;

/// <summary>
/// A fresh database of either engine for one test: a SQLite file, or a new database on the test PostgreSQL
/// server (skipped, or failed under test.sh, without one). Theories name the engine: "sqlite" or "postgres".
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    public const string Sqlite = "sqlite";
    public const string Postgres = "postgres";

    private readonly SqliteDatabase? _sqlite;
    private readonly PostgresDatabase? _postgres;

    private TestDatabase(SqliteDatabase? sqlite, PostgresDatabase? postgres, DatabaseChoice choice)
    {
        _sqlite = sqlite;
        _postgres = postgres;
        Choice = choice;
    }

    public DatabaseChoice Choice { get; }

    public static async Task<TestDatabase> CreateAsync(string engine)
    {
        if (engine == Sqlite)
        {
            var file = new SqliteDatabase();
            return new TestDatabase(file, null, DatabaseChoice.Parse(file.ConnectionString));
        }
        var database = new PostgresDatabase(new Xunit.Sdk.NullMessageSink());
        await database.InitializeAsync();
        return new TestDatabase(null, database, DatabaseChoice.Parse(database.ConnectionString));
    }

    public async ValueTask DisposeAsync()
    {
        _sqlite?.Dispose();
        if (_postgres is not null)
        {
            await _postgres.DisposeAsync();
        }
    }
}

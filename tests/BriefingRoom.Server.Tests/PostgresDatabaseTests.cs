using Npgsql;

namespace BriefingRoom.Server.Tests;

public sealed class PostgresDatabaseTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>
{
    [SkippableFact]
    public async Task Each_fixture_database_is_its_own_and_is_dropped_on_dispose()
    {
        var own = database.ConnectionString;
        var other = new PostgresDatabase(new Xunit.Sdk.NullMessageSink());
        await other.InitializeAsync();
        try
        {
            await Scalar(own, "CREATE TABLE briefing (id integer)");
            Assert.Equal(database.Name, await Scalar(own, "SELECT current_database()"));
            Assert.Equal(1L, await Scalar(own, TablesNamedBriefing));
            Assert.Equal(0L, await Scalar(other.ConnectionString, TablesNamedBriefing));
        }
        finally
        {
            await other.DisposeAsync();
        }
        Assert.Equal(0L, await Scalar(own, $"SELECT count(*) FROM pg_database WHERE datname = '{other.Name}'"));
    }

    const string TablesNamedBriefing = "SELECT count(*) FROM pg_tables WHERE tablename = 'briefing'";

    static async Task<object?> Scalar(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return await command.ExecuteScalarAsync();
    }
}

using BriefingRoom.TestSupport;
using Npgsql;
using Xunit.Abstractions;

namespace BriefingRoom.Server.Tests;

/// <summary>
/// A fresh, uniquely named database on the server BRIEFING_TEST_POSTGRES names, dropped at the end.
/// Use as a class fixture; <see cref="ConnectionString"/> skips (or fails, under test.sh) the test when there is no server.
/// </summary>
public sealed class PostgresDatabase(IMessageSink diagnostics) : IAsyncLifetime
{
    string? server;
    string? connectionString;

    public string Name { get; } = $"briefing_test_{Guid.NewGuid():N}";

    /// <summary>The Npgsql connection string of this fixture's own database.</summary>
    public string ConnectionString => connectionString ?? Requires.Postgres();

    public async Task InitializeAsync()
    {
        // Nothing to create without a server; each test then skips (or fails) through ConnectionString.
        var why = Requires.WhyNoPostgres();
        if (why is not null)
        {
            Requires.Announce(diagnostics, why);
            return;
        }
        server = Requires.Postgres();
        await using (var admin = new NpgsqlConnection(server))
        {
            await admin.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{Name}\"", admin);
            await create.ExecuteNonQueryAsync();
        }
        connectionString = new NpgsqlConnectionStringBuilder(server) { Database = Name }.ConnectionString;
    }

    public async Task DisposeAsync()
    {
        if (connectionString is null)
        {
            return;
        }
        // Pooled connections would otherwise hold the database open.
        await using (var own = new NpgsqlConnection(connectionString))
        {
            NpgsqlConnection.ClearPool(own);
        }
        await using var admin = new NpgsqlConnection(server);
        await admin.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{Name}\" WITH (FORCE)", admin);
        await drop.ExecuteNonQueryAsync();
    }
}

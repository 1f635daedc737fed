using BriefingRoom.Archive.Search;
using BriefingRoom.Tests.Specs;
using BriefingRoom.TestSupport;
using Microsoft.Data.Sqlite;
using Npgsql;
using Xunit.Abstractions;

namespace BriefingRoom.Tests.Archive;

/// <summary>
/// The paragraphs of fixtures/search/paragraphs.txt indexed as the archive indexes them (folded by <see cref="SearchText"/>),
/// in an in-memory SQLite FTS5 table and, when BRIEFING_TEST_POSTGRES names a server, a PostgreSQL temporary table.
/// </summary>
public sealed class SearchEngines(IMessageSink diagnostics) : IAsyncLifetime
{
    private NpgsqlConnection? Session { get; set; }

    public static IReadOnlyList<string> Paragraphs { get; } =
        File.ReadAllLines(Path.Combine(SpecFile.FixturesRoot, "search", "paragraphs.txt")).Where(l => l.Length > 0).ToList();

    public SqliteConnection Sqlite { get; } = new("Data Source=:memory:");

    /// <summary>The PostgreSQL session holding the table; skips (or fails, under test.sh) the test when there is no server.</summary>
    public NpgsqlConnection Postgres => Session ?? throw new InvalidOperationException(Requires.Missing(Requires.WhyNoPostgres()!));

    public async Task InitializeAsync()
    {
        await Sqlite.OpenAsync();
        await Index(Sqlite, "CREATE VIRTUAL TABLE paragraphs USING fts5(body)");
        var why = Requires.WhyNoPostgres();
        Requires.Announce(diagnostics, why);
        if (why is null)
        {
            Session = new NpgsqlConnection(Requires.Postgres());
            await Session.OpenAsync();
            // A temporary table: this session's own, gone when it closes.
            await Index(Session, "CREATE TEMPORARY TABLE paragraphs (rowid integer PRIMARY KEY, body text NOT NULL)");
        }
    }

    public async Task DisposeAsync()
    {
        await Sqlite.DisposeAsync();
        if (Session is not null)
        {
            await Session.DisposeAsync();
        }
    }

    /// <summary>The rows <paramref name="sql"/> (with the query as its parameter <c>q</c>) returns, in order.</summary>
    public static List<long> Rows(System.Data.Common.DbConnection connection, string sql, string query)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        var parameter = command.CreateParameter();
        parameter.ParameterName = "q";
        parameter.Value = query;
        command.Parameters.Add(parameter);
        var rows = new List<long>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            rows.Add(Convert.ToInt64(reader.GetValue(0), System.Globalization.CultureInfo.InvariantCulture));
        }
        return rows;
    }

    private static async Task Index(System.Data.Common.DbConnection connection, string create)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = create;
        await command.ExecuteNonQueryAsync();
        for (var i = 0; i < Paragraphs.Count; i++)
        {
            command.CommandText = $"INSERT INTO paragraphs (rowid, body) VALUES ({i + 1}, @body)";
            command.Parameters.Clear();
            var body = command.CreateParameter();
            body.ParameterName = "body";
            body.Value = SearchText.Normalise(Paragraphs[i]);
            command.Parameters.Add(body);
            await command.ExecuteNonQueryAsync();
        }
    }
}

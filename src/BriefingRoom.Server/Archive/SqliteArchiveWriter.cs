using Microsoft.Data.Sqlite;

namespace BriefingRoom.Server.Archive;

/// <summary>
/// The SQLite import path: one connection, a transaction per chunk, two prepared INSERTs reused for every row
/// (the document's id comes back through RETURNING). The FTS5 index is filled by the table's own trigger.
/// </summary>
internal sealed class SqliteArchiveWriter : IArchiveWriter
{
    private readonly SqliteConnection _connection;
    private readonly SqliteCommand _document;
    private readonly SqliteCommand _paragraph;

    private SqliteArchiveWriter(SqliteConnection connection)
    {
        _connection = connection;
        _document = Command("""
            INSERT INTO "ArchiveDocuments" ("Url", "ContentHash", "Title", "Date", "Kind", "Attribution", "Source", "BriefingId", "Markdown", "AddedAt")
            VALUES ($url, $hash, $title, $date, $kind, $attribution, $source, $briefing, $markdown, $added) RETURNING "Id"
            """, "$url", "$hash", "$title", "$date", "$kind", "$attribution", "$source", "$briefing", "$markdown", "$added");
        _paragraph = Command("""
            INSERT INTO "ArchiveParagraphs" ("DocumentId", "Turn", "Number", "Anchor", "Speaker", "Role", "Text", "Folded")
            VALUES ($document, $turn, $number, $anchor, $speaker, $role, $text, $folded)
            """, "$document", "$turn", "$number", "$anchor", "$speaker", "$role", "$text", "$folded");
    }

    public static async Task<SqliteArchiveWriter> OpenAsync(string connectionString, CancellationToken cancel)
    {
        // Unpooled, so the import's pragmas end with its connection instead of living on in the pool.
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder(connectionString) { Pooling = false }.ToString());
        await connection.OpenAsync(cancel);
        await using (var pragmas = connection.CreateCommand())
        {
            pragmas.CommandText = """
                PRAGMA journal_mode = WAL;   -- the server's own mode: a commit appends pages to the log instead of first copying the old ones aside
                PRAGMA synchronous = FULL;   -- every chunk's commit is on disk before the next chunk is written
                PRAGMA cache_size = -65536;  -- 64 MB of page cache, so the B-trees and FTS5 segments a chunk touches stay in memory
                PRAGMA temp_store = MEMORY;  -- any temporary B-tree SQLite needs stays off the disk
                """;
            await pragmas.ExecuteNonQueryAsync(cancel);
        }
        return new SqliteArchiveWriter(connection);
    }

    public async Task WriteAsync(IReadOnlyList<ArchiveEntry> entries, CancellationToken cancel)
    {
        await using var transaction = (SqliteTransaction)await _connection.BeginTransactionAsync(cancel);
        _document.Transaction = transaction;
        _paragraph.Transaction = transaction;
        foreach (var (document, paragraphs) in entries)
        {
            Bind(_document, document.Url, document.ContentHash, document.Title, document.Date, document.Kind, document.Attribution,
                document.Source, document.BriefingId, document.Markdown, document.AddedAt);
            document.Id = (long)(await _document.ExecuteScalarAsync(cancel))!;
            foreach (var p in paragraphs)
            {
                p.DocumentId = document.Id;
                Bind(_paragraph, p.DocumentId, p.Turn, p.Number, p.Anchor, p.Speaker, p.Role, p.Text, p.Folded);
                await _paragraph.ExecuteNonQueryAsync(cancel);
            }
        }
        await transaction.CommitAsync(cancel);
    }

    // SQLite's own advice for after a bulk change: it runs ANALYZE, on a sample, where the tables grew enough to matter.
    public async Task AnalyzeAsync(CancellationToken cancel)
    {
        await using var command = _connection.CreateCommand();
        command.CommandText = "PRAGMA analysis_limit = 1000; PRAGMA optimize = 0x10002;";
        await command.ExecuteNonQueryAsync(cancel);
    }

    public async ValueTask DisposeAsync()
    {
        await _document.DisposeAsync();
        await _paragraph.DisposeAsync();
        await _connection.DisposeAsync();
    }

    private SqliteCommand Command(string sql, params string[] parameters)
    {
        var command = _connection.CreateCommand();
        command.CommandText = sql;
        foreach (var name in parameters)
        {
            command.Parameters.Add(new SqliteParameter { ParameterName = name });
        }
        command.Prepare();
        return command;
    }

    // Microsoft.Data.Sqlite writes DateOnly and DateTimeOffset as the same text EF Core does, so EF reads these rows back.
    private static void Bind(SqliteCommand command, params object?[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters[i].Value = values[i] ?? DBNull.Value;
        }
    }
}

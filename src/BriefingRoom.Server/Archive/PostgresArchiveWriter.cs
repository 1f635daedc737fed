using Npgsql;
using NpgsqlTypes;

namespace BriefingRoom.Server.Archive;

/// <summary>
/// The PostgreSQL import path: per chunk one transaction that reserves the documents' ids from their identity
/// sequence, then binary-COPYs the documents and their paragraphs. The tsvector column and its GIN index fill themselves.
/// </summary>
internal sealed class PostgresArchiveWriter(NpgsqlConnection connection) : IArchiveWriter
{
    private const string ReserveIds = """
        SELECT nextval(pg_get_serial_sequence('"ArchiveDocuments"', 'Id')) FROM generate_series(1, $1)
        """;

    private const string CopyDocuments = """
        COPY "ArchiveDocuments" ("Id", "Url", "ContentHash", "Title", "Date", "Kind", "Attribution", "Source", "BriefingId", "Markdown", "AddedAt") FROM STDIN (FORMAT BINARY)
        """;

    private const string CopyParagraphs = """
        COPY "ArchiveParagraphs" ("DocumentId", "Turn", "Number", "Anchor", "Speaker", "Role", "Text", "Folded") FROM STDIN (FORMAT BINARY)
        """;

    public static async Task<PostgresArchiveWriter> OpenAsync(string connectionString, CancellationToken cancel)
    {
        var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancel);
        return new PostgresArchiveWriter(connection);
    }

    public async Task WriteAsync(IReadOnlyList<ArchiveEntry> entries, CancellationToken cancel)
    {
        await using var transaction = await connection.BeginTransactionAsync(cancel);
        var ids = await ReserveAsync(entries.Count, cancel);
        await using (var documents = await connection.BeginBinaryImportAsync(CopyDocuments, cancel))
        {
            for (var i = 0; i < entries.Count; i++)
            {
                var d = entries[i].Document;
                d.Id = ids[i];
                // timestamptz takes only UTC offsets from a DateTimeOffset.
                await RowAsync(documents, cancel, (d.Id, NpgsqlDbType.Bigint), (d.Url, NpgsqlDbType.Text), (d.ContentHash, NpgsqlDbType.Text),
                    (d.Title, NpgsqlDbType.Text), (d.Date, NpgsqlDbType.Date), (d.Kind, NpgsqlDbType.Text), (d.Attribution, NpgsqlDbType.Text),
                    (d.Source, NpgsqlDbType.Text), (d.BriefingId, NpgsqlDbType.Bigint), (d.Markdown, NpgsqlDbType.Text),
                    (d.AddedAt.ToUniversalTime(), NpgsqlDbType.TimestampTz));
            }
            await documents.CompleteAsync(cancel);
        }
        await using (var paragraphs = await connection.BeginBinaryImportAsync(CopyParagraphs, cancel))
        {
            foreach (var (document, rows) in entries)
            {
                foreach (var p in rows)
                {
                    p.DocumentId = document.Id;
                    await RowAsync(paragraphs, cancel, (p.DocumentId, NpgsqlDbType.Bigint), (p.Turn, NpgsqlDbType.Integer), (p.Number, NpgsqlDbType.Integer),
                        (p.Anchor, NpgsqlDbType.Text), (p.Speaker, NpgsqlDbType.Text), (p.Role, NpgsqlDbType.Text), (p.Text, NpgsqlDbType.Text),
                        (p.Folded, NpgsqlDbType.Text));
                }
            }
            await paragraphs.CompleteAsync(cancel);
        }
        await transaction.CommitAsync(cancel);
    }

    // Without this, search plans on a freshly filled archive go by empty-table estimates until autovacuum gets to it.
    public async Task AnalyzeAsync(CancellationToken cancel)
    {
        await using var command = new NpgsqlCommand("""ANALYZE "ArchiveDocuments", "ArchiveParagraphs" """, connection);
        await command.ExecuteNonQueryAsync(cancel);
    }

    public ValueTask DisposeAsync() => connection.DisposeAsync();

    private static async Task RowAsync(NpgsqlBinaryImporter copy, CancellationToken cancel, params (object? Value, NpgsqlDbType Type)[] columns)
    {
        await copy.StartRowAsync(cancel);
        foreach (var (value, type) in columns)
        {
            await copy.WriteAsync(value, type, cancel);
        }
    }

    private async Task<long[]> ReserveAsync(int count, CancellationToken cancel)
    {
        await using var command = new NpgsqlCommand(ReserveIds, connection);
        command.Parameters.Add(new NpgsqlParameter<int> { TypedValue = count });
        var ids = new List<long>(count);
        await using var reader = await command.ExecuteReaderAsync(cancel);
        while (await reader.ReadAsync(cancel))
        {
            ids.Add(reader.GetInt64(0));
        }
        // Ascending, so ids follow file order as the documents were written.
        return [.. ids.Order()];
    }
}

using BriefingRoom.Server.Storage;

namespace BriefingRoom.Server.Archive;

/// <summary>
/// Writes new archive entries through the engine's bulk path, one transaction per call, documents in the order
/// given. The caller has already dropped duplicates; the database's unique indexes still guard against a race.
/// </summary>
internal interface IArchiveWriter : IAsyncDisposable
{
    Task WriteAsync(IReadOnlyList<ArchiveEntry> entries, CancellationToken cancel);

    /// <summary>After the last chunk: brings the query planner's statistics up to date with the rows just added.</summary>
    Task AnalyzeAsync(CancellationToken cancel);

    static async Task<IArchiveWriter> OpenAsync(DatabaseChoice database, CancellationToken cancel) => database.IsPostgres
        ? await PostgresArchiveWriter.OpenAsync(database.ConnectionString, cancel)
        : await SqliteArchiveWriter.OpenAsync(database.ConnectionString, cancel);
}

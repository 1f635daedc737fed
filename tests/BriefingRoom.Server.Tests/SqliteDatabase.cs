namespace BriefingRoom.Server.Tests;

/// <summary>A temporary SQLite database file, deleted with its journal and WAL files on dispose.</summary>
public sealed class SqliteDatabase : IDisposable
{
    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"briefing-test-{Guid.NewGuid():N}.db");

    /// <summary>A Microsoft.Data.Sqlite connection string; pooling off so no pooled handle outlives the file.</summary>
    public string ConnectionString => $"Data Source={Path};Pooling=False";

    public void Dispose()
    {
        foreach (var suffix in (string[])["", "-journal", "-wal", "-shm"])
        {
            File.Delete(Path + suffix);
        }
    }
}

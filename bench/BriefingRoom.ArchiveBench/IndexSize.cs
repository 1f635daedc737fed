using System.Data.Common;
using System.Globalization;
using BriefingRoom.Server.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace BriefingRoom.ArchiveBench;

/// <summary>How much disk the archive takes: the SQLite file and its tables (dbstat), or PostgreSQL's relation sizes.</summary>
internal static class IndexSize
{
    public static async Task<IReadOnlyList<(string What, long Bytes)>> MeasureAsync(DatabaseChoice database)
    {
        await using var db = database.CreateContext();
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        if (database.IsPostgres)
        {
            return await RowsAsync(connection, """
                SELECT 'database', pg_database_size(current_database())
                UNION ALL SELECT 'ArchiveDocuments (with indexes, TOAST)', pg_total_relation_size('"ArchiveDocuments"')
                UNION ALL SELECT 'ArchiveParagraphs (with indexes, TOAST)', pg_total_relation_size('"ArchiveParagraphs"')
                UNION ALL SELECT 'IX_ArchiveParagraphs_Search (GIN)', pg_relation_size('"IX_ArchiveParagraphs_Search"')
                """);
        }
        var file = new FileInfo(new SqliteConnectionStringBuilder(database.ConnectionString).DataSource);
        var wal = new FileInfo(file.FullName + "-wal");
        List<(string, long)> sizes = [("file", file.Length + (wal.Exists ? wal.Length : 0))];
        try
        {
            sizes.AddRange(await RowsAsync(connection, "SELECT name, SUM(pgsize) FROM dbstat GROUP BY name ORDER BY 2 DESC LIMIT 12"));
        }
        catch (SqliteException)
        {
            // dbstat is a compile-time option of SQLite, missing from the build .NET ships: the file size is all there is.
        }
        return sizes;
    }

    private static async Task<List<(string, long)>> RowsAsync(DbConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<(string, long)>();
        while (await reader.ReadAsync())
        {
            rows.Add((reader.GetString(0), Convert.ToInt64(reader.GetValue(1), CultureInfo.InvariantCulture)));
        }
        return rows;
    }
}

using System.Diagnostics;
using BriefingRoom.Server.Archive;
using BriefingRoom.Server.Storage;
using Microsoft.EntityFrameworkCore;

namespace BriefingRoom.ArchiveBench;

/// <summary>
/// On SQLite, the time FTS5 alone takes to walk a query's matches (<c>count(*)</c> of the MATCH, nothing handed back):
/// what no change after the index can beat, timed right after each search so both see the same machine.
/// </summary>
internal static class IndexFloor
{
    public static async Task<TimeSpan?> TimeAsync(DatabaseChoice database, BenchQuery query)
    {
        if (database.IsPostgres)
        {
            return null;
        }
        await using var db = database.CreateContext();
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        var started = Stopwatch.GetTimestamp();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM \"ArchiveSearch\" WHERE \"ArchiveSearch\" MATCH @q";
        var text = command.CreateParameter();
        (text.ParameterName, text.Value) = ("@q", new SqliteSearchDialect().QueryText(query.Request().Query));
        command.Parameters.Add(text);
        await command.ExecuteScalarAsync();
        return Stopwatch.GetElapsedTime(started);
    }
}

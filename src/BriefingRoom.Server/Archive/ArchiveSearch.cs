using System.Data.Common;
using System.Globalization;
using BriefingRoom.Server.Storage;
using Microsoft.EntityFrameworkCore;

namespace BriefingRoom.Server.Archive;

/// <summary>
/// Searches the archive's paragraphs on either engine: the full-text index (through <see cref="ISearchDialect"/>) says
/// which paragraphs match; <see cref="SearchColumns"/> filters, counts and orders them in memory; then only the page's
/// rows are read. Every value the user gave is a parameter.
/// </summary>
public sealed class ArchiveSearch(BriefingDb db, SearchColumns columns)
{
    /// <summary>
    /// The most matches ranked by relevance; past it the engines' scoring (a row read per match) would take longer than
    /// a search should, and the hits come newest first, which the results say.
    /// </summary>
    public const int MostRanked = 10_000;

    public async Task<SearchResults> RunAsync(SearchRequest request, CancellationToken cancel = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ISearchDialect dialect = db.Database.IsNpgsql() ? new PostgresSearchDialect() : new SqliteSearchDialect();
        var size = Math.Clamp(request.PageSize, 1, SearchRequest.MaxPageSize);
        var offset = (Math.Max(request.Page, 1) - 1) * size;
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(cancel);
        try
        {
            if (dialect.Setup is { } setup)
            {
                await using var command = Command(connection, setup);
                await command.ExecuteNonQueryAsync(cancel);
            }
            var snapshot = await columns.CurrentAsync(connection, cancel);
            var matches = await MatchesAsync(connection, dialect, request, snapshot, offset + size, cancel);
            var order = request.Order == SearchOrder.Relevance && matches.Count <= MostRanked ? SearchOrder.Relevance : SearchOrder.Date;
            var page = offset >= matches.Count ? []
                : order == SearchOrder.Date ? matches.Newest().Skip(offset).ToList()
                : (await BestAsync(connection, dialect, request, matches.Ranked, snapshot, cancel)).Skip(offset).Take(size).ToList();
            var hits = await HitsAsync(connection, dialect, page, request, cancel);
            return new SearchResults(matches.Count, hits, matches.Facets(snapshot), order);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    // Every match read from the index alone, kept when it passes the filters, counted into the facets as it goes.
    private static async Task<SearchMatches> MatchesAsync(DbConnection connection, ISearchDialect dialect, SearchRequest r, SearchColumns.Snapshot s, int newest, CancellationToken cancel)
    {
        var filter = new SearchMatches.Filter(
            r.From?.DayNumber ?? int.MinValue, r.To?.DayNumber ?? int.MaxValue, r.From is not null || r.To is not null,
            r.Kind is null ? null : s.Code(r.Kind), r.Attribution is null ? null : s.Code(r.Attribution), r.Role is null ? null : s.Code(r.Role));
        var matches = new SearchMatches(s.Names.Length, s.Day.Length, newest);
        await using var command = Command(connection, dialect.MatchingIds);
        Add(command, "@q", dialect.QueryText(r.Query));
        dialect.ReadIds(await command.ExecuteScalarAsync(cancel) ?? DBNull.Value, id => matches.Consider(id, s, filter));
        return matches;
    }

    // Relevance order: the engine scores the kept matches; ties go to the newer transcript, then the earlier paragraph.
    private static async Task<IEnumerable<long>> BestAsync(DbConnection connection, ISearchDialect dialect, SearchRequest r, List<long> kept, SearchColumns.Snapshot s, CancellationToken cancel)
    {
        var scored = new List<(long Id, double Score)>(kept.Count);
        await using var command = Command(connection, dialect.Scores);
        Add(command, "@q", dialect.QueryText(r.Query));
        Add(command, "@ids", dialect.IdList(kept));
        await using var reader = await command.ExecuteReaderAsync(cancel);
        while (await reader.ReadAsync(cancel))
        {
            scored.Add((reader.GetInt64(0), Convert.ToDouble(reader.GetValue(1), CultureInfo.InvariantCulture)));
        }
        return scored
            .OrderBy(x => x.Score)
            .ThenByDescending(x => s.Day[s.Document[x.Id]])
            .ThenBy(x => x.Id)
            .Select(x => x.Id);
    }

    private static async Task<List<SearchHit>> HitsAsync(DbConnection connection, ISearchDialect dialect, List<long> page, SearchRequest r, CancellationToken cancel)
    {
        if (page.Count == 0)
        {
            return [];
        }
        var terms = r.Query.Terms();
        var rows = new Dictionary<long, SearchHit>();
        await using var command = Command(connection,
            $"SELECT p.\"Id\", d.\"Id\", d.\"Title\", d.\"Date\", p.\"Speaker\", p.\"Role\", p.\"Anchor\", p.\"Text\" FROM \"ArchiveParagraphs\" p JOIN \"ArchiveDocuments\" d ON d.\"Id\" = p.\"DocumentId\" WHERE {dialect.AmongIds}");
        Add(command, "@ids", dialect.IdList(page));
        await using var reader = await command.ExecuteReaderAsync(cancel);
        while (await reader.ReadAsync(cancel))
        {
            rows[reader.GetInt64(0)] = new SearchHit(
                ArchivePaths.Transcript(reader.GetInt64(1)),
                reader.GetString(2),
                reader.IsDBNull(3) ? null : StoredDates.Read(reader.GetValue(3)),
                reader.IsDBNull(4) ? null : reader.GetString(4),
                reader.GetString(5),
                reader.GetString(6),
                Snippets.For(reader.GetString(7), terms));
        }
        // A paragraph replaced since the index was read (a correction published meanwhile) drops out of the page.
        return [.. page.Where(rows.ContainsKey).Select(id => rows[id])];
    }

#pragma warning disable CA2100 // The SQL is built only from this class's and the dialects' constants; every user value is a parameter.
    private static DbCommand Command(DbConnection connection, string sql)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        return command;
    }
#pragma warning restore CA2100

    internal static void Add(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }
}

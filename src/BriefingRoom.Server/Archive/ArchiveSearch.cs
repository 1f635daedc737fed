using System.Data.Common;
using System.Globalization;
using BriefingRoom.Server.Storage;
using Microsoft.EntityFrameworkCore;

namespace BriefingRoom.Server.Archive;

/// <summary>
/// Searches the archive's paragraphs on either engine through <see cref="ISearchDialect"/>: the page of hits in the
/// order asked, the total, and facet counts, all under the same filters. Every value the user gave is a parameter.
/// </summary>
public sealed class ArchiveSearch(BriefingDb db)
{
    private static readonly string[] FacetNames = ["role", "kind", "attribution", "year"];

    public async Task<SearchResults> RunAsync(SearchRequest request, CancellationToken cancel = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ISearchDialect dialect = db.Database.IsNpgsql() ? new PostgresSearchDialect() : new SqliteSearchDialect();
        var filters = Filters(request);
        var where = dialect.FromMatching + filters;
        var size = Math.Clamp(request.PageSize, 1, SearchRequest.MaxPageSize);
        var offset = (Math.Max(request.Page, 1) - 1) * size;
        var order = request.Order == SearchOrder.Date
            ? "d.\"Date\" DESC, d.\"Id\" DESC, p.\"Turn\", p.\"Number\""
            : $"{dialect.RankAscending}, d.\"Date\" DESC, p.\"Id\"";
        var page = $"SELECT d.\"Id\", d.\"Title\", d.\"Date\", p.\"Speaker\", p.\"Role\", p.\"Anchor\", p.\"Text\" FROM {where} ORDER BY {order} LIMIT {size} OFFSET {offset}";
        var terms = request.Query.Terms();
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(cancel);
        try
        {
            if (dialect.Setup is { } setup)
            {
                await using var command = connection.CreateCommand();
                command.CommandText = setup;
                await command.ExecuteNonQueryAsync(cancel);
            }
            // One pass over the matches for the total and all four facets, instead of a GROUP BY per facet.
            var facets = FacetNames.ToDictionary(f => f, _ => new SortedDictionary<string, int>(StringComparer.Ordinal));
            var total = 0;
            var grouped = $"SELECT p.\"Role\", d.\"Kind\", d.\"Attribution\", {dialect.Year}, count(*) FROM {where} GROUP BY p.\"Role\", d.\"Kind\", d.\"Attribution\", {dialect.Year}";
            await using (var command = Command(connection, grouped, dialect, request))
            await using (var reader = await command.ExecuteReaderAsync(cancel))
            {
                while (await reader.ReadAsync(cancel))
                {
                    var count = Convert.ToInt32(reader.GetValue(4), CultureInfo.InvariantCulture);
                    total += count;
                    for (var i = 0; i < FacetNames.Length; i++)
                    {
                        var value = reader.IsDBNull(i) ? "unknown" : reader.GetString(i);
                        facets[FacetNames[i]][value] = facets[FacetNames[i]].GetValueOrDefault(value) + count;
                    }
                }
            }
            var hits = new List<SearchHit>();
            // Past the last match (or with none) there is no page to rank.
            if (total > offset)
            {
                await using var command = Command(connection, page, dialect, request);
                await using var reader = await command.ExecuteReaderAsync(cancel);
                while (await reader.ReadAsync(cancel))
                {
                    hits.Add(new SearchHit(
                        ArchivePaths.Transcript(reader.GetInt64(0)),
                        reader.GetString(1),
                        reader.IsDBNull(2) ? null : reader.GetValue(2) switch
                        {
                            DateOnly date => date,
                            DateTime time => DateOnly.FromDateTime(time),
                            var text => DateOnly.Parse((string)text, CultureInfo.InvariantCulture),
                        },
                        reader.IsDBNull(3) ? null : reader.GetString(3),
                        reader.GetString(4),
                        reader.GetString(5),
                        Snippets.For(reader.GetString(6), terms)));
                }
            }
            return new SearchResults(total, hits, facets.ToDictionary(f => f.Key, f => (IReadOnlyDictionary<string, int>)f.Value));
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private static string Filters(SearchRequest r) =>
        (r.From is null ? "" : " AND d.\"Date\" >= @from")
        + (r.To is null ? "" : " AND d.\"Date\" <= @to")
        + (r.Kind is null ? "" : " AND d.\"Kind\" = @kind")
        + (r.Attribution is null ? "" : " AND d.\"Attribution\" = @attribution")
        + (r.Role is null ? "" : " AND p.\"Role\" = @role");

#pragma warning disable CA2100 // The SQL is built only from this class's constants; every user value is a parameter.
    private static DbCommand Command(DbConnection connection, string sql, ISearchDialect dialect, SearchRequest r)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
#pragma warning restore CA2100
        Add(command, "@q", dialect.QueryText(r.Query));
        if (r.From is { } from)
        {
            Add(command, "@from", dialect.StoredDate(from));
        }
        if (r.To is { } to)
        {
            Add(command, "@to", dialect.StoredDate(to));
        }
        if (r.Kind is { } kind)
        {
            Add(command, "@kind", kind);
        }
        if (r.Attribution is { } attribution)
        {
            Add(command, "@attribution", attribution);
        }
        if (r.Role is { } role)
        {
            Add(command, "@role", role);
        }
        return command;
    }

    private static void Add(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }
}

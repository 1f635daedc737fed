using BriefingRoom.Archive.Search;

namespace BriefingRoom.Server.Archive;

/// <summary>What differs between the engines' full-text search: the one interface both archives are searched through.</summary>
public interface ISearchDialect
{
    /// <summary>The engine's text for the query, bound as the <c>@q</c> parameter.</summary>
    string QueryText(SearchQuery query);

    /// <summary>
    /// The ids of the paragraphs that match <c>@q</c>, read from the full-text index alone, as one value (handing back
    /// half a million rows one by one cost more than finding them).
    /// </summary>
    string MatchingIds { get; }

    /// <summary>Hands each id in the value <see cref="MatchingIds"/> gives to <paramref name="found"/>.</summary>
    void ReadIds(object value, Action<long> found);

    /// <summary>Id and a score (lower is better) of each paragraph that matches <c>@q</c> and is among <c>@ids</c>.</summary>
    string Scores { get; }

    /// <summary>A condition that a paragraph (<c>p</c>) is among <c>@ids</c>.</summary>
    string AmongIds { get; }

    /// <summary>The ids as the engine takes a list in one parameter.</summary>
    object IdList(IReadOnlyCollection<long> ids);

    /// <summary>A statement run on the connection before searching, or null.</summary>
    string? Setup { get; }
}

/// <summary>SQLite FTS5: an external-content table over the paragraphs, ranked by bm25 (lower is better).</summary>
public sealed class SqliteSearchDialect : ISearchDialect
{
    public string QueryText(SearchQuery query) => query?.ToFts5() ?? throw new ArgumentNullException(nameof(query));

    // As a blob, the list comes over as SQLite's own bytes rather than as a .NET string of twice the size.
    public string MatchingIds => "SELECT CAST(group_concat(rowid) AS BLOB) FROM \"ArchiveSearch\" WHERE \"ArchiveSearch\" MATCH @q";

    public void ReadIds(object value, Action<long> found)
    {
        if (value is byte[] text)
        {
            SearchIdText.Read(text, found);
        }
    }

    // "+rowid" keeps the id list a filter on the MATCH: as a constraint, FTS5 ran the whole query once per id (2 s, not 10 ms).
    // The filter runs before bm25 is worked out, so only the paragraphs kept are scored.
    public string Scores =>
        "SELECT rowid, bm25(\"ArchiveSearch\") FROM \"ArchiveSearch\" WHERE \"ArchiveSearch\" MATCH @q AND +rowid IN (SELECT value FROM json_each(@ids))";

    public string AmongIds => "p.\"Id\" IN (SELECT value FROM json_each(@ids))";

    public object IdList(IReadOnlyCollection<long> ids) => System.Text.Json.JsonSerializer.Serialize(ids);

    // A search reads scattered pages of the index: mapped pages spare a read() call for each.
    public string? Setup => "PRAGMA mmap_size=1073741824";
}

/// <summary>PostgreSQL: the paragraphs' generated tsvector with its GIN index, ranked by ts_rank (higher is better).</summary>
public sealed class PostgresSearchDialect : ISearchDialect
{
    public string QueryText(SearchQuery query) => query?.ToTsQuery() ?? throw new ArgumentNullException(nameof(query));

    public string MatchingIds => "SELECT array_agg(\"Id\") FROM \"ArchiveParagraphs\" WHERE \"Search\" @@ to_tsquery('simple', @q)";

    public void ReadIds(object value, Action<long> found)
    {
        ArgumentNullException.ThrowIfNull(found);
        foreach (var id in value as long[] ?? [])
        {
            found(id);
        }
    }

    public string Scores =>
        "SELECT \"Id\", -ts_rank(\"Search\", to_tsquery('simple', @q)) FROM \"ArchiveParagraphs\" WHERE \"Id\" = ANY(@ids)";

    public string AmongIds => "p.\"Id\" = ANY(@ids)";

    public object IdList(IReadOnlyCollection<long> ids) => ids?.ToArray() ?? throw new ArgumentNullException(nameof(ids));

    // Room for an exact bitmap of half a million matches: at the default 4 MB it goes lossy and the planner scans the
    // whole paragraphs table instead (1.1 s, against 0.6 s). The pool resets it when the connection is returned.
    public string? Setup => "SET work_mem = '64MB'";
}

using BriefingRoom.Archive.Search;

namespace BriefingRoom.Server.Archive;

/// <summary>What differs between the engines' full-text search: the one interface both archives are searched through.</summary>
public interface ISearchDialect
{
    /// <summary>The engine's text for the query, bound as the <c>@q</c> parameter.</summary>
    string QueryText(SearchQuery query);

    /// <summary>The paragraphs (<c>p</c>) that match <c>@q</c>, joined to their documents (<c>d</c>).</summary>
    string FromMatching { get; }

    /// <summary>An expression ordering better matches first when sorted ascending.</summary>
    string RankAscending { get; }

    /// <summary>The document's year as text.</summary>
    string Year { get; }

    /// <summary>A date as the engine stores it, for comparing with the documents' dates.</summary>
    object StoredDate(DateOnly day);

    /// <summary>A statement run on the connection before searching, or null.</summary>
    string? Setup { get; }
}

/// <summary>SQLite FTS5: an external-content table over the paragraphs, ranked by bm25 (lower is better).</summary>
public sealed class SqliteSearchDialect : ISearchDialect
{
    public string QueryText(SearchQuery query) => query?.ToFts5() ?? throw new ArgumentNullException(nameof(query));

    public string FromMatching =>
        "\"ArchiveSearch\" JOIN \"ArchiveParagraphs\" p ON p.\"Id\" = \"ArchiveSearch\".rowid JOIN \"ArchiveDocuments\" d ON d.\"Id\" = p.\"DocumentId\" WHERE \"ArchiveSearch\" MATCH @q";

    public string RankAscending => "bm25(\"ArchiveSearch\")";

    public string Year => "substr(d.\"Date\", 1, 4)";

    // EF Core keeps dates in SQLite as ISO text, which compares in date order.
    public object StoredDate(DateOnly day) => day.ToString("O", System.Globalization.CultureInfo.InvariantCulture);

    // A search reads tens of thousands of scattered paragraph rows: mapped pages spare a read() call for each.
    public string? Setup => "PRAGMA mmap_size=1073741824";
}

/// <summary>PostgreSQL: the paragraphs' generated tsvector with its GIN index, ranked by ts_rank (higher is better).</summary>
public sealed class PostgresSearchDialect : ISearchDialect
{
    public string QueryText(SearchQuery query) => query?.ToTsQuery() ?? throw new ArgumentNullException(nameof(query));

    public string FromMatching =>
        "\"ArchiveParagraphs\" p JOIN \"ArchiveDocuments\" d ON d.\"Id\" = p.\"DocumentId\" WHERE p.\"Search\" @@ to_tsquery('simple', @q)";

    public string RankAscending => "-ts_rank(p.\"Search\", to_tsquery('simple', @q))";

    public string Year => "to_char(d.\"Date\", 'YYYY')";

    public object StoredDate(DateOnly day) => day;

    public string? Setup => null;
}

namespace BriefingRoom.Archive.Search;

/// <summary>
/// A reporter's search, parsed once (docs/search.md) and translated for each engine. Only <see cref="Parse"/> makes one,
/// so every query here is one both engines can run.
/// </summary>
public sealed record SearchQuery
{
    public const int MaxLength = 1000;
    public const int MaxTerms = 64;
    public const int MaxNesting = 16;

    private SearchQuery(SearchNode root) => Root = root;

    public SearchNode Root { get; }

    /// <summary>The query in <paramref name="text"/>, or a <see cref="SearchQueryException"/> saying what is wrong and where.</summary>
    public static SearchQuery Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length > MaxLength)
        {
            throw new SearchQueryException(MaxLength + 1, $"a query can be at most {MaxLength} characters long; this one is {text.Length}");
        }
        var tokens = SearchQueryLexer.Lex(text);
        if (tokens.Count == 0)
        {
            throw new SearchQueryException(1, string.IsNullOrWhiteSpace(text) ? "the query is empty" : "the query has no letters or digits to search for");
        }
        return new SearchQuery(new SearchQueryParser(tokens).Parse());
    }

    /// <summary>The query for SQLite FTS5's <c>MATCH</c>.</summary>
    public string ToFts5() => Fts5Translator.Translate(Root);

    /// <summary>The query for PostgreSQL's <c>to_tsquery('simple', …)</c>.</summary>
    public string ToTsQuery() => TsQueryTranslator.Translate(Root);

    /// <summary>The words, prefixes and phrases a match may contain (none under a NOT), once each, to highlight in snippets.</summary>
    public IReadOnlyList<SearchLeaf> Terms() => [.. Positive(Root).Distinct()];

    /// <summary>The query as an S-expression.</summary>
    public override string ToString() => Root.ToString()!;

    private static IEnumerable<SearchLeaf> Positive(SearchNode node) => node switch
    {
        SearchLeaf leaf => [leaf],
        SearchGroup group => group.Items.SelectMany(Positive),
        _ => [],
    };
}

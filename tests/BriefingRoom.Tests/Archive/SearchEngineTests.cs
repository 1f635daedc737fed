using BriefingRoom.Archive.Search;
using BriefingRoom.Tests.Specs;
using CsCheck;

namespace BriefingRoom.Tests.Archive;

/// <summary>fixtures/specs/search-matches: each query returns the same rows from SQLite FTS5 and PostgreSQL full-text search.</summary>
public sealed class SearchEngineTests(SearchEngines engines) : IClassFixture<SearchEngines>
{
    private const string Fts5 = "SELECT rowid FROM paragraphs WHERE paragraphs MATCH @q ORDER BY rowid";
    private const string TsQuery = "SELECT rowid FROM paragraphs WHERE to_tsvector('simple', body) @@ to_tsquery('simple', @q) ORDER BY rowid";

    // Words, stems and phrases of the paragraphs, the syntax, and text that is syntax to one engine or the other.
    private static readonly string[] Pieces =
    [
        "sanction*", "sanctions", "Vienna", "Document", "Belarus", "Belarus*", "Kyiv", "Kyïv", "troops", "strategic", "stability",
        "dialogue", "U.S.", "COVID-19", "19", "the", "stab*", "strateg*", "Ménard", "confidence-building", "allies", "Minsk",
        "\"strategic stab\"*", "\"Vienna Document\"", "\"the troops\"", "th*", "s*", "d*", "v*",
        " ", " ", " ", " ", " ", "*", "\"", "(", ")", "-", "|", " OR ", " OR ", " AND ", " NOT ", " -", "'", "\\", ":", "<->", "!", "&", "^", "NEAR",
    ];

    public static TheoryData<SpecCase> Cases() => SpecFile.Cases("search-matches");

    [Theory]
    [MemberData(nameof(Cases))]
    public void SQLite_FTS5_returns_the_rows_the_spec_says(SpecCase spec) =>
        Assert.Equal(spec.Expected, Describe(SearchEngines.Rows(engines.Sqlite, Fts5, Parse(spec).ToFts5())));

    [SkippableTheory]
    [MemberData(nameof(Cases))]
    public void PostgreSQL_returns_the_rows_the_spec_says(SpecCase spec) =>
        Assert.Equal(spec.Expected, Describe(SearchEngines.Rows(engines.Postgres, TsQuery, Parse(spec).ToTsQuery())));

    [SkippableFact]
    public void Any_query_that_parses_returns_the_same_rows_from_both_engines()
    {
        var postgres = engines.Postgres;
        var searched = 0;
        Gen.OneOf(Pieces).Array[1, 12].Select(string.Concat).Sample(text =>
        {
            SearchQuery query;
            try
            {
                query = SearchQuery.Parse(text);
            }
            catch (SearchQueryException)
            {
                return;
            }
            searched++;
            Assert.Equal(SearchEngines.Rows(engines.Sqlite, Fts5, query.ToFts5()), SearchEngines.Rows(postgres, TsQuery, query.ToTsQuery()));
        }, iter: 2000, threads: 1);
        // Most random mixes of syntax are refused; enough of them must still reach both engines.
        Assert.True(searched > 300, $"only {searched} of 2000 queries parsed");
    }

    private static SearchQuery Parse(SpecCase spec) => SearchQuery.Parse(SearchQuerySpecs.Query(spec));

    private static string Describe(List<long> rows) => $"rows: {(rows.Count == 0 ? "none" : string.Join(' ', rows))}\n";
}

using BriefingRoom.Archive.Search;
using BriefingRoom.Tests.Specs;

namespace BriefingRoom.Tests.Archive;

/// <summary>fixtures/specs/search-matches: each query returns the same rows from SQLite FTS5 and PostgreSQL full-text search.</summary>
public sealed class SearchEngineTests(SearchEngines engines) : IClassFixture<SearchEngines>
{
    private const string Fts5 = "SELECT rowid FROM paragraphs WHERE paragraphs MATCH @q ORDER BY rowid";
    private const string TsQuery = "SELECT rowid FROM paragraphs WHERE to_tsvector('simple', body) @@ to_tsquery('simple', @q) ORDER BY rowid";

    public static TheoryData<SpecCase> Cases() => SpecFile.Cases("search-matches");

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task SQLite_FTS5_returns_the_rows_the_spec_says(SpecCase spec) =>
        Assert.Equal(spec.Expected, Describe(await SearchEngines.Rows(engines.Sqlite, Fts5, Parse(spec).ToFts5())));

    [SkippableTheory]
    [MemberData(nameof(Cases))]
    public async Task PostgreSQL_returns_the_rows_the_spec_says(SpecCase spec) =>
        Assert.Equal(spec.Expected, Describe(await SearchEngines.Rows(engines.Postgres, TsQuery, Parse(spec).ToTsQuery())));

    private static SearchQuery Parse(SpecCase spec) => SearchQuery.Parse(SearchQuerySpecs.Query(spec));

    private static string Describe(List<long> rows) => $"rows: {(rows.Count == 0 ? "none" : string.Join(' ', rows))}\n";
}

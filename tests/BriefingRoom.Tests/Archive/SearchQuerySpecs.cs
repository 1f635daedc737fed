using BriefingRoom.Archive.Search;
using BriefingRoom.Tests.Specs;

namespace BriefingRoom.Tests.Archive;

/// <summary>fixtures/specs/search: a query in; its S-expression, FTS5 and tsquery texts and highlight terms (or the positioned error) out.</summary>
public sealed class SearchQuerySpecs
{
    public static TheoryData<SpecCase> Cases() => SpecFile.Cases("search");

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_query_parses_and_translates_as_the_spec_says(SpecCase spec) => Assert.Equal(spec.Expected, Describe(Query(spec)));

    /// <summary>The query of a case: its input without the line break that ends it.</summary>
    public static string Query(SpecCase spec) => spec.Input.EndsWith('\n') ? spec.Input[..^1] : spec.Input;

    private static string Describe(string text)
    {
        SearchQuery query;
        try
        {
            query = SearchQuery.Parse(text);
        }
        catch (SearchQueryException e)
        {
            return $"error: column {e.Column}: {e.Reason}\n";
        }
        return $"ast: {query}\nfts5: {query.ToFts5()}\ntsquery: {query.ToTsQuery()}\nterms: {string.Join(" | ", query.Terms())}\n";
    }
}

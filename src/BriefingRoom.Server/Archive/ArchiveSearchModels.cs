using BriefingRoom.Archive.Search;

namespace BriefingRoom.Server.Archive;

/// <summary>How hits are ordered: best match first, or newest transcript first.</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(System.Text.Json.Serialization.JsonStringEnumConverter<SearchOrder>))]
public enum SearchOrder
{
    [System.Text.Json.Serialization.JsonStringEnumMemberName("relevance")]
    Relevance,

    [System.Text.Json.Serialization.JsonStringEnumMemberName("date")]
    Date,
}

/// <summary>A search of the archive's paragraphs: the parsed query and the filters a reporter set.</summary>
public sealed record SearchRequest(
    SearchQuery Query,
    DateOnly? From = null,
    DateOnly? To = null,
    string? Kind = null,
    string? Attribution = null,
    string? Role = null,
    SearchOrder Order = SearchOrder.Relevance,
    int Page = 1,
    int PageSize = 20)
{
    public const int MaxPageSize = 100;
}

/// <summary>One matching paragraph: where it is (document URL and paragraph anchor), who said it, and the words around the match.</summary>
public sealed record SearchHit(string Url, string Title, DateOnly? Date, string? Speaker, string Role, string Paragraph, string Snippet);

/// <summary>
/// A page of hits, the number of matching paragraphs in all, how they spread over roles, kinds, attribution and years,
/// and the order the hits are in: relevance when asked for, unless more than <see cref="ArchiveSearch.MostRanked"/> match.
/// </summary>
public sealed record SearchResults(int Total, IReadOnlyList<SearchHit> Hits, IReadOnlyDictionary<string, IReadOnlyDictionary<string, int>> Facets, SearchOrder Order);

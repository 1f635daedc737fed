using BriefingRoom.Server.Hosting;

namespace BriefingRoom.Server.Archive;

/// <summary>The archive's search as JSON: public, because the archive holds only published text.</summary>
public static class SearchEndpoints
{
    public static void MapSearch(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/search", async (string? q, string? from, string? to, string? kind, string? attribution, string? role, string? order, int? page, int? pageSize, ArchiveSearch search) =>
        {
            var (request, errors) = new SearchInput(q, from, to, kind, attribution, role, order, page, pageSize).ToRequest();
            return request is null ? Problems.Invalid(errors) : Results.Ok(await search.RunAsync(request));
        }).AllowAnonymous().WithTags("Archive")
            .WithSummary("Paragraphs matching a query (words, \"phrases\", prefix*, AND/OR/NOT), with filters, facets and highlighted snippets.");
        app.MapGet(SearchLinks.Feed, SearchFeed.AnswerAsync).AllowAnonymous().WithTags("Archive")
            .WithSummary("An Atom feed of the newest paragraphs matching a query and filters.");
    }
}

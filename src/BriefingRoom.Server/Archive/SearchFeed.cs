using System.ServiceModel.Syndication;
using BriefingRoom.Publishing;
using BriefingRoom.Server.Hosting;

namespace BriefingRoom.Server.Archive;

/// <summary>An Atom feed per search: the newest matching paragraphs, so a reporter's reader shows new answers on a subject.</summary>
public static class SearchFeed
{
    public static async Task<IResult> AnswerAsync(HttpContext http, ArchiveSearch search, ServerOptions options, TimeProvider time,
        string? q, string? from, string? to, string? kind, string? attribution, string? role)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(time);
        var input = new SearchInput(q, from, to, kind, attribution, role, null, null, null);
        var (request, errors) = (input with { Order = "date", PageSize = PublicFeeds.MaxEntries }).ToRequest();
        if (request is null)
        {
            return Problems.Invalid(errors);
        }
        var results = await search.RunAsync(request, http.RequestAborted);
        var origin = SiteAddress.Origin(options);
        var entries = results.Hits.Select(h => Entry(h, origin)).ToList();
        var self = origin + SearchLinks.To(SearchLinks.Feed, input);
        var page = origin + SearchLinks.To(SearchLinks.Page, input with { Order = "date" });
        var updated = entries.Count > 0 ? entries.Max(e => e.LastUpdatedTime) : time.GetUtcNow();
        var feed = new SyndicationFeed(FeedXml.Text($"Briefing Room search: {q}"), FeedXml.Text("The newest paragraphs of the archive that match this search."), FeedXml.Link(page), self, updated)
        {
            Items = entries,
        };
        feed.Links.Add(SyndicationLink.CreateSelfLink(FeedXml.Link(self), "application/atom+xml"));
        return Results.Text(FeedXml.Atom(feed), "application/atom+xml; charset=utf-8");
    }

    // The paragraph's permalink is its id too: a document and an anchor that survives corrections of other paragraphs.
    private static SyndicationItem Entry(SearchHit hit, string origin)
    {
        var url = SiteAddress.Absolute(origin, hit.Url) + "#" + hit.Paragraph;
        var updated = hit.Date is { } date ? new DateTimeOffset(date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) : DateTimeOffset.UnixEpoch;
        return FeedXml.Item(url, url, hit.Speaker is null ? hit.Title : $"{hit.Title} — {hit.Speaker}", Snippets.Plain(hit.Snippet), updated);
    }
}

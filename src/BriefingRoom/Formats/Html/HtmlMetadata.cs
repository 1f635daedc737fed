using System.Globalization;
using AngleSharp.Dom;
using BriefingRoom.Formats.Text;
using BriefingRoom.Transcripts;

namespace BriefingRoom.Formats.Html;

/// <summary>
/// Reads what a briefing-room page says about itself: title (page heading, og:title, &lt;title&gt;), date
/// (&lt;time datetime&gt;), published and modified instants, canonical URL and tags or category.
/// </summary>
public static class HtmlMetadata
{
    /// <summary>Site names a &lt;title&gt; or og:title appends after a separator ("… | The White House", "… &gt; U.S. Department of Defense &gt; Transcript").</summary>
    private static readonly string[] SiteNames =
    [
        "The White House", "whitehouse.gov", "United States Department of State", "U.S. Department of State",
        "Department of State", "U.S. Department of Defense", "Department of Defense", "U.S. Embassy",
    ];

    private static readonly string[] TitleSeparators = [" | ", " – ", " — ", " - ", " > ", " :: "];

    /// <summary>The page's own heading in each template, most specific first; the content's first &lt;h1&gt; comes after og:title.</summary>
    private static readonly string[] HeadingSelectors =
    [
        "h1.wp-block-whitehouse-topper__headline", "h1.page-title", "h1.entry-title", "h1.page-header__title",
        "h1.featured-content__headline", "h1.maintitle", ".pane-node-title h1", "h1.pane-title",
    ];

    /// <summary>Meta tags that carry the page's date when it prints none in the body.</summary>
    private static readonly string[] DateMetas =
    [
        "meta[property='article:published_time']", "meta[name='article:published_time']", "meta[itemprop='datePublished']",
        "meta[name='DC.date.issued']", "meta[name='DC.Date']", "meta[name='dcterms.date']", "meta[name='date']",
        "meta[name='pubdate']",
    ];

    /// <summary>Words sites print before a page's date: "Issued on: March 3, 2020", "Released June 2, 2004".</summary>
    private static readonly string[] DatePrefixes = ["Issued on", "Issued", "Published on", "Published", "Released on", "Released", "Posted on", "Posted", "Date"];

    public static Metadata Read(IDocument document, IElement? container)
    {
        var url = Meta(document, "link[rel~='canonical']", "href") ?? Meta(document, "meta[property='og:url']", "content");
        var stamped = document.QuerySelector("time[datetime]")?.GetAttribute("datetime");
        var dated = DateMetas.Select(selector => Meta(document, selector, "content")).FirstOrDefault(d => d is not null);
        var published = Instant(Meta(document, "meta[property='article:published_time']", "content"))
            ?? (stamped is { Length: > 10 } ? Instant(stamped) : null);
        var modified = Instant(Meta(document, "meta[property='article:modified_time']", "content") ?? Meta(document, "meta[property='og:updated_time']", "content"));
        return new Metadata(
            Title: Title(document, container),
            Date: Day(stamped)
                ?? (published is { } p ? DateOnly.FromDateTime(p.DateTime) : (DateOnly?)null)
                ?? Day(dated)
                ?? PrintedDate(document),
            Published: published,
            Modified: modified,
            Url: url,
            Tags: Tags(document, url),
            Style: SourceUrls.StyleOf(url));
    }

    private static string? Title(IDocument document, IElement? container)
    {
        var candidates = HeadingSelectors.Select(selector => document.QuerySelector(selector)?.TextContent)
            .Append(Meta(document, "meta[property='og:title']", "content"))
            .Append(container?.QuerySelector("h1")?.TextContent)
            .Append(document.QuerySelector("h1")?.TextContent)
            .Append(document.Title);
        // A banner or a site name in an <h1> is the site's, not the briefing's title.
        return candidates.Select(c => WithoutSiteName(Clean(c))).FirstOrDefault(t => t is not null && !SiteBanners.IsBanner(t) && !IsSiteName(t));
    }

    private static bool IsSiteName(string text) => SiteNames.Any(n => n.Equals(text, StringComparison.OrdinalIgnoreCase));

    /// <summary>The title without the site's name a &lt;title&gt; appends after a separator, and whatever follows that name.</summary>
    private static string? WithoutSiteName(string? text)
    {
        if (text is null)
        {
            return null;
        }
        foreach (var separator in TitleSeparators)
        {
            foreach (var site in SiteNames)
            {
                var at = text.IndexOf(separator + site, StringComparison.OrdinalIgnoreCase);
                if (at > 0)
                {
                    return text[..at].TrimEnd();
                }
            }
        }
        return text;
    }

    /// <summary>
    /// A date printed in an element named for it, as Drupal-era pages do (<c>&lt;div class="press-article-date"&gt;</c>),
    /// or in a <c>&lt;time&gt;</c> without a machine-readable value ("Issued on: March 3, 2020").
    /// </summary>
    private static DateOnly? PrintedDate(IDocument document)
    {
        foreach (var element in document.QuerySelectorAll("time, [class*='date']").Take(20))
        {
            if (Clean(element.TextContent) is { } text && TryPrintedDate(text, out var date))
            {
                return date;
            }
        }
        return null;
    }

    /// <summary>Reads "March 3, 2020", "Issued on: March 3, 2020" or defense.gov's "Sept. 5, 2024".</summary>
    internal static bool TryPrintedDate(string text, out DateOnly date)
    {
        foreach (var prefix in DatePrefixes)
        {
            if (text.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) && text.Length > prefix.Length && !char.IsLetter(text[prefix.Length]))
            {
                text = text[prefix.Length..].TrimStart(' ', ':', '-', '\u2013', '\u2014');
                break;
            }
        }
        // .NET knows "Sep." but not the "Sept." the Defense Department prints.
        text = text.Replace("Sept.", "Sep.", StringComparison.Ordinal);
        return HeadLines.TryDate(text, out date);
    }

    /// <summary>Where the page says the event was held when the transcript does not: state.gov's <c>article-meta__location</c>.</summary>
    public static string? Dateline(IDocument document) =>
        Clean(document.QuerySelector(".article-meta__location")?.TextContent) is { } place && HeadLines.CouldBeDateline(place) ? place : null;

    private static ValueList<string> Tags(IDocument document, string? url)
    {
        var tags = new List<string>();
        foreach (var meta in document.QuerySelectorAll("meta[property='article:section'], meta[property='article:tag']"))
        {
            tags.Add(Clean(meta.GetAttribute("content")) ?? "");
        }
        foreach (var link in document.QuerySelectorAll("a[rel~='tag']"))
        {
            tags.Add(Clean(link.TextContent) ?? "");
        }
        if (tags.Count == 0 && Meta(document, "meta[name='keywords']", "content") is { } keywords)
        {
            tags.AddRange(keywords.Split(',', StringSplitOptions.TrimEntries));
        }
        tags = [.. tags.Where(t => t.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase)];
        if (tags.Count == 0 && Section(url) is { } section)
        {
            tags.Add(section);
        }
        return [.. tags];
    }

    /// <summary>The briefing-room section a URL files the page under, e.g. "press-briefings" in /briefing-room/press-briefings/2022/…</summary>
    private static string? Section(string? url)
    {
        const string room = "/briefing-room/";
        var at = url?.IndexOf(room, StringComparison.OrdinalIgnoreCase) ?? -1;
        if (at < 0)
        {
            return null;
        }
        var rest = url![(at + room.Length)..];
        var slash = rest.IndexOf('/', StringComparison.Ordinal);
        var section = slash < 0 ? rest : rest[..slash];
        return section.Length > 0 && !char.IsAsciiDigit(section[0]) ? section : null;
    }

    private static string? Meta(IDocument document, string selector, string attribute) =>
        Clean(document.QuerySelector(selector)?.GetAttribute(attribute));

    /// <summary>Collapses HTML whitespace (not no-break spaces, which titles use on purpose) and trims.</summary>
    internal static string? Clean(string? text)
    {
        if (text is null)
        {
            return null;
        }
        var collapsed = string.Join(' ', text.Split([' ', '\t', '\n', '\r', '\f'], StringSplitOptions.RemoveEmptyEntries));
        return collapsed.Length == 0 ? null : collapsed;
    }

    private static DateTimeOffset? Instant(string? text) =>
        DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces | DateTimeStyles.AssumeUniversal, out var instant) ? instant : null;

    private static DateOnly? Day(string? text) =>
        text is { Length: >= 10 } && DateOnly.TryParseExact(text[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : null;
}

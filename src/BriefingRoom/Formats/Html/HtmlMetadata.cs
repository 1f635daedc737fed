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
    private static readonly string[] TitleSuffixes = [" | The White House", " – The White House", " - The White House", " | whitehouse.gov"];

    public static Metadata Read(IDocument document, IElement? container)
    {
        var url = Meta(document, "link[rel~='canonical']", "href") ?? Meta(document, "meta[property='og:url']", "content");
        var stamped = document.QuerySelector("time[datetime]")?.GetAttribute("datetime");
        var published = Instant(Meta(document, "meta[property='article:published_time']", "content"))
            ?? (stamped is { Length: > 10 } ? Instant(stamped) : null);
        var modified = Instant(Meta(document, "meta[property='article:modified_time']", "content") ?? Meta(document, "meta[property='og:updated_time']", "content"));
        return new Metadata(
            Title: Title(document, container),
            Date: Day(stamped)
                ?? (published is { } p ? DateOnly.FromDateTime(p.DateTime) : (DateOnly?)null)
                ?? PrintedDate(document),
            Published: published,
            Modified: modified,
            Url: url,
            Tags: Tags(document, url),
            Style: SourceUrls.StyleOf(url));
    }

    private static string? Title(IDocument document, IElement? container)
    {
        var heading = document.QuerySelector("h1.page-title") ?? document.QuerySelector("h1.entry-title");
        var text = Clean(heading?.TextContent)
            ?? Clean(Meta(document, "meta[property='og:title']", "content"))
            ?? Clean(container?.QuerySelector("h1")?.TextContent)
            ?? Clean(document.QuerySelector("h1")?.TextContent)
            ?? Clean(document.Title);
        if (text is null)
        {
            return null;
        }
        foreach (var suffix in TitleSuffixes)
        {
            if (text.EndsWith(suffix, StringComparison.OrdinalIgnoreCase))
            {
                return text[..^suffix.Length].TrimEnd();
            }
        }
        return text;
    }

    /// <summary>A date printed in an element named for it, as Drupal-era pages do (<c>&lt;div class="press-article-date"&gt;</c>).</summary>
    private static DateOnly? PrintedDate(IDocument document)
    {
        foreach (var element in document.QuerySelectorAll("[class*='date']").Take(20))
        {
            if (Clean(element.TextContent) is { } text && HeadLines.TryDate(text, out var date))
            {
                return date;
            }
        }
        return null;
    }

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

using AngleSharp.Dom;

namespace BriefingRoom.Formats.Html;

/// <summary>
/// Finds the element holding a briefing's text in the templates the briefing room has used, and tells which
/// elements inside it are page furniture (navigation, share widgets, scripts) rather than transcript.
/// </summary>
public static class HtmlContent
{
    /// <summary>Most specific first: WordPress-era body, other WordPress themes, Drupal (Obama-era) fields, then whole regions.</summary>
    private static readonly string[] ContainerSelectors =
    [
        "section.body-content", ".body-content", ".entry-content", ".field-name-body .field-item", ".field-item",
        "#content", "#main-content", "main", "article", "body",
    ];

    private const int MaxCandidates = 50;

    private static readonly HashSet<string> SkippedElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "nav", "header", "footer", "script", "style", "aside", "noscript", "template", "form", "button", "svg", "iframe",
        "select", "textarea", "input", "object", "embed", "canvas", "video", "audio", "figure", "img", "head", "title",
        "meta", "link", "map", "dialog",
    };

    /// <summary>Parts of class and id names (split at '-' and '_') that mark page furniture: "share-tools", "skip-link".</summary>
    private static readonly HashSet<string> FurnitureParts = new(StringComparer.OrdinalIgnoreCase)
    {
        "share", "sharing", "social", "breadcrumb", "breadcrumbs", "addthis", "sidebar", "skip", "menu", "nav",
        "navigation", "navbar", "related", "print", "tags", "screen", "sr", "hidden", "visually", "invisible",
    };

    private static readonly char[] NameSeparators = ['-', '_'];

    /// <summary>The element whose text is the transcript: the first selector that matches, the one with most text among several.</summary>
    public static IElement? Container(IDocument document)
    {
        foreach (var selector in ContainerSelectors)
        {
            var matches = document.QuerySelectorAll(selector);
            if (matches.Length == 1)
            {
                return matches[0];
            }
            if (matches.Length > 1)
            {
                return matches.Take(MaxCandidates).MaxBy(e => e.TextContent.Length);
            }
        }
        return document.DocumentElement;
    }

    /// <summary>True for elements that never hold transcript text: scripts, navigation, share and print widgets, hidden text.</summary>
    public static bool IsFurniture(IElement element)
    {
        // An article's own header holds its title, date and dateline; a page's header is site chrome.
        if (element.LocalName == "header" && element.ParentElement?.Closest("article") is not null)
        {
            return false;
        }
        if (SkippedElements.Contains(element.LocalName) || element.HasAttribute("hidden") ||
            string.Equals(element.GetAttribute("aria-hidden"), "true", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }
        foreach (var token in element.ClassList)
        {
            if (IsFurnitureName(token))
            {
                return true;
            }
        }
        var id = element.Id;
        return id is not null && IsFurnitureName(id);
    }

    private static bool IsFurnitureName(string name) =>
        name.Split(NameSeparators, StringSplitOptions.RemoveEmptyEntries).Any(FurnitureParts.Contains);
}

using AngleSharp.Dom;

namespace BriefingRoom.Formats.Html;

/// <summary>
/// Finds the element holding a briefing's text in the templates the briefing room has used, and tells which
/// elements inside it are page furniture (navigation, share widgets, scripts) rather than transcript.
/// </summary>
public static class HtmlContent
{
    /// <summary>
    /// Most specific first: the 2021–2025 WordPress body, the 2017–2021 one (<c>page-content__content</c>), today's
    /// whitehouse.gov and state.gov (<c>entry-content</c>), Drupal (2009–2017) fields, defense.gov's article body,
    /// then whole regions.
    /// </summary>
    private static readonly string[] ContainerSelectors =
    [
        "section.body-content", ".body-content", ".page-content__content", ".entry-content", ".field-name-body .field-item",
        ".field-item", "[itemprop='articleBody']", "div.body", "#content", "#main-content", "main", "article", "body",
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
        "banner", "masthead", "search", "topper", "byline", "eyebrow", "kicker", "meta", "toolbar", "pager",
        "pagination", "subnav", "megamenu", "footer",
    };

    /// <summary>Whole class names of head furniture whose parts alone say too little ("category-…" is also a WordPress post class).</summary>
    private static readonly HashSet<string> FurnitureNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "issue-flag", "posted-on", "category", "categories", "cat-links", "tag-links", "post-categories",
    };

    /// <summary>
    /// BEM element names (after <c>__</c>) of the bits of a page head that are not its title: the section line
    /// ("page-header__section": "Remarks"), an issue ("meta__issue": "Healthcare"), a date or a type.
    /// </summary>
    private static readonly HashSet<string> HeadParts = new(StringComparer.OrdinalIgnoreCase)
    {
        "section", "issue", "type", "date", "flag", "label", "tag",
    };

    /// <summary>ARIA landmarks that are site chrome wherever they sit.</summary>
    private static readonly HashSet<string> ChromeRoles = new(StringComparer.OrdinalIgnoreCase)
    {
        "banner", "navigation", "search", "contentinfo", "complementary", "menu", "menubar", "toolbar", "dialog", "alert",
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
            string.Equals(element.GetAttribute("aria-hidden"), "true", StringComparison.OrdinalIgnoreCase) ||
            (element.GetAttribute("role") is { } role && ChromeRoles.Contains(role)))
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

    private static bool IsFurnitureName(string name)
    {
        if (FurnitureNames.Contains(name))
        {
            return true;
        }
        // "page-header__section--alt": the element part is "section".
        var element = name.LastIndexOf("__", StringComparison.Ordinal);
        if (element >= 0)
        {
            var part = name[(element + 2)..];
            var modifier = part.IndexOf("--", StringComparison.Ordinal);
            if (HeadParts.Contains(modifier < 0 ? part : part[..modifier]))
            {
                return true;
            }
        }
        return name.Split(NameSeparators, StringSplitOptions.RemoveEmptyEntries).Any(FurnitureParts.Contains);
    }
}

namespace BriefingRoom.Formats.Html;

/// <summary>
/// The sentences government sites print around every page — the .gov banner, the archive notice, skip links,
/// print links — recognised by their words, so they are left out of a transcript and never taken as its title
/// even when a template wraps them in markup the element rules do not know.
/// </summary>
public static class SiteBanners
{
    /// <summary>Whole paragraphs that are banner text; compared with blanks collapsed, case and apostrophe style ignored.</summary>
    private static readonly HashSet<string> Whole = new(StringComparer.OrdinalIgnoreCase)
    {
        "an official website of the united states government", "an official website of the united states government here's how you know",
        "here's how you know", "official government website", "skip to main content", "skip to content", "skip to navigation",
        "skip to footer", "click to print this document", "printer-friendly version", "print this document", "print this page",
        "email this page", "email this document", "bookmark this page", "en español", "return to this article",
        "this document has been archived", "archived content",
    };

    /// <summary>Openings of the longer banner sentences ("Official websites use .gov A .gov website belongs to …").</summary>
    private static readonly string[] Openings =
    [
        "official websites use .gov", "secure .gov websites use https", "a .gov website belongs to an official government organization",
        "a lock (", "a lock or https://", "this is historical material",
        "this page is part of an archive", "this is an archived page", "the website is no longer updated",
        "the web site is no longer updated",
    ];

    /// <summary>True when <paramref name="text"/> (one paragraph, blanks collapsed) is a site banner, not anyone's words.</summary>
    public static bool IsBanner(string text)
    {
        var key = Normalize(text);
        if (key.Length == 0)
        {
            return false;
        }
        if (Whole.Contains(key))
        {
            return true;
        }
        foreach (var opening in Openings)
        {
            if (key.StartsWith(opening, StringComparison.OrdinalIgnoreCase))
            {
                // The archive notice is a banner only with its own words; "This is historical material for our
                // students" said by a speaker is not.
                return !opening.StartsWith("this is historical", StringComparison.Ordinal) || IsArchiveNotice(key);
            }
        }
        return false;
    }

    private static bool IsArchiveNotice(string key) =>
        key.Contains("frozen in time", StringComparison.OrdinalIgnoreCase) ||
        key.Contains("no longer updated", StringComparison.OrdinalIgnoreCase);

    /// <summary>Curly quotes and apostrophes as straight ones, blanks collapsed, trailing stops and arrows dropped.</summary>
    private static string Normalize(string text)
    {
        var straight = text
            .Replace('\u2019', '\'').Replace('\u2018', '\'').Replace('\u201C', '"').Replace('\u201D', '"')
            .Replace('\u00A0', ' ');
        var collapsed = string.Join(' ', straight.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return collapsed.TrimEnd('.', ' ', '\u25BE', '\u25BC', '>', '\u203A');
    }
}

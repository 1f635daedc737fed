using System.Globalization;
using BriefingRoom.Formats;

namespace BriefingRoom.Publishing;

/// <summary>
/// The public URL scheme. A record lives at <c>/briefing-room/&lt;section&gt;/&lt;yyyy&gt;/&lt;mm&gt;/&lt;dd&gt;/&lt;slug&gt;/</c>
/// (the date of first publication in the briefing's zone, the slug of the public title), as the live site's URLs do.
/// That path serves the page (stored as <c>index.html</c>); the same record is at <c>&lt;path&gt;index.md</c> (Markdown)
/// and <c>&lt;path&gt;index.json</c> (JSON). A correction keeps the path of the first version.
/// </summary>
public static class PublicPaths
{
    public const string Root = "/briefing-room/";
    public const string PageFile = "index.html";
    public const string MarkdownFile = "index.md";
    public const string JsonFile = "index.json";

    /// <summary>Long enough for the live site's longest seed slug (138 characters), short enough to quote in a tweet.</summary>
    public const int MaxSlugLength = 160;

    /// <summary>The path of a record first published on <paramref name="date"/>; throws <see cref="ArgumentException"/> when the section or title cannot make one.</summary>
    public static string Of(string section, DateOnly date, string title)
    {
        ArgumentNullException.ThrowIfNull(section);
        ArgumentNullException.ThrowIfNull(title);
        if (section.Length == 0 || Slug.Of(section, int.MaxValue) != section)
        {
            throw new ArgumentException($"section \"{section}\" must be lower-case letters and digits joined by single hyphens, such as press-briefings", nameof(section));
        }
        var slug = Slug.Of(title, MaxSlugLength);
        if (slug.Length == 0)
        {
            throw new ArgumentException($"title \"{title}\" has no letter or digit to make a URL slug from", nameof(title));
        }
        return string.Create(CultureInfo.InvariantCulture, $"{Root}{section}/{date:yyyy'/'MM'/'dd}/{slug}/");
    }

    /// <summary>Where the archive's copy of the record at <paramref name="path"/> is reached; the server sends this on to the copy's own address.</summary>
    public const string ArchiveCopyRoot = "/archive/published/";

    /// <summary>The archive copy's page, or one of its views (<c>questions</c>, <c>transcript.akn.xml</c>, <c>transcript.csv</c>).</summary>
    public static string ArchiveCopy(string path, string view = "")
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!IsRecordPath(path))
        {
            throw new ArgumentException($"\"{path}\" is not a record path such as /briefing-room/press-briefings/2022/01/08/slug/", nameof(path));
        }
        return ArchiveCopyRoot + path[Root.Length..] + view;
    }

    /// <summary>The absolute URL of a site path: <paramref name="siteBase"/> without its trailing slash, then the path.</summary>
    public static string Url(string siteBase, string path)
    {
        ArgumentNullException.ThrowIfNull(siteBase);
        return siteBase.TrimEnd('/') + path;
    }

    /// <summary>Whether <paramref name="path"/> is a record path this scheme could have made (for a stored path handed back).</summary>
    public static bool IsRecordPath(string path) =>
        path.StartsWith(Root, StringComparison.Ordinal) && path.EndsWith('/') &&
        path[Root.Length..^1].Split('/') is [var section, { Length: 4 }, { Length: 2 }, { Length: 2 }, var slug] &&
        section.Length > 0 && Slug.Of(section, int.MaxValue) == section && slug.Length > 0 && Slug.Of(slug, int.MaxValue) == slug;
}

using System.Collections.Frozen;
using BriefingRoom.Transcripts;

namespace BriefingRoom.Formats.Text;

/// <summary>
/// The furniture government sites print around a transcript, as it reads when a page is copied: navigation,
/// release notices, print/share/bookmark links, the ".gov" banner, an archive's "frozen in time" notice,
/// presenter lines and a daily briefing's index of topics. None of it is anyone's words, so readers drop it.
/// Lines are given with blanks collapsed; curly quotes and apostrophes match straight ones.
/// </summary>
public static class SiteChrome
{
    private static readonly FrozenSet<string> Phrases = FrozenSet.ToFrozenSet(
        [
            "the white house", "white house", "office of the press secretary", "office of the vice president",
            "office of the first lady", "for immediate release", "immediate release", "print", "share", "share this",
            "share this page", "share on facebook", "share on twitter", "share on x", "tweet", "email", "e-mail",
            "facebook", "twitter", "linkedin", "copy link", "copy url", "link copied", "briefing room",
            "press briefings", "press briefing room", "speeches and remarks", "speeches & remarks",
            "statements and releases", "statements & releases", "presidential actions", "news", "home", "menu",
            "search", "close", "skip to content", "skip to main content", "back to top", "print this page",
            "email this page", "print-friendly version", "printer-friendly version", "en español", "español",
            "briefings & statements", "briefings and statements", "the briefing room", "latest news",
            // Print, share and bookmark links as older sites label them.
            "click to print this document", "print this document", "email this document", "click to email this document",
            "print friendly", "printer friendly", "printer friendly version", "bookmark", "bookmark and share",
            "bookmark & share", "share this article", "email this article", "print this article", "print article",
            "subscribe", "rss", "printable banner", "print banner",
            // Banners of federal sites, and agency mastheads.
            "an official website of the united states government", "an official website of the united states government.",
            "here's how you know", "here's how you know.", "search form", "official websites use .gov",
            "secure .gov websites use https", "u.s. department of state", "u.s. department of state - great seal",
            "diplomacy in action", "u.s. department of defense", "department of defense", "news transcript",
            "transcript", "transcripts", "bureau of public affairs", "press relations office",
        ],
        StringComparer.OrdinalIgnoreCase);

    /// <summary>Link words a copied page runs together on one line ("Print Email Share").</summary>
    private static readonly FrozenSet<string> LinkWords = FrozenSet.ToFrozenSet(
        ["print", "email", "e-mail", "share", "tweet", "facebook", "twitter", "linkedin", "bookmark", "x", "|", "youtube", "flickr", "instagram", "rss"],
        StringComparer.OrdinalIgnoreCase);

    /// <summary>How the sentences of the federal banners and the archive notice open; the rest of each is the banner's own.</summary>
    private static readonly string[] BannerOpenings =
    [
        "an official website of the united states government",
        "the .gov means it's official", ".gov means it's official",
        "federal government websites often end in .gov or .mil",
        "secure .gov websites use https", "official websites use .gov",
        "a lock (", "a lock or https:// means", "before sharing sensitive information",
        "share sensitive information only on official, secure websites",
        "this is historical material \"frozen in time\"",
        "the video is also available with closed captioning",
    ];

    private static readonly string[] IndexHeadings = ["index for today's briefing", "index"];

    private static readonly string[] Presenters = ["presenter:", "presenters:"];

    /// <summary>Longer than this, a paragraph is text, whatever it opens with: banners are a sentence or three.</summary>
    private const int MaxBannerLength = 400;

    /// <summary>True for a known chrome phrase, a banner, a presenter line or a run of link words.</summary>
    public static bool Is(string line)
    {
        var key = Straight(line.Trim());
        if (key.Length == 0)
        {
            return false;
        }
        if (IsPhrase(key) || IsIndexHeading(key))
        {
            return true;
        }
        if (key.Length <= MaxBannerLength && (StartsWithAny(key, BannerOpenings) || IsPresenterLine(key)))
        {
            return true;
        }
        if (IsIssuingOffice(key) || IsSourceNote(key) || IsMenu(key))
        {
            return true;
        }
        var words = key.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length > 1 && words.All(LinkWords.Contains);
    }

    /// <summary>True for a presenter line ("Presenter: Pentagon Press Secretary Geoff Morrell June 25, 2008 1:00 PM EDT").</summary>
    public static bool IsPresenterLine(string line) => StartsWithAny(line.TrimStart(), Presenters);

    /// <summary>
    /// The office that issued the release, as mastheads print it under the agency ("Office of the Assistant Secretary of
    /// Defense (Public Affairs)"): it names who publishes, never an event, so it is no title.
    /// </summary>
    private static bool IsIssuingOffice(string line) =>
        line.StartsWith("Office of ", StringComparison.OrdinalIgnoreCase) && line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= MaxOfficeWords &&
        line[^1] is not ('.' or '?' or '!' or ':' or ',' or ';') && !HeadLines.HasTitleKeyword(line);

    private const int MaxOfficeWords = 14;

    /// <summary>
    /// A site's menu bar copied as one line: it opens with "Home" and runs on in capitalised entries
    /// ("Home Issues &amp; Press Travel &amp; Business Countries … Video"); a heading naming an event is no menu.
    /// </summary>
    private static bool IsMenu(string line)
    {
        var words = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length >= MinMenuWords && words[0].Equals("Home", StringComparison.OrdinalIgnoreCase) && line.Length <= MaxBannerLength &&
            words.All(w => char.IsUpper(w[0]) || w is "&" or "|" or "and") && !HeadLines.HasTitleKeyword(line);
    }

    private const int MinMenuWords = 4;

    /// <summary>A mirror's note of where its copy came from: "From: The Department of State Foreign Affairs Network (DOSFAN) at &lt;http://www.state.gov&gt;".</summary>
    private static bool IsSourceNote(string line) =>
        line.StartsWith("From:", StringComparison.OrdinalIgnoreCase) && line.Length <= MaxBannerLength &&
        (line.EndsWith('>') || line.Contains("http://", StringComparison.OrdinalIgnoreCase) || line.Contains("https://", StringComparison.OrdinalIgnoreCase));

    /// <summary>True for a line that is one of the known chrome phrases exactly ("Print", "Office of the Press Secretary").</summary>
    public static bool IsPhrase(string line) => Phrases.Contains(Straight(line));

    /// <summary>True for the line that opens a daily briefing's index of topics.</summary>
    public static bool IsIndexHeading(string line)
    {
        var key = Straight(line.Trim()).TrimEnd(':');
        return IndexHeadings.Any(h => key.Equals(h, StringComparison.OrdinalIgnoreCase)) ||
            // Copied text runs the heading and its bullets together: "Index for Today's Briefing • Travel • …".
            (key.StartsWith(IndexHeadings[0] + " ", StringComparison.OrdinalIgnoreCase) && IsBullet(key.AsSpan(IndexHeadings[0].Length + 1)));
    }

    /// <summary>
    /// True for an entry of a topic index: a bulleted line, a country or subject heading in capitals, or a short
    /// line that ends no sentence ("Counterterrorism Operations / Embassy Security").
    /// </summary>
    public static bool IsIndexEntry(string line)
    {
        var key = line.Trim();
        if (key.Length == 0 || IsBullet(key))
        {
            return key.Length > 0;
        }
        // The head's own lines end the index: a time, a date or a dateline is never a topic.
        if (TimeMarks.TryParse(key, out _) || HeadLines.TryDate(key, out _) || HeadLines.IsDateline(key))
        {
            return false;
        }
        var words = key.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        return words <= 12 && key.Length <= 120 && key[^1] is not ('.' or '?' or '!' or ':' or ',' or ';') && key.Any(char.IsLetter) &&
            (char.IsUpper(key[0]) || char.IsAsciiDigit(key[0]));
    }

    private static bool IsBullet(ReadOnlySpan<char> text) =>
        text.Length > 1 && text[0] is '•' or '·' or '‣' or '▪' or '◦' or '-' or '*' or '–' && text[1] is ' ' or '\u00a0';

    private static bool StartsWithAny(string text, string[] openings) =>
        openings.Any(o => text.StartsWith(o, StringComparison.OrdinalIgnoreCase));

    private static string Straight(string text) =>
        text.Replace('\u2019', '\'').Replace('\u2018', '\'').Replace('\u201c', '"').Replace('\u201d', '"');

    /// <summary>
    /// Follows a daily briefing's index of topics through the paragraphs above the first label: its heading opens
    /// it, and every entry after it belongs to it until a paragraph that is no entry.
    /// </summary>
    public sealed class TopicIndex
    {
        private bool _open;

        /// <summary>True when <paramref name="text"/> is the index's heading or one of its entries.</summary>
        public bool Takes(string text)
        {
            if (IsIndexHeading(text))
            {
                _open = true;
                return true;
            }
            _open = _open && IsIndexEntry(text);
            return _open;
        }
    }
}

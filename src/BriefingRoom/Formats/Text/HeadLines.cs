using System.Buffers;
using System.Globalization;
using BriefingRoom.Transcripts;

namespace BriefingRoom.Formats.Text;

/// <summary>
/// Tells apart the short lines above a transcript's body: site chrome (navigation, "For Immediate Release",
/// breadcrumbs, a date), datelines ("Via Teleconference", "Aboard Air Force One") and titles. Lines are given
/// with blanks collapsed.
/// </summary>
public static class HeadLines
{
    private static readonly string[] DatelinePrefixes =
    [
        "Via ", "via ", "VIA ", "Aboard ", "ABOARD ", "En Route ", "En route ", "EN ROUTE ", "James S. Brady Press Briefing Room", "The James S. Brady Press Briefing Room", "James S. Brady Briefing Room",
        "Brady Press Briefing Room", "Filing Center", "Press Filing Center", "International Media Center", "International Press Center",
        "Hotel ",
    ];

    private static readonly string[] PlaceEndings = [" Room", " Office", " Garden", " Auditorium", " Building", " Hall"];

    // Endings a headline may also take ("… at the Kennedy Center"), so a line naming an event is no dateline by them.
    private static readonly string[] VenueEndings =
    [
        " Hotel", " Palace", " Center", " Centre", " Ballroom", " Colonnade", " Rotunda", " Library", " Church", " College",
        " University", " School", " Base", " Embassy", " Residence", " Lawn", " Pentagon",
    ];

    private static readonly string[] TitleKeywords =
    [
        "press call", "press briefing", "briefing", "remarks", "gaggle", "press conference", "conference call",
        "background call", "interview", "statement", "roundtable", "town hall", "q&a",
        // The kinds the Public Papers of the Presidents name.
        "exchange with reporters", "news conference", "question-and-answer session",
    ];

    private static readonly string[] DateFormats =
    [
        "MMMM d, yyyy", "MMMM dd, yyyy", "MMM d, yyyy", "MMM. d, yyyy", "dddd, MMMM d, yyyy", "dddd, MMMM dd, yyyy",
        "ddd, MMM d, yyyy", "yyyy-MM-dd", "M/d/yyyy", "MM/dd/yyyy", "d MMMM yyyy", "MMMM d yyyy",
    ];

    private static readonly char[] CrumbSeparators = ['›', '»', '>', '/', '|', '·', '\u2022'];

    private static readonly SearchValues<char> CrumbSearch = SearchValues.Create(CrumbSeparators);

    /// <summary>True for navigation, release notices, breadcrumbs and bare dates; <paramref name="date"/> is set for a date line.</summary>
    public static bool IsChrome(string line, out DateOnly? date)
    {
        date = null;
        var bare = line.Trim().TrimEnd(':', '|').Trim();
        // Rules such as "______" or "* * *" separate chrome from the release; they carry no words.
        if (bare.Length == 0 || SiteChrome.Is(bare) || !bare.Any(char.IsLetterOrDigit))
        {
            return true;
        }
        if (TryDate(bare, out var d))
        {
            date = d;
            return true;
        }
        const string release = "For Immediate Release";
        if (bare.StartsWith(release, StringComparison.OrdinalIgnoreCase) && TryDate(bare[release.Length..].Trim(' ', ':', '-', '\u2013', '\u2014'), out d))
        {
            date = d;
            return true;
        }
        return IsBreadcrumb(bare) || IsCounter(bare);
    }

    /// <summary>
    /// A release's or page's number on its own line: "754", "DPB #11", "No. 123-97". It counts documents and names no
    /// place or event; a title that carries its number ("Daily Press Briefing #29") names the event and stays a title.
    /// </summary>
    private static bool IsCounter(string line)
    {
        if (!line.Any(char.IsLetter))
        {
            return true;
        }
        var words = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var number = words[^1].TrimStart('#');
        var marked = words[^1].StartsWith('#') || (words.Length > 1 && words[^2] is "No." or "no." or "NO." or "Number" or "#");
        return marked && words.Length <= MaxCounterWords && number.Length > 0 && char.IsAsciiDigit(number[0]) &&
            number.All(c => char.IsAsciiDigit(c) || c is '-' or '/') && !HasTitleKeyword(line);
    }

    private const int MaxCounterWords = 4;

    /// <summary>Reads a date as sites print it above a release ("January 8, 2022", "Saturday, January 8, 2022").</summary>
    public static bool TryDate(string text, out DateOnly date)
    {
        date = default;
        if (text.Length is < 8 or > 40 || !char.IsAsciiDigit(text[^1]))
        {
            return false;
        }
        if (DateTime.TryParseExact(text, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var parsed))
        {
            date = DateOnly.FromDateTime(parsed);
            return true;
        }
        return false;
    }

    /// <summary>
    /// Reads a date line that ends in the start time, as older transcripts print it: "January 23, 1997 1:30 PM EDT",
    /// "TUESDAY, MARCH 9, 1999, 1:10 P.M.", "Tuesday, April 18, 2000 - 2:00 p.m. EDT". The mark is the time as printed.
    /// </summary>
    public static bool TryDatedTime(string line, out DateOnly date, out TimeMark mark)
    {
        date = default;
        mark = null!;
        if (line.Length > 80)
        {
            return false;
        }
        for (var colon = line.IndexOf(':'); colon > 0; colon = line.IndexOf(':', colon + 1))
        {
            var start = colon - 1;
            if (start > 0 && char.IsAsciiDigit(line[start - 1]))
            {
                start--;
            }
            if (start == 0 || !char.IsAsciiDigit(line[start]) || !InlineText.IsBlank(line[start - 1]))
            {
                continue;
            }
            var prefix = line[..start].TrimEnd(DateTimeJoints);
            if (prefix.EndsWith(" at", StringComparison.OrdinalIgnoreCase))
            {
                prefix = prefix[..^3].TrimEnd(DateTimeJoints);
            }
            if (TimeMarks.TryParse(line.AsSpan(start), out mark) && (TryDate(prefix, out date) || (SiteChrome.IsPresenterLine(line) && TryTrailingDate(prefix, out date))))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The date that ends a presenter line, after the presenters' names: "… Geoff Morrell June 25, 2008".</summary>
    private static bool TryTrailingDate(string text, out DateOnly date)
    {
        date = default;
        for (var space = text.LastIndexOf(' '); space > 0; space = text.LastIndexOf(' ', space - 1))
        {
            var tail = text[(space + 1)..];
            if (tail.Length > 40)
            {
                return false;
            }
            if (TryDate(tail, out date))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// True for a line that introduces the transcript inside a page about it ("Following is the White House transcript:",
    /// a video page's "Read the Transcript"): the transcript's own head starts below it.
    /// </summary>
    public static bool IntroducesTranscript(string line)
    {
        if (WordCount(line) > MaxIntroWords || !line.Contains("transcript", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }
        // A bare "TRANSCRIPT:" heads the transcript's own section, under its own title; it introduces nothing.
        return TranscriptIntros.Any(o => line.StartsWith(o, StringComparison.OrdinalIgnoreCase));
    }

    private const int MaxIntroWords = 12;

    private static readonly string[] TranscriptIntros = ["Read the ", "Read full ", "View the ", "See the ", "Following is ", "The following is ", "Below is ", "Here is "];

    private static readonly char[] DateTimeJoints = [' ', '\u00a0', '\u202f', ',', '-', '\u2013', '\u2014'];

    private static bool IsBreadcrumb(string line)
    {
        if (line.AsSpan().IndexOfAny(CrumbSearch) < 0)
        {
            return false;
        }
        var parts = line.Split(CrumbSeparators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (parts.Length < 2)
        {
            return false;
        }
        var known = false;
        foreach (var part in parts)
        {
            if (part.Split(' ').Length > 6)
            {
                return false;
            }
            known |= SiteChrome.IsPhrase(part);
        }
        return known;
    }

    /// <summary>True for a line holding only a web address, as printed pages put at their top or foot.</summary>
    public static bool IsUrl(string line) =>
        (line.StartsWith("https://", StringComparison.OrdinalIgnoreCase) || line.StartsWith("http://", StringComparison.OrdinalIgnoreCase)) &&
        !line.Contains(' ', StringComparison.Ordinal) && Uri.TryCreate(line, UriKind.Absolute, out _);

    /// <summary>
    /// True for a line that names where a briefing was held in a form only datelines take: a medium ("Via Teleconference"),
    /// a room, building or hotel ("Filing Center", "Hotel Aldrovandi Palace"), a city and its state or country.
    /// </summary>
    public static bool IsDateline(string line)
    {
        if (line.Length is 0 or > 80 || EndsSentence(line))
        {
            return false;
        }
        if (line.StartsWith("Room ", StringComparison.Ordinal) && line.Length > 5 && char.IsAsciiDigit(line[5]))
        {
            // "Room 350" above "Eisenhower Executive Office Building".
            return true;
        }
        foreach (var prefix in DatelinePrefixes)
        {
            if (line.StartsWith(prefix, StringComparison.Ordinal) || line.Equals(prefix.TrimEnd(), StringComparison.Ordinal))
            {
                return true;
            }
        }
        return (PlaceEndings.Any(e => line.EndsWith(e, StringComparison.Ordinal)) && IsProperName(line)) ||
            (VenueEndings.Any(e => line.EndsWith(e, StringComparison.Ordinal)) && IsProperName(line) && !HasTitleKeyword(line) && !line.Contains(" the ", StringComparison.Ordinal)) ||
            Places.IsCityAndRegion(line);
    }

    /// <summary>True for a line opening in a form only datelines take ("Via …", "Aboard …", "James S. Brady Press Briefing Room").</summary>
    public static bool OpensDateline(string line) => DatelinePrefixes.Any(p => line.StartsWith(p, StringComparison.Ordinal));

    /// <summary>A short run of capitalised words such as "State Dining Room", not a phrase like "Welcome to the Office".</summary>
    private static bool IsProperName(string line)
    {
        var words = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        // "Director, Press Office" is a name and a title; a place with a comma is a city and its region (Places).
        if (words.Length > 6 || line.Contains(','))
        {
            return false;
        }
        for (var i = 0; i < words.Length; i++)
        {
            var word = words[i];
            if (!char.IsUpper(word[0]) && !char.IsAsciiDigit(word[0]) && (i == 0 || word is not ("of" or "the" or "and")))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>True for a short line that could be a place ("Chicago, Illinois"), taken as the dateline when a start time follows it.</summary>
    public static bool CouldBeDateline(string line) =>
        line.Length is > 1 and <= 80 && WordCount(line) <= 10 && char.IsUpper(line[0]) && !EndsSentence(line) && !HasTitleKeyword(line) &&
        !NamesOfficeHolder(line);

    /// <summary>A name and the office it holds ("Tammy Bruce, Department Spokesperson"): who speaks, never where.</summary>
    private static bool NamesOfficeHolder(string line)
    {
        var comma = line.IndexOf(',', StringComparison.Ordinal);
        return comma > 0 && OfficeWords.Any(w => line.AsSpan(comma).Contains(w, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>
    /// A line naming who briefs, printed under the kind of briefing: a name and office ("Sean McCormack, Spokesman") or
    /// only the officials' title ("Senior State Department Officials"). It names no event, so it is no part of the title.
    /// </summary>
    public static bool NamesPresenter(string line) =>
        line.Length is > 1 and <= MaxPresenterChars && !line.Contains(':', StringComparison.Ordinal) && char.IsUpper(line[0]) && !EndsSentence(line) &&
        !HasTitleKeyword(line) && (NamesOfficeHolder(line) || (WordCount(line) <= MaxPresenterTitleWords && PresenterTitleEndings.Any(e => line.EndsWith(e, StringComparison.OrdinalIgnoreCase))));

    private const int MaxPresenterChars = 80;

    private const int MaxPresenterTitleWords = 8;

    private static readonly string[] PresenterTitleEndings = [" Official", " Officials", " Spokesperson", " Spokesman", " Spokeswoman"];

    private static readonly string[] OfficeWords =
        ["Spokesperson", "Spokesman", "Spokeswoman", "Secretary", "Director", "Ambassador", "Adviser", "Advisor", "Coordinator", "Official"];

    /// <summary>
    /// True when <paramref name="next"/> carries on the title line <paramref name="previous"/> rather than starting a
    /// dateline: the title breaks after a small word ("PRESS BRIEFING BY" / "MIKE MCCURRY"), or both are in capitals.
    /// </summary>
    public static bool ContinuesTitle(string previous, string next)
    {
        var lastSpace = previous.LastIndexOf(' ');
        var lastWord = previous[(lastSpace + 1)..];
        return lastWord.ToLowerInvariant() is "by" or "of" or "and" or "the" or "for" or "on" or "with" or "to" or "at" or "in" or "from" or "a" or "an" or "&" or "-" or "--" or "–" or "—" ||
            (IsCapitals(previous) && IsCapitals(next));
    }

    private static bool IsCapitals(string line) => line.Any(char.IsLetter) && !line.Any(char.IsLower);

    /// <summary>True for a line naming a kind of event: "Press Call", "Press Briefing", "Remarks", "Gaggle".</summary>
    public static bool HasTitleKeyword(string line) =>
        TitleKeywords.Any(k => line.Contains(k, StringComparison.OrdinalIgnoreCase));

    /// <summary>True for a line shaped like a heading: capitalised, not too long, not ending a sentence.</summary>
    public static bool IsHeadingLike(string line) =>
        line.Length is >= 3 and <= 300 && WordCount(line) <= 45 && (char.IsUpper(line[0]) || char.IsAsciiDigit(line[0])) && !EndsSentence(line);

    /// <summary>Ends in sentence punctuation, an abbreviation such as "D.C." or a state's "Va." aside.</summary>
    private static bool EndsSentence(string line)
    {
        var last = line[^1];
        if (last is '?' or '!' or ':' or ';' or ',')
        {
            return true;
        }
        if (last != '.')
        {
            return false;
        }
        var word = line[(line.LastIndexOf(' ') + 1)..];
        return word.Count(c => c == '.') < 2 && !Places.IsRegion(word);
    }

    private static int WordCount(string line) => line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
}

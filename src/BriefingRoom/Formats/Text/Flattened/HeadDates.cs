using BriefingRoom.Transcripts;

namespace BriefingRoom.Formats.Text.Flattened;

/// <summary>The date and start time inside a flattened head.</summary>
internal static class HeadDates
{
    /// <summary>
    /// The word where the head's start time starts, or -1: the last time in it that no word of a sentence leads to
    /// ("at 10:30 A.M." is prose) and that ends the head or is followed by a capitalised word.
    /// </summary>
    public static int Time(string text, List<Word> words)
    {
        for (var w = words.Count - 1; w >= 0; w--)
        {
            var start = words[w].Start;
            var length = char.IsAsciiDigit(text[start]) || text[start] == '(' ? FlatTimes.Length(text.AsSpan(start, words[^1].End - start)) : 0;
            if (length == 0 || (w > 0 && IsLowerWord(text.AsSpan(words[w - 1].Start, words[w - 1].End - words[w - 1].Start)) && text[words[w - 1].End - 1] is not ('.' or '?' or '!')))
            {
                continue;
            }
            var next = words.FindIndex(w, x => x.Start >= start + length);
            if (next < 0 || char.IsUpper(text[words[next].Start]) || text[words[next].Start] is '(' or '[')
            {
                return w;
            }
        }
        return -1;
    }

    private const int MaxDatedTitleWords = 12;

    /// <summary>
    /// True when the words from <paramref name="w"/> are a title that carries its number and date ("Daily Press Briefing #29,
    /// 99-03-09"): a mirror prints that as the page's title line, the masthead before it included.
    /// </summary>
    public static bool OpensDatedTitle(string text, List<Word> words, int w)
    {
        for (var d = w + 1; d < words.Count && d <= w + MaxDatedTitleWords; d++)
        {
            if (IsTitleDate(text, words, d))
            {
                return HeadLines.HasTitleKeyword(InlineText.Flatten(text[words[w].Start..words[d - 1].End]));
            }
        }
        return false;
    }

    /// <summary>Cuts after a title's own numeric date ("… Briefing #11, 00-02-15 U.S. State Department: …"): the title line ends with it.</summary>
    public static void TitleDates(string text, List<Word> words, List<int> found)
    {
        for (var d = 1; d + 1 < words.Count; d++)
        {
            if (IsTitleDate(text, words, d) && char.IsUpper(text[words[d + 1].Start]))
            {
                found.Add(words[d + 1].Start);
            }
        }
    }

    /// <summary>A numeric date ("99-03-09", "4/4/2011") after a word ending in a comma: the date a title line ends with.</summary>
    private static bool IsTitleDate(string text, List<Word> words, int d)
    {
        var word = text.AsSpan(words[d].Start, words[d].End - words[d].Start);
        if (text[words[d - 1].End - 1] != ',' || word.Length is < 6 or > 10 || !char.IsAsciiDigit(word[0]) || !char.IsAsciiDigit(word[^1]))
        {
            return false;
        }
        var separators = 0;
        foreach (var c in word)
        {
            separators += c is '-' or '/' ? 1 : 0;
            if (!char.IsAsciiDigit(c) && c is not ('-' or '/'))
            {
                return false;
            }
        }
        return separators == 2;
    }

    private static bool IsLowerWord(ReadOnlySpan<char> word) => word.ContainsAnyInRange('a', 'z') && !word.ContainsAnyInRange('A', 'Z');

    /// <summary>
    /// Cuts around each date of two to four words ending in a year. Returns where the start-time line begins: at
    /// the date right before the time when there is one, else at the time (-1 without a time).
    /// </summary>
    public static int Around(string text, List<Word> words, int timeAt, List<int> found)
    {
        var lineAt = timeAt;
        for (var w = 1; w < words.Count && (timeAt < 0 || w < timeAt); w++)
        {
            var year = text.AsSpan(words[w].Start, words[w].End - words[w].Start).TrimEnd(",.");
            if (year.Length != 4 || year.ContainsAnyExceptInRange('0', '9'))
            {
                continue;
            }
            for (var size = 4; size >= 2; size--)
            {
                var first = w - size + 1;
                if (first < 0 || !HeadLines.TryDate(text[words[first].Start..(words[w].Start + year.Length)], out _))
                {
                    continue;
                }
                var timeEnd = timeAt < 0 ? 0 : words[timeAt].Start + FlatTimes.Length(text.AsSpan(words[timeAt].Start, words[^1].End - words[timeAt].Start));
                if (w + 1 == timeAt && HeadLines.TryDatedTime(InlineText.Flatten(text[words[first].Start..timeEnd]), out _, out _))
                {
                    lineAt = first;
                    break;
                }
                // "Department Press Briefing – May 6, 2025" is a title that carries its date.
                if (first == 0 || (text[words[first - 1].Start..words[first - 1].End] is not ("–" or "-" or "—" or "--") && text[words[first - 1].End - 1] != ','))
                {
                    found.Add(words[first].Start);
                }
                if (w + 1 < words.Count)
                {
                    found.Add(words[w + 1].Start);
                }
                break;
            }
        }
        return lineAt;
    }
}

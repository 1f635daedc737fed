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

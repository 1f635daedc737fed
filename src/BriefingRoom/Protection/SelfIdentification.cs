namespace BriefingRoom.Protection;

/// <summary>
/// Whether a match stands in a first-person frame: "as [the|a|your] X, I", "I, as [the] X", "I am [the] X",
/// "I'm X", "in my role as X", "speaking as X". Works on the normalised words around the match.
/// </summary>
internal static class SelfIdentification
{
    private static readonly string[] Articles = ["the", "a", "an", "your"];

    // How far after "as X" a first-person word may come and still be the same clause.
    private const int ClauseWords = 6;

    public static bool Frames(NormalisedText text, WordMatch match)
    {
        var before = WordsBefore(text, match.Start, 4);
        var i = 0;
        if (i < before.Count && Articles.Contains(before[i]))
        {
            i++;
        }
        if (i >= before.Count)
        {
            return false;
        }
        if (before[i] is "am" && i + 1 < before.Count && before[i + 1] == "i"
            || before[i] is "m" && i + 1 < before.Count && before[i + 1] == "i")
        {
            return true;
        }
        if (before[i] != "as")
        {
            return false;
        }
        // "I, as the X" or "my role as X" or "speaking as X": first person just before.
        if (i + 1 < before.Count && before[i + 1] is "i" or "role" or "speaking" or "me")
        {
            return true;
        }
        // "as X, I …": first person within the clause after.
        return WordsAfter(text, match.End, ClauseWords).Any(w => w is "i" or "my" or "me");
    }

    /// <summary>Up to <paramref name="count"/> words before <paramref name="start"/>, nearest first.</summary>
    private static List<string> WordsBefore(NormalisedText text, int start, int count)
    {
        var words = new List<string>(count);
        var end = start - 1;
        while (words.Count < count && end > 0)
        {
            var s = end;
            while (s > 0 && text.Chars[s - 1] != ' ')
            {
                s--;
            }
            if (s == end)
            {
                break;
            }
            words.Add(new string(text.Chars, s, end - s));
            end = s - 1;
        }
        return words;
    }

    private static List<string> WordsAfter(NormalisedText text, int end, int count)
    {
        var words = new List<string>(count);
        var s = end + 1;
        while (words.Count < count && s < text.Length)
        {
            var e = s;
            while (e < text.Length && text.Chars[e] != ' ')
            {
                e++;
            }
            if (e == s)
            {
                break;
            }
            words.Add(new string(text.Chars, s, e - s));
            s = e + 1;
        }
        return words;
    }
}

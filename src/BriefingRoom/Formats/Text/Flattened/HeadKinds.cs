using BriefingRoom.Transcripts;

namespace BriefingRoom.Formats.Text.Flattened;

/// <summary>
/// A flattened head's kind of event ("Daily Press Briefing", "Special Briefing") where it starts or ends a line: after a
/// site's menu run into the title, and as the kind line a site prints under a title that already names its kind.
/// </summary>
internal static class HeadKinds
{
    /// <summary>Words a kind of event opens with before its keyword ("Daily Press Briefing", "Special Briefing").</summary>
    private static readonly string[] Modifiers = ["Daily", "Special", "Background", "Press", "On-the-Record", "Off-Camera", "Joint", "Regular"];

    /// <summary>The word a kind of event ends with.</summary>
    private static readonly string[] Keywords = ["Briefing", "Conference", "Call", "Gaggle", "Roundtable"];

    private const int MaxKindWords = 3;

    private const int MinMenuWords = 4;

    private const int MinMenuJoints = 2;

    public static void Add(string text, List<Word> words, List<int> found)
    {
        // The head's lines as the cuts so far leave them, each a run of words read once.
        var starts = found.ToHashSet();
        for (var from = 0; from < words.Count;)
        {
            var to = from + 1;
            while (to < words.Count && !starts.Contains(words[to].Start))
            {
                to++;
            }
            AfterMenu(text, words, from, to, found);
            SectionWord(text, words, from, to, found);
            KindLine(text, words, from, to, found);
            from = to;
        }
    }

    /// <summary>The length of the kind starting at word <paramref name="w"/> (modifiers, then a keyword), 0 when none.</summary>
    private static int KindAt(string text, List<Word> words, int w, int to)
    {
        for (var k = w; k < to && k < w + MaxKindWords; k++)
        {
            var word = text[words[k].Start..words[k].End];
            if (Array.IndexOf(Keywords, word) >= 0)
            {
                return k > w ? k - w + 1 : 0;
            }
            if (Array.IndexOf(Modifiers, word) < 0)
            {
                return 0;
            }
        }
        return 0;
    }

    /// <summary>
    /// Cuts before a kind that a site's menu runs into ("Issues &amp; Press Travel &amp; Business … About State Video" / "Daily
    /// Press Briefing"): capitalised words joined by "&amp;" or "|", which no title is.
    /// </summary>
    private static void AfterMenu(string text, List<Word> words, int from, int to, List<int> found)
    {
        var joints = 0;
        for (var w = from; w < to; w++)
        {
            var word = text[words[w].Start..words[w].End];
            if (w - from >= MinMenuWords && joints >= MinMenuJoints && KindAt(text, words, w, to) > 0)
            {
                found.Add(words[w].Start);
                return;
            }
            if (word is "&" or "|")
            {
                joints++;
            }
            else if (!char.IsUpper(word[0]) || !char.IsLetter(word[^1]))
            {
                return;
            }
        }
    }

    /// <summary>Modifiers that are a kind's first word whatever stands before them: "Background Briefing", "Special Briefing", "Daily Press Briefing".</summary>
    private static readonly string[] Openers = ["Background", "Special", "Daily", "On-the-Record"];

    /// <summary>
    /// Cuts after a lone word a line opens with before a kind that is whole without it ("Military" / "Background Briefing
    /// Previewing …"): the site's section word. A word a kind needs ("Telephonic Press Briefing") stays.
    /// </summary>
    private static void SectionWord(string text, List<Word> words, int from, int to, List<int> found)
    {
        var first = text[words[from].Start..words[from].End];
        if (to - from > 2 && char.IsUpper(first[0]) && first.All(char.IsLetter) && Array.IndexOf(Modifiers, first) < 0 &&
            Array.IndexOf(Openers, text[words[from + 1].Start..words[from + 1].End]) >= 0 && KindAt(text, words, from + 1, to) > 0)
        {
            found.Add(words[from + 1].Start);
        }
    }

    /// <summary>
    /// Cuts before a bare kind ending a title that names its kind already ("Background Briefing Previewing … Geneva" /
    /// "Special Briefing"): the site's kind line. One the title runs into ("… at a Special Briefing") stays.
    /// </summary>
    private static void KindLine(string text, List<Word> words, int from, int to, List<int> found)
    {
        for (var w = Math.Max(from + 1, to - MaxKindWords); w < to; w++)
        {
            if (KindAt(text, words, w, to) == to - w && char.IsUpper(text[words[w - 1].Start]) && char.IsLetter(text[words[w - 1].End - 1]) &&
                HeadLines.HasTitleKeyword(InlineText.Flatten(text[words[from].Start..words[w - 1].End])))
            {
                found.Add(words[w].Start);
                return;
            }
        }
    }
}

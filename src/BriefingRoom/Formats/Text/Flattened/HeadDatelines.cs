using BriefingRoom.Transcripts;

namespace BriefingRoom.Formats.Text.Flattened;

/// <summary>The dateline inside a flattened head: the words standing right above its start time.</summary>
internal static class HeadDatelines
{
    private const int MaxLineChars = 80;

    private const int MaxSectionWords = 3;

    /// <summary>
    /// Where a section line the site prints under the dateline begins ("… James S. Brady Briefing Room Press Briefing" before the
    /// time), or null: a short heading naming a kind of event, right after words that end a dateline.
    /// </summary>
    public static int? Section(string text, List<Word> words, int start, int end)
    {
        var last = words.FindLastIndex(w => w.End <= end);
        for (var k = MaxSectionWords; k >= 1; k--)
        {
            if (last - k < 0 || words[last - k + 1].Start <= start)
            {
                continue;
            }
            var at = words[last - k + 1].Start;
            var section = InlineText.Flatten(text[at..words[last].End]);
            var place = Find(text, words, start, words[last - k].End, whole: false);
            if (HeadLines.HasTitleKeyword(section) && HeadLines.IsHeadingLike(section) && section.Split(' ').All(w => char.IsUpper(w[0])) &&
                place is not null && words[last - k].Start > place.Value && char.IsUpper(text[words[last - k].Start]))
            {
                return at;
            }
        }
        return null;
    }

    /// <summary>Where a dateline begins that runs to <paramref name="end"/> and does not carry on the words before it, or null.</summary>
    public static int? Find(string text, List<Word> words, int start, int end, bool whole)
    {
        var inside = words.FindAll(w => w.Start >= start && w.End <= end);
        if (inside.Count == 0)
        {
            return null;
        }
        // A segment that reads as a dateline whole is one, unless a presenter line stands first ("Tammy Bruce, Department Spokesperson Washington, D.C.").
        var wholeLine = !whole && HeadLines.IsDateline(InlineText.Flatten(text[inside[0].Start..inside[^1].End]));
        // A known opening ("Via …", "En Route …") beats a run of capitalised words, which may take in the title's last name.
        return Find(text, inside, whole, wholeLine, opening: true) ?? Find(text, inside, whole, wholeLine, opening: false);
    }

    private static int? Find(string text, List<Word> inside, bool whole, bool wholeLine, bool opening)
    {
        for (var j = 1; j < inside.Count; j++)
        {
            if (inside[^1].End - inside[j].Start > MaxLineChars * 2)
            {
                continue;
            }
            var line = InlineText.Flatten(text[inside[j].Start..inside[^1].End]);
            if (line.Length > MaxLineChars || (wholeLine && !HeadLines.NamesPresenter(InlineText.Flatten(text[inside[0].Start..inside[j - 1].End]))))
            {
                continue;
            }
            var before = text.AsSpan(inside[j - 1].Start, inside[j - 1].End - inside[j - 1].Start);
            // "James S. Brady …" and "Gen. Pat Ryder …" carry on past the initial or title.
            // Within a dateline, only a line of its own on both sides is cut off ("Aboard Air Force One" / "En route …", not "En route" / "Charlotte, …").
            var first = whole ? InlineText.Flatten(text[inside[0].Start..inside[j - 1].End]) : null;
            if (first is not null && (j < 3 || !HeadLines.IsDateline(first)))
            {
                continue;
            }
            if (HeadLines.IsDateline(line) && (!opening || HeadLines.OpensDateline(line)) && !MixesCase(line) && !Abbreviations.Is(before) && !HeadLines.ContinuesTitle(InlineText.Flatten(text[inside[0].Start..inside[j - 1].End]), line))
            {
                return AfterPresenter(text, inside, j) ?? inside[j].Start;
            }
        }
        return null;
    }

    /// <summary>Where the place starts when the dateline found at word <paramref name="j"/> opens with a presenter line ("Tammy Bruce, Department Spokesperson" / "Washington, D.C."), or null.</summary>
    private static int? AfterPresenter(string text, List<Word> inside, int j)
    {
        for (var k = j + 1; k < inside.Count; k++)
        {
            if (HeadLines.NamesPresenter(InlineText.Flatten(text[inside[j].Start..inside[k - 1].End])) && HeadLines.IsDateline(InlineText.Flatten(text[inside[k].Start..inside[^1].End])))
            {
                return inside[k].Start;
            }
        }
        return null;
    }

    /// <summary>True for words in capitals beside words in lower case ("BY MIKE MCCURRY The Briefing Room"): a dateline's words are printed alike.</summary>
    private static bool MixesCase(string line)
    {
        var (upper, mixed) = (false, false);
        foreach (var word in line.Split(' '))
        {
            if (word.Contains('.', StringComparison.Ordinal) || word.Count(char.IsLetter) < 2)
            {
                continue;
            }
            upper |= !word.Any(char.IsLower);
            mixed |= word.Any(char.IsLower);
        }
        return upper && mixed;
    }
}

using BriefingRoom.Transcripts;

namespace BriefingRoom.Formats.Text.Flattened;

/// <summary>The dateline inside a flattened head: the words standing right above its start time.</summary>
internal static class HeadDatelines
{
    /// <summary>Where a dateline begins that runs to <paramref name="end"/> and does not carry on the words before it, or null.</summary>
    public static int? Find(string text, List<Word> words, int start, int end, bool whole)
    {
        var inside = words.FindAll(w => w.Start >= start && w.End <= end);
        if (inside.Count == 0 || (!whole && HeadLines.IsDateline(InlineText.Flatten(text[inside[0].Start..inside[^1].End]))))
        {
            return null;
        }
        for (var j = 1; j < inside.Count; j++)
        {
            var line = InlineText.Flatten(text[inside[j].Start..inside[^1].End]);
            if (line.Length > 80)
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
            if (HeadLines.IsDateline(line) && !MixesCase(line) && !Abbreviations.Is(before) && !HeadLines.ContinuesTitle(InlineText.Flatten(text[inside[0].Start..inside[j - 1].End]), line))
            {
                return inside[j].Start;
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

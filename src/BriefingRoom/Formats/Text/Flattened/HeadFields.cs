using BriefingRoom.Transcripts;

namespace BriefingRoom.Formats.Text.Flattened;

/// <summary>
/// The labelled lines of a flattened head ("Presenter: …", "Briefer: …", a mirror's "From: …") and a page's line
/// introducing the transcript ("Read the Transcript"): each starts a line of its own.
/// </summary>
internal static class HeadFields
{
    private static readonly string[] Fields = ["Presenter:", "Presenters:", "Briefer:", "Briefers:", "From:"];

    private const int MaxIntroWords = 4;

    /// <summary>Adds a cut before each field and around each intro; returns the word where the last presenter line starts, or -1.</summary>
    public static int Add(string text, List<Word> words, List<int> found)
    {
        var presenter = -1;
        for (var w = 1; w < words.Count; w++)
        {
            var word = text.AsSpan(words[w].Start, words[w].End - words[w].Start);
            foreach (var field in Fields)
            {
                if (word.Equals(field, StringComparison.OrdinalIgnoreCase) && char.IsUpper(word[0]))
                {
                    found.Add(words[w].Start);
                    presenter = field.StartsWith("Presenter", StringComparison.Ordinal) ? w : presenter;
                }
            }
            IntroEndingInColon(text, words, w, found);
            for (var k = 2; k <= MaxIntroWords && w + k <= words.Count; k++)
            {
                var last = text.AsSpan(words[w + k - 1].Start, words[w + k - 1].End - words[w + k - 1].Start).TrimEnd(':');
                if (last.Equals("transcript", StringComparison.OrdinalIgnoreCase) && char.IsUpper(word[0]) &&
                    HeadLines.IntroducesTranscript(InlineText.Flatten(text[words[w].Start..words[w + k - 1].End])))
                {
                    found.Add(words[w].Start);
                    if (w + k < words.Count && char.IsUpper(text[words[w + k].Start]))
                    {
                        found.Add(words[w + k].Start);
                    }
                }
            }
        }
        return presenter;
    }

    private const int MaxColonIntroWords = 12;

    private const int MaxMarkerWords = 3;

    /// <summary>
    /// Cuts around a line introducing the transcript that ends in a colon ("Following is the transcript of the State
    /// Department briefing:"), and after the marker a wire copy prints under it ("(begin transcript)"): the transcript's own head follows.
    /// </summary>
    private static void IntroEndingInColon(string text, List<Word> words, int w, List<int> found)
    {
        if (!char.IsUpper(text[words[w].Start]))
        {
            return;
        }
        for (var k = w; k < words.Count && k < w + MaxColonIntroWords; k++)
        {
            if (text[words[k].End - 1] != ':')
            {
                continue;
            }
            if (k + 1 < words.Count && HeadLines.IntroducesTranscript(InlineText.Flatten(text[words[w].Start..words[k].End])))
            {
                found.Add(words[w].Start);
                var next = k + 1;
                // The marker is a parenthesis of a few words: "(begin transcript)".
                var close = text[words[next].Start] == '(' ? words.FindIndex(next, x => text[x.End - 1] == ')') : -1;
                next = close >= 0 && close < next + MaxMarkerWords ? close + 1 : next;
                if (next < words.Count)
                {
                    found.Add(words[next].Start);
                }
                found.Add(words[k + 1].Start);
            }
            return;
        }
    }

    /// <summary>
    /// Cuts a presenter line off the place under it, and before a presenter line that ends a segment of the head before <paramref name="end"/> ("Special Briefing" /
    /// "Senior State Department Officials"): after a heading naming the event, not after a word the title runs on from ("… by").
    /// </summary>
    public static void Presenters(string text, List<Word> words, List<int> found, int end)
    {
        var starts = found.Where(f => f < end).Append(words.Count > 0 ? words[0].Start : 0).Distinct().Order().ToList();
        for (var s = 0; s < starts.Count; s++)
        {
            var stop = s + 1 < starts.Count ? starts[s + 1] : end;
            var inside = words.FindAll(w => w.Start >= starts[s] && w.End <= stop);
            var from = 0;
            for (var j = Math.Max(1, inside.Count - MaxPresenterWords); j < inside.Count && from == 0; j++)
            {
                var title = InlineText.Flatten(text[inside[0].Start..inside[j - 1].End]);
                var presenter = InlineText.Flatten(text[inside[j].Start..inside[^1].End]);
                if (HeadLines.NamesPresenter(presenter) && HeadLines.HasTitleKeyword(title) && HeadLines.IsHeadingLike(title) && !HeadLines.ContinuesTitle(title, presenter))
                {
                    found.Add(inside[j].Start);
                    from = j;
                }
            }
            // A presenter line and the place under it ("Sean McCormack, Spokesman" / "Washington, DC").
            for (var j = from + 2; j < inside.Count && j <= from + MaxPresenterWords; j++)
            {
                if (HeadLines.NamesPresenter(InlineText.Flatten(text[inside[from].Start..inside[j - 1].End])) && HeadLines.IsDateline(InlineText.Flatten(text[inside[j].Start..inside[^1].End])))
                {
                    found.Add(inside[j].Start);
                    break;
                }
            }
        }
    }

    private const int MaxPresenterWords = 8;
}

using BriefingRoom.Transcripts;

namespace BriefingRoom.Formats.Text.Flattened;

/// <summary>Cuts a flattened head's words apart where its lines were.</summary>
internal static class HeadCuts
{
    /// <summary>The head facts stand right above the first label; words further back are the page's chrome.</summary>
    private const int MaxHeadWords = 400;

    /// <summary>
    /// Cuts the head's words apart where its lines were: before the start time that ends it, around a date, and
    /// before a dateline standing right above the time ("… Jen Psaki May 5, 2021 James S. Brady Press Briefing Room 12:30 P.M. EDT").
    /// </summary>
    /// <param name="papers">The document's labels end in a period, as the Public Papers print them (<see cref="PapersTitle"/>).</param>
    public static void Add(ValueList<Inline> inlines, Cut label, List<Cut> cuts, bool papers)
    {
        var items = inlines.AsImmutableArray();
        for (var i = 0; i < items.Length && i <= label.Inline; i++)
        {
            if (items[i] is not TextRun run)
            {
                continue;
            }
            var end = i == label.Inline ? label.Offset : run.Text.Length;
            var words = Words(run.Text, end);
            var found = new List<int>();
            HeadSentences(run.Text, words, found);
            if (papers)
            {
                PapersTitle.Add(run.Text, words, found);
            }
            HeadDates.TitleDates(run.Text, words, found);
            var presenter = HeadFields.Add(run.Text, words, found);
            var timeAt = HeadDates.Time(run.Text, words);
            // A date right before the time stays on its line ("January 23, 1997 1:30 PM EDT"), as era heads print it.
            var lineAt = HeadDates.Around(run.Text, words, timeAt, found);
            // A presenter line may carry the date and time ("Presenter: … Geoff Morrell June 25, 2008 1:00 PM EDT"): it stays whole.
            if (lineAt >= 0 && presenter >= 0 && presenter < lineAt && !found.Any(f => f > words[presenter].Start && f <= words[lineAt].Start))
            {
                lineAt = presenter;
            }
            if (lineAt >= 0)
            {
                found.Add(words[lineAt].Start);
                var timeEnd = words[timeAt].Start + FlatTimes.Length(run.Text.AsSpan(words[timeAt].Start, end - words[timeAt].Start));
                var after = words.FindIndex(w => w.Start >= timeEnd);
                if (after >= 0)
                {
                    found.Add(words[after].Start);
                }
            }
            // Without a start time, the dateline stands above a date that ends the head ("Via Teleconference January 30, 2014").
            var lineStart = lineAt >= 0 ? words[lineAt].Start : TrailingChrome(run.Text, found, end);
            HeadChrome.Add(run.Text, words, found);
            var segment = found.Where(f => f < lineStart).DefaultIfEmpty(0).Max();
            // The site's section line under the dateline ("… Briefing Room" / "Press Briefing") stands apart from it.
            if (HeadDatelines.Section(run.Text, words, segment, lineStart) is { } section)
            {
                found.Add(section);
                lineStart = section;
            }
            // A dateline of two or three lines ("Aboard Air Force One" / "En route Charlotte, …") is cut at each line it holds.
            for (var line = 0; line < 3 && HeadDatelines.Find(run.Text, words, segment, lineStart, whole: line > 0) is { } dateline; line++)
            {
                found.Add(dateline);
                segment = dateline;
            }
            HeadFields.Presenters(run.Text, words, found, lineStart);
            HeadKinds.Add(run.Text, words, found);
            foreach (var at in found.Distinct())
            {
                if (at > 0 && at < end)
                {
                    cuts.Add(new Cut(i, at, false));
                }
            }
        }
    }

    /// <summary>Where the chrome (a date) that ends the head starts, after the last cut; <paramref name="end"/> when the head ends otherwise.</summary>
    private static int TrailingChrome(string text, List<int> found, int end)
    {
        var last = found.Where(f => f < end).DefaultIfEmpty(0).Max();
        return last > 0 && HeadLines.IsChrome(InlineText.Flatten(text[last..end]), out _) ? last : end;
    }

    /// <summary>Cuts after each sentence in the head ("… in the West Wing. Download mp4"): prose above a transcript is the preface, never the title.</summary>
    private static void HeadSentences(string text, List<Word> words, List<int> found)
    {
        for (var w = 0; w + 1 < words.Count; w++)
        {
            var (start, end) = (words[w].Start, words[w].End);
            // "p.m." and "U.S." end no sentence here; "Wing." does.
            if (end - start >= 3 && text[end - 1] is '.' or '?' or '!' && char.IsLower(text[end - 2]) && text.AsSpan(start, end - start - 1).IndexOf('.') < 0 &&
                !Abbreviations.Is(text.AsSpan(start, end - start)) &&
                char.IsUpper(text[words[w + 1].Start]))
            {
                found.Add(words[w + 1].Start);
            }
        }
    }

    /// <summary>The last <see cref="MaxHeadWords"/> words before <paramref name="end"/>.</summary>
    private static List<Word> Words(string text, int end)
    {
        var words = new List<Word>();
        var i = end;
        while (i > 0 && words.Count < MaxHeadWords)
        {
            while (i > 0 && InlineText.IsBlank(text[i - 1]))
            {
                i--;
            }
            var wordEnd = i;
            while (i > 0 && !InlineText.IsBlank(text[i - 1]))
            {
                i--;
            }
            if (wordEnd > i)
            {
                words.Add(new Word(i, wordEnd));
            }
        }
        words.Reverse();
        return words;
    }
}

using BriefingRoom.Transcripts;

namespace BriefingRoom.Formats.Text.Flattened;

/// <summary>The site's chrome inside a flattened head: release notices, mastheads, print and share links.</summary>
internal static class HeadChrome
{
    private const int MaxChromeWords = 8;

    /// <summary>Cuts around the chrome phrases in the head: those a segment opens with, and masthead phrases of several words anywhere.</summary>
    public static void Add(string text, List<Word> words, List<int> found)
    {
        Anywhere(text, words, found);
        Chained(text, words, found);
    }

    /// <summary>Cuts after the chrome phrases a segment of the head opens with ("The White House Office of the Press Secretary For Immediate Release …").</summary>
    private static void Chained(string text, List<Word> words, List<int> found)
    {
        var starts = found.Append(words.Count > 0 ? words[0].Start : 0).Distinct().Order().ToList();
        foreach (var start in starts)
        {
            var w = words.FindIndex(x => x.Start == start);
            while (w >= 0 && w < words.Count)
            {
                var taken = 0;
                for (var k = Math.Min(MaxChromeWords, words.Count - w); k >= 1 && taken == 0; k--)
                {
                    taken = SiteChrome.IsPhrase(InlineText.Flatten(text[words[w].Start..words[w + k - 1].End])) ? k : 0;
                }
                // "Transcript of Reporters Roundtable …" is a title that opens with a chrome word and runs on.
                if (taken == 0 || (w + taken < words.Count && char.IsLower(text[words[w + taken].Start])) || HeadDates.OpensDatedTitle(text, words, w + taken))
                {
                    break;
                }
                w += taken;
                if (w < words.Count)
                {
                    found.Add(words[w].Start);
                }
            }
        }
    }

    /// <summary>
    /// Cuts before and after a chrome phrase of two words or more standing between other head lines ("… Help Printer-Friendly
    /// Version For Immediate Release …"), not one a title, dateline or sentence runs on through ("Remarks at the White House",
    /// "Press Briefing Room", "Press Briefings are conducted …").
    /// </summary>
    private static void Anywhere(string text, List<Word> words, List<int> found)
    {
        for (var w = 1; w < words.Count; w++)
        {
            var before = text[words[w - 1].Start..words[w - 1].End];
            if (!char.IsUpper(text[words[w].Start]) || (before.Any(char.IsLower) && !before.Any(char.IsUpper)) || HeadLines.ContinuesTitle(before, ""))
            {
                continue;
            }
            for (var k = Math.Min(MaxChromeWords, words.Count - w); k >= 2; k--)
            {
                var phrase = InlineText.Flatten(text[words[w].Start..words[w + k - 1].End]);
                var runsOn = w + k < words.Count && char.IsLower(text[words[w + k].Start]);
                if (!runsOn && SiteChrome.IsPhrase(phrase) && !HeadLines.IsDateline(phrase) && !phrase.EndsWith("White House", StringComparison.OrdinalIgnoreCase))
                {
                    found.Add(words[w].Start);
                    if (w + k < words.Count && !HeadDates.OpensDatedTitle(text, words, w + k))
                    {
                        found.Add(words[w + k].Start);
                    }
                    w += k - 1;
                    break;
                }
            }
        }
    }
}

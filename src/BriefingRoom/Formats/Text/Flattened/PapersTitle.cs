using BriefingRoom.Transcripts;

namespace BriefingRoom.Formats.Text.Flattened;

/// <summary>
/// The head of a Public Papers document copied flat: a masthead ("Public Papers", "Bill Clinton photo") runs into the
/// title, and a subject heading ("President's Health") runs on after a title that is only its kind. Cut where their lines were.
/// </summary>
internal static class PapersTitle
{
    /// <summary>The kinds a Public Papers title opens with, as printed.</summary>
    private static readonly string[] Kinds =
        ["Informal Exchange With Reporters", "Exchange With Reporters", "Remarks ", "The President's News Conference", "Question-and-Answer Session", "Interview "];

    /// <summary>Words that carry a title on past its kind ("Exchange With Reporters Prior to …", "Remarks on Arms Control and an Informal Exchange …").</summary>
    private static readonly string[] Connectors =
        ["Prior", "Following", "During", "Aboard", "Before", "After", "With", "in", "on", "at", "with", "and", "an", "a", "the", "of", "to", "for", "by"];

    public static void Add(string text, List<Word> words, List<int> found)
    {
        for (var w = 0; w < words.Count; w++)
        {
            var kind = Array.Find(Kinds, k => text.AsSpan(words[w].Start).StartsWith(k, StringComparison.Ordinal));
            if (kind is null)
            {
                continue;
            }
            var after = words.FindIndex(w, x => x.Start >= words[w].Start + kind.TrimEnd().Length);
            // A kind inside a title ("… and an Informal Exchange With Reporters") cuts nothing; its own words open no other.
            if (w == 0 || !IsConnector(text, words[w - 1]))
            {
                found.Add(words[w].Start);
                // A capitalised word right after the bare kind opens the subject heading under the title.
                if (after > 0 && char.IsUpper(text[words[after].Start]) && !IsConnector(text, words[after]))
                {
                    found.Add(words[after].Start);
                }
            }
            if (after < 0)
            {
                break;
            }
            if (IsConnector(text, words[after]))
            {
                RunOn(text, words, after, found);
            }
            w = after - 1;
        }
    }

    /// <summary>First words of a place of two ("New Mexico", "South Korea", "Saudi Arabia"), so a place's name is not cut in two.</summary>
    private static readonly string[] PlaceStarts = ["New", "North", "South", "East", "West", "Saudi", "Costa", "El", "Sri", "San", "Santa", "Puerto", "Rhode"];

    private const int MaxHeadingWords = 5;

    /// <summary>
    /// Cuts a subject heading off a title that runs on past its kind: such a title ends at its place, a country after a
    /// speaker's name ("… With President Rafael Callejas of Honduras") or a state after a comma ("… in Sequoia National
    /// Forest, California"), and capitalised words after that up to the next line are the heading ("Legislation on Social Programs").
    /// </summary>
    private static void RunOn(string text, List<Word> words, int from, List<int> found)
    {
        var next = found.Where(f => f > words[from].Start).DefaultIfEmpty(int.MaxValue).Min();
        var end = words.FindIndex(from, x => x.Start >= next);
        end = end < 0 ? words.Count : end;
        var with = -1;
        for (var p = from + 1; p < end; p++)
        {
            var before = text[words[p - 1].Start..words[p - 1].End];
            with = before is "With" or "with" ? p : with;
            var ofCountry = before == "of" && with > 0 && with < p - 1 && MixedCaseLabels.NamesSpeaker(InlineText.Flatten(text[words[with].Start..words[p - 2].End]));
            if (!(ofCountry || (before.Length > 1 && before[^1] == ',' && char.IsUpper(before[0]))) || !IsHeadingWord(text, words[p]))
            {
                continue;
            }
            var heading = p + (Array.IndexOf(PlaceStarts, text[words[p].Start..words[p].End]) >= 0 ? 2 : 1);
            if (heading < end && end - heading <= MaxHeadingWords && !IsConnector(text, words[heading]) && IsHeadingWord(text, words[end - 1]) &&
                words.Skip(heading).Take(end - heading).All(x => IsHeadingWord(text, x) || IsConnector(text, x)))
            {
                found.Add(words[heading].Start);
            }
            return;
        }
    }

    /// <summary>A capitalised word of a heading: letters and apostrophes, no mark ending a phrase.</summary>
    private static bool IsHeadingWord(string text, Word word) =>
        char.IsUpper(text[word.Start]) && char.IsLetter(text[word.End - 1]);

    private static bool IsConnector(string text, Word word) => Array.IndexOf(Connectors, text[word.Start..word.End]) >= 0;
}

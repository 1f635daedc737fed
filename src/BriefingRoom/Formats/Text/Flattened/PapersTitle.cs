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
            w = after - 1;
        }
    }

    private static bool IsConnector(string text, Word word) => Array.IndexOf(Connectors, text[word.Start..word.End]) >= 0;
}

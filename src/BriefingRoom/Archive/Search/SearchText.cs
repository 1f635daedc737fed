using System.Text;
using BriefingRoom.Protection;

namespace BriefingRoom.Archive.Search;

/// <summary>
/// Text as the archive indexes and searches it: every character folded by the leak check's table (lower case,
/// diacritics dropped, compatibility forms such as ligatures spelled out), each run of letters and digits one word,
/// anything else a break, as an FTS tokenizer splits. So "U.S." is the words "u s", "COVID-19" is "covid 19".
/// </summary>
public static class SearchText
{
    /// <summary>The words of <paramref name="text"/>, folded, in order.</summary>
    public static IReadOnlyList<string> Words(ReadOnlySpan<char> text)
    {
        var words = new List<string>();
        var word = new StringBuilder();
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            // A lone surrogate folds to a break, as the table maps it.
            var codePoint = char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])
                ? char.ConvertToUtf32(c, text[++i])
                : c;
            foreach (var f in CharFolding.Fold(codePoint))
            {
                if (f == ' ')
                {
                    Flush(word, words);
                }
                else
                {
                    word.Append(f);
                }
            }
        }
        Flush(word, words);
        return words;
    }

    /// <summary>The text the archive stores in its search column: its words joined by single spaces.</summary>
    public static string Normalise(string text) => string.Join(' ', Words(text));

    private static void Flush(StringBuilder word, List<string> words)
    {
        if (word.Length > 0)
        {
            words.Add(word.ToString());
            word.Clear();
        }
    }
}

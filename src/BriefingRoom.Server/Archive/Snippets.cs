using System.Net;
using System.Text;
using BriefingRoom.Archive.Search;

namespace BriefingRoom.Server.Archive;

/// <summary>
/// The words around a paragraph's first match, HTML-escaped, with every matched word in <c>&lt;mark&gt;</c>. Worked out
/// in C# from the query's own terms, so the snippet is the same whichever engine found the paragraph.
/// </summary>
public static class Snippets
{
    private const int Around = 12;

    public static string For(string text, IReadOnlyList<SearchLeaf> terms)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(terms);
        var words = Words(text);
        var marked = new bool[words.Count];
        foreach (var term in terms)
        {
            for (var i = 0; i + term.Words.Count <= words.Count; i++)
            {
                if (Matches(words, i, term))
                {
                    for (var k = 0; k < term.Words.Count; k++)
                    {
                        marked[i + k] = true;
                    }
                }
            }
        }
        var first = Array.IndexOf(marked, true);
        var start = first < 0 ? 0 : Math.Max(0, first - Around);
        var end = Math.Min(words.Count, (first < 0 ? 0 : first) + Around * 2);
        var snippet = new StringBuilder(start > 0 ? "… " : "");
        var from = words.Count == 0 ? 0 : words[start].Start;
        for (var i = start; i < end; i++)
        {
            snippet.Append(WebUtility.HtmlEncode(text[from..words[i].Start]));
            var word = WebUtility.HtmlEncode(text.Substring(words[i].Start, words[i].Length));
            snippet.Append(marked[i] ? $"<mark>{word}</mark>" : word);
            from = words[i].Start + words[i].Length;
        }
        snippet.Append(WebUtility.HtmlEncode(end == words.Count ? text[from..] : text[from..words[end].Start].TrimEnd() + " …"));
        return snippet.ToString();
    }

    /// <summary>A snippet as plain text, for feeds: the marks dropped and the escaping undone (text "&lt;mark&gt;" was escaped, so only real marks go).</summary>
    public static string Plain(string snippet)
    {
        ArgumentNullException.ThrowIfNull(snippet);
        return WebUtility.HtmlDecode(snippet.Replace("<mark>", "", StringComparison.Ordinal).Replace("</mark>", "", StringComparison.Ordinal));
    }

    private sealed record Word(int Start, int Length, string Folded);

    private static bool Matches(List<Word> words, int at, SearchLeaf term)
    {
        for (var k = 0; k < term.Words.Count; k++)
        {
            var folded = words[at + k].Folded;
            var wanted = term.Words[k];
            var last = k == term.Words.Count - 1;
            if (!(last && term.IsPrefix ? folded.StartsWith(wanted, StringComparison.Ordinal) : folded == wanted))
            {
                return false;
            }
        }
        return true;
    }

    // Runs of letters and digits, each folded as the index folds it.
    private static List<Word> Words(string text)
    {
        var words = new List<Word>();
        for (var i = 0; i < text.Length;)
        {
            if (!char.IsLetterOrDigit(text[i]))
            {
                i++;
                continue;
            }
            var start = i;
            while (i < text.Length && (char.IsLetterOrDigit(text[i]) || char.IsLowSurrogate(text[i]) || char.GetUnicodeCategory(text[i]) == System.Globalization.UnicodeCategory.NonSpacingMark))
            {
                i++;
            }
            words.Add(new Word(start, i - start, SearchText.Normalise(text[start..i])));
        }
        return words;
    }
}

using System.Collections.Frozen;

namespace BriefingRoom.Formats.Html;

/// <summary>
/// Estimates element nesting from the raw markup before parsing. An HTML tree builder spends time in proportion
/// to the open-element stack on every tag, so thousands of unclosed tags would cost quadratic time; this linear
/// scan rejects such input first. It models the common implicit closes (p, li, td, …) and errs on the deep side.
/// </summary>
public static class HtmlNesting
{
    /// <summary>Generous against <see cref="ReaderLimits.MaxNesting"/>: the estimate overcounts sloppy but real pages.</summary>
    public const int Limit = 4 * ReaderLimits.MaxNesting;

    private static readonly FrozenSet<string> Void = FrozenSet.ToFrozenSet(
        ["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr", "param",
         "keygen", "basefont", "bgsound", "frame", "image", "p", "html", "head", "body"],
        StringComparer.Ordinal);

    private static readonly FrozenSet<string> Formatting = FrozenSet.ToFrozenSet(
        ["a", "b", "big", "code", "em", "font", "i", "nobr", "s", "small", "strike", "strong", "tt", "u"], StringComparer.Ordinal);

    private static readonly FrozenSet<string> RawText = FrozenSet.ToFrozenSet(
        ["script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes", "plaintext"], StringComparer.Ordinal);

    /// <summary>Elements a sibling start tag closes, with the elements that bound the search (a nested list or table).</summary>
    private static readonly FrozenDictionary<string, (string[] Peers, string[] Bounds)> Implicit =
        new Dictionary<string, (string[], string[])>
        {
            ["li"] = (["li"], ["ul", "ol"]),
            ["dt"] = (["dt", "dd"], ["dl"]),
            ["dd"] = (["dt", "dd"], ["dl"]),
            ["td"] = (["td", "th"], ["table", "tr"]),
            ["th"] = (["td", "th"], ["table", "tr"]),
            ["tr"] = (["tr"], ["table", "tbody", "thead", "tfoot"]),
            ["tbody"] = (["tbody", "thead", "tfoot"], ["table"]),
            ["thead"] = (["tbody", "thead", "tfoot"], ["table"]),
            ["tfoot"] = (["tbody", "thead", "tfoot"], ["table"]),
            ["option"] = (["option"], ["select", "optgroup"]),
            ["optgroup"] = (["optgroup", "option"], ["select"]),
        }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Throws a positioned error at the first start tag that would open more than <see cref="Limit"/> elements.</summary>
    public static void Check(string html)
    {
        var open = new List<string>();
        var i = 0;
        while (i < html.Length)
        {
            var lt = html.IndexOf('<', i);
            if (lt < 0 || lt + 1 >= html.Length)
            {
                return;
            }
            var next = html[lt + 1];
            if (next == '!' || next == '?')
            {
                i = SkipPast(html, lt, html.AsSpan(lt).StartsWith("<!--") ? "-->" : ">");
                continue;
            }
            var closing = next == '/';
            var nameStart = lt + (closing ? 2 : 1);
            var nameEnd = nameStart;
            while (nameEnd < html.Length && char.IsAsciiLetterOrDigit(html[nameEnd]))
            {
                nameEnd++;
            }
            if (nameEnd == nameStart || !char.IsAsciiLetter(html[nameStart]))
            {
                i = lt + 1;
                continue;
            }
            var name = html[nameStart..nameEnd].ToLowerInvariant();
            var end = TagEnd(html, nameEnd);
            i = end + 1;
            if (closing)
            {
                Close(open, name);
                continue;
            }
            if (RawText.Contains(name))
            {
                var close = html.IndexOf("</" + name, i, StringComparison.OrdinalIgnoreCase);
                i = close < 0 ? html.Length : close;
                continue;
            }
            if (Void.Contains(name) || (end > 0 && html[end - 1] == '/'))
            {
                continue;
            }
            if (Implicit.TryGetValue(name, out var rule))
            {
                CloseOpenPeer(open, rule.Peers, rule.Bounds);
            }
            open.Add(name);
            if (open.Count > Limit)
            {
                var (line, column) = Position(html, lt);
                throw new TranscriptParseException($"<{name}> is nested more than {Limit} elements deep", line, column);
            }
        }
    }

    /// <summary>Index of the '>' ending a tag, skipping quoted attribute values; the text's end when unclosed.</summary>
    private static int TagEnd(string html, int from)
    {
        for (var k = from; k < html.Length; k++)
        {
            var c = html[k];
            if (c == '>')
            {
                return k;
            }
            if (c is '"' or '\'' && k > from && html[k - 1] == '=')
            {
                var quote = html.IndexOf(c, k + 1);
                if (quote < 0)
                {
                    return html.Length;
                }
                k = quote;
            }
        }
        return html.Length;
    }

    private static int SkipPast(string html, int from, string terminator)
    {
        var at = html.IndexOf(terminator, from + 2, StringComparison.Ordinal);
        return at < 0 ? html.Length : at + terminator.Length;
    }

    /// <summary>
    /// Pops to the nearest open element of this name; a stray end tag changes nothing. A formatting end tag
    /// (&lt;/b&gt;, &lt;/a&gt;) closes only itself: the tree builder leaves blocks opened inside it open and reopens
    /// the formatting inside them, which is how misnested markup grows deep.
    /// </summary>
    private static void Close(List<string> open, string name)
    {
        var at = open.LastIndexOf(name);
        if (at < 0)
        {
            return;
        }
        if (Formatting.Contains(name))
        {
            open.RemoveAt(at);
        }
        else
        {
            open.RemoveRange(at, open.Count - at);
        }
    }

    private static void CloseOpenPeer(List<string> open, string[] peers, string[] bounds)
    {
        for (var k = open.Count - 1; k >= 0; k--)
        {
            if (peers.Contains(open[k]))
            {
                open.RemoveRange(k, open.Count - k);
                return;
            }
            if (bounds.Contains(open[k]))
            {
                return;
            }
        }
    }

    private static (int Line, int Column) Position(string html, int index)
    {
        var line = 1 + html.AsSpan(0, index).Count('\n');
        var lineStart = html.LastIndexOf('\n', Math.Max(index - 1, 0)) + 1;
        return (line, index - lineStart + 1);
    }
}

using System.Buffers;
using System.Net;
using System.Text;
using BriefingRoom.Transcripts;

namespace BriefingRoom.Formats.Markdown;

/// <summary>
/// Parses a paragraph's content (soft wraps already joined as spaces, hard breaks kept as newlines) into inlines:
/// backslash escapes, entities, <c>&lt;s&gt;</c>/<c>&lt;del&gt;</c> deletions, emphasis by CommonMark's flanking
/// rules, and typed bracket and note spans. Linear in the input; emphasis nesting is bounded.
/// </summary>
internal static class MarkdownInlineParser
{
    private sealed class Delimiter(char marker, int count, bool canOpen, bool canClose)
    {
        public char Marker { get; } = marker;
        public int Count { get; set; } = count;
        public bool CanOpen { get; } = canOpen;
        public bool CanClose { get; } = canClose;
    }

    /// <summary>Every character the switch in <see cref="Parse"/> acts on; all others are plain text.</summary>
    private static readonly SearchValues<char> MarkupStarts = SearchValues.Create("\\\n&<*_[");

    /// <summary>How far a link's text, an address or a tag may run: past this a bracket or angle is a character.</summary>
    private const int MaxSpanLength = 2048;

    /// <summary>Emphasis markers past this many in one paragraph are read as text, keeping hostile input linear.</summary>
    public const int MaxDelimiterRuns = 4096;

    /// <param name="content">The paragraph's content on one line.</param>
    /// <param name="emphasis">False reads <c>*</c> and <c>_</c> as the characters they are.</param>
    public static ValueList<Inline> Parse(string content, bool emphasis = true) => Parse(content, emphasis, links: true);

    private static ValueList<Inline> Parse(string content, bool emphasis, bool links)
    {
        var closings = new int[DeletionTags.Length];
        var searchedFrom = new int[DeletionTags.Length];
        Array.Fill(searchedFrom, int.MaxValue);
        var delimiterRuns = 0;
        // Nodes are Inline, StringBuilder (pending text) or Delimiter; emphasis is resolved over them afterwards.
        var nodes = new List<object>();
        var text = BuilderCache.Acquire();
        void FlushText()
        {
            if (text.Length > 0)
            {
                nodes.Add(text.ToString());
                text.Clear();
            }
        }
        var i = 0;
        while (i < content.Length)
        {
            // Copy the run up to the next character that can start markup in one append, not char by char.
            var plain = content.AsSpan(i).IndexOfAny(MarkupStarts);
            if (plain != 0)
            {
                var run = plain < 0 ? content.Length - i : plain;
                text.Append(content, i, run);
                i += run;
                continue;
            }
            var c = content[i];
            switch (c)
            {
                case '\\' when i + 1 < content.Length && content[i + 1] == '\n':
                    FlushText();
                    i = AddHardBreak(content, i + 1, "\\", nodes);
                    continue;
                case '\\' when i + 1 < content.Length && char.IsAsciiLetterOrDigit(content[i + 1]) is false && content[i + 1] is > ' ' and < '\u007f':
                    text.Append(content[i + 1]);
                    i += 2;
                    continue;
                case '\n':
                    {
                        var trailing = TrailingSpaces(text);
                        text.Length -= trailing.Length;
                        FlushText();
                        i = AddHardBreak(content, i, trailing == "  " ? "" : trailing, nodes);
                        continue;
                    }
                case '&':
                    {
                        var entityEnd = EntityEnd(content, i);
                        if (entityEnd > 0)
                        {
                            text.Append(WebUtility.HtmlDecode(content[i..entityEnd]));
                            i = entityEnd;
                            continue;
                        }
                        break;
                    }
                case '<':
                    {
                        var (deleted, end) = MatchDeletion(content, i, closings, searchedFrom);
                        if (deleted is not null)
                        {
                            FlushText();
                            nodes.Add(new Deletion(deleted));
                            i = end;
                            continue;
                        }
                        if (links && AutolinkEnd(content, i) is var autolinkEnd and > 0)
                        {
                            FlushText();
                            var url = content[(i + 1)..(autolinkEnd - 1)];
                            nodes.Add(new Link(new ValueList<Inline>([new TextRun(url)]), url, Auto: true));
                            i = autolinkEnd;
                            continue;
                        }
                        if (HtmlTagEnd(content, i) is var tagEnd and > 0)
                        {
                            FlushText();
                            nodes.Add(new RawHtml(content[i..tagEnd]));
                            i = tagEnd;
                            continue;
                        }
                        break;
                    }
                case '[' when links && MatchLink(content, i) is { } link:
                    FlushText();
                    nodes.Add(new Link(Parse(content[(i + 1)..link.TextEnd], emphasis, links: false), content[(link.TextEnd + 2)..(link.End - 1)]));
                    i = link.End;
                    continue;
                case '*' or '_':
                    {
                        var runEnd = i;
                        while (runEnd < content.Length && content[runEnd] == c)
                        {
                            runEnd++;
                        }
                        if (!emphasis || ++delimiterRuns > MaxDelimiterRuns)
                        {
                            text.Append(content, i, runEnd - i);
                            i = runEnd;
                            continue;
                        }
                        FlushText();
                        var (canOpen, canClose) = Flanking(content, i, runEnd, c);
                        nodes.Add(new Delimiter(c, runEnd - i, canOpen, canClose));
                        i = runEnd;
                        continue;
                    }
            }
            text.Append(c);
            i++;
        }
        FlushText();
        BuilderCache.Release(text);
        var list = new LinkedList<object>(nodes);
        ResolveEmphasis(list);
        return ToInlines(list);
    }

    /// <summary><c>[text](destination)</c> at <paramref name="start"/>: where the text ends (its <c>]</c>) and the link ends, or null.</summary>
    private static (int TextEnd, int End)? MatchLink(string s, int start)
    {
        var limit = Math.Min(s.Length, start + MaxSpanLength);
        var depth = 0;
        var close = -1;
        for (var i = start + 1; i < limit; i++)
        {
            var c = s[i];
            if (c == '\\')
            {
                i++;
            }
            else if (c == '[')
            {
                depth++;
            }
            else if (c == ']' && depth-- == 0)
            {
                close = i;
                break;
            }
        }
        if (close < 0 || close + 1 >= s.Length || s[close + 1] != '(')
        {
            return null;
        }
        var end = close + 2;
        while (end < limit && IsDestinationChar(s[end]))
        {
            end++;
        }
        return end > close + 2 && end < s.Length && s[end] == ')' ? (close, end + 1) : null;
    }

    /// <summary>Characters a link destination may hold as the reader takes it: no blanks, brackets, angles or escapes.</summary>
    private static bool IsDestinationChar(char c) => c > ' ' && c is not ('(' or ')' or '<' or '>' or '\\' or '\u007f') && !char.IsWhiteSpace(c);

    /// <summary>An address as a link destination the reader takes back the same: the characters it would not take, percent-encoded.</summary>
    internal static string LinkDestination(string url)
    {
        if (url.Length > 0 && url.All(IsDestinationChar))
        {
            return url;
        }
        var sb = new StringBuilder(url.Length + 8);
        foreach (var b in Encoding.UTF8.GetBytes(url.Length == 0 ? "#" : url))
        {
            if (b < 0x80 && IsDestinationChar((char)b))
            {
                sb.Append((char)b);
            }
            else
            {
                sb.Append('%').Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
            }
        }
        return sb.ToString();
    }

    /// <summary>End of an autolink <c>&lt;scheme:address&gt;</c> at <paramref name="start"/>, or -1.</summary>
    private static int AutolinkEnd(string s, int start)
    {
        var close = s.IndexOf('>', start + 1, Math.Min(s.Length - start - 1, MaxSpanLength));
        return close > 0 && IsAutolinkAddress(s[(start + 1)..close]) ? close + 1 : -1;
    }

    /// <summary>CommonMark's absolute address: a scheme of 2–32 characters, a colon, no blanks or angles.</summary>
    internal static bool IsAutolinkAddress(string url)
    {
        var colon = url.IndexOf(':', StringComparison.Ordinal);
        if (colon is < 2 or > 32 || !char.IsAsciiLetter(url[0]))
        {
            return false;
        }
        for (var i = 1; i < colon; i++)
        {
            if (!char.IsAsciiLetterOrDigit(url[i]) && url[i] is not ('+' or '.' or '-'))
            {
                return false;
            }
        }
        for (var i = colon + 1; i < url.Length; i++)
        {
            if (url[i] <= ' ' || url[i] is '<' or '>' or '\u007f' || char.IsWhiteSpace(url[i]))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>True when <paramref name="html"/> is exactly one tag as <see cref="HtmlTagEnd"/> reads it.</summary>
    internal static bool IsHtmlTag(string html) => html.Length > 0 && html[0] == '<' && HtmlTagEnd(html, 0) == html.Length;

    /// <summary>
    /// End of an HTML tag at <paramref name="start"/> as CommonMark reads raw HTML: an opening tag with attributes,
    /// a closing tag or a comment; -1 when the text there is not one. Scans at most <see cref="MaxSpanLength"/> characters.
    /// </summary>
    internal static int HtmlTagEnd(string s, int start)
    {
        var n = Math.Min(s.Length, start + MaxSpanLength);
        var j = start + 1;
        if (s.AsSpan(start).StartsWith("<!--", StringComparison.Ordinal))
        {
            var close = s.IndexOf("-->", start + 4, n - start - 4 < 0 ? 0 : n - start - 4, StringComparison.Ordinal);
            return close < 0 ? -1 : close + 3;
        }
        var closing = j < n && s[j] == '/';
        if (closing)
        {
            j++;
        }
        if (j >= n || !char.IsAsciiLetter(s[j]))
        {
            return -1;
        }
        var nameStart = j;
        while (j < n && (char.IsAsciiLetterOrDigit(s[j]) || s[j] == '-'))
        {
            j++;
        }
        if (DeletionTags.Contains(s[nameStart..j], StringComparer.OrdinalIgnoreCase))
        {
            // A deletion's tags without their partner stay text, as they always have.
            return -1;
        }
        if (closing)
        {
            j = SkipSpace(s, j, n);
            return j < n && s[j] == '>' ? j + 1 : -1;
        }
        while (true)
        {
            var spaceStart = j;
            j = SkipSpace(s, j, n);
            if (j >= n)
            {
                return -1;
            }
            if (s[j] == '>')
            {
                return j + 1;
            }
            if (s[j] == '/')
            {
                return j + 1 < n && s[j + 1] == '>' ? j + 2 : -1;
            }
            if (j == spaceStart || !(char.IsAsciiLetter(s[j]) || s[j] is '_' or ':'))
            {
                return -1;
            }
            while (j < n && (char.IsAsciiLetterOrDigit(s[j]) || s[j] is '_' or '.' or ':' or '-'))
            {
                j++;
            }
            var k = SkipSpace(s, j, n);
            if (k < n && s[k] == '=')
            {
                k = SkipSpace(s, k + 1, n);
                if (k >= n)
                {
                    return -1;
                }
                if (s[k] is '"' or '\'')
                {
                    var quoteEnd = s.IndexOf(s[k], k + 1, n - k - 1);
                    if (quoteEnd < 0)
                    {
                        return -1;
                    }
                    j = quoteEnd + 1;
                }
                else
                {
                    var valueStart = k;
                    while (k < n && s[k] > ' ' && s[k] is not ('"' or '\'' or '=' or '<' or '>' or '`'))
                    {
                        k++;
                    }
                    if (k == valueStart)
                    {
                        return -1;
                    }
                    j = k;
                }
            }
        }
    }

    private static int SkipSpace(string s, int j, int n)
    {
        while (j < n && s[j] is ' ' or '\t' or '\n')
        {
            j++;
        }
        return j;
    }

    private static int AddHardBreak(string content, int newline, string trailing, List<object> nodes)
    {
        var next = newline + 1;
        while (next < content.Length && content[next] is ' ' or '\t')
        {
            next++;
        }
        nodes.Add(new LineBreak(trailing, content[(newline + 1)..next]));
        return next;
    }

    private static string TrailingSpaces(StringBuilder text)
    {
        var n = 0;
        while (n < text.Length && text[text.Length - 1 - n] is ' ' or '\t')
        {
            n++;
        }
        return text.ToString(text.Length - n, n);
    }

    /// <summary>End of an HTML entity starting at <paramref name="start"/>, or -1 when the text there is not one.</summary>
    internal static int EntityEnd(string s, int start)
    {
        var i = start + 1;
        var limit = Math.Min(s.Length, start + 34);
        if (i < limit && s[i] == '#')
        {
            i++;
            if (i < limit && s[i] is 'x' or 'X')
            {
                i++;
            }
        }
        var bodyStart = i;
        while (i < limit && char.IsAsciiLetterOrDigit(s[i]))
        {
            i++;
        }
        if (i == bodyStart || i >= limit || s[i] != ';')
        {
            return -1;
        }
        var entity = s[start..(i + 1)];
        return WebUtility.HtmlDecode(entity) == entity ? -1 : i + 1;
    }

    private static readonly string[] DeletionTags = ["s", "del", "strike"];

    /// <summary>
    /// Matches <c>&lt;s&gt;…&lt;/s&gt;</c> (or del, strike) at <paramref name="start"/>. The closing tag found for each kind
    /// is remembered with where the search began, so many unclosed tags cost one scan, not one each.
    /// </summary>
    private static (string? Text, int End) MatchDeletion(string s, int start, int[] closings, int[] searchedFrom)
    {
        for (var k = 0; k < DeletionTags.Length; k++)
        {
            var tag = DeletionTags[k];
            var open = "<" + tag + ">";
            if (!s.AsSpan(start).StartsWith(open, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }
            var close = "</" + tag + ">";
            var innerStart = start + open.Length;
            if (searchedFrom[k] > innerStart || (closings[k] >= 0 && closings[k] < innerStart))
            {
                searchedFrom[k] = innerStart;
                closings[k] = s.IndexOf(close, innerStart, StringComparison.OrdinalIgnoreCase);
            }
            var closeAt = closings[k];
            if (closeAt < 0)
            {
                return (null, start);
            }
            return (Unescape(s[innerStart..closeAt]), closeAt + close.Length);
        }
        return (null, start);
    }

    /// <summary>Resolves backslash escapes and entities in a span that holds no other markup.</summary>
    internal static string Unescape(string s)
    {
        if (s.AsSpan().IndexOfAny('\\', '&') < 0)
        {
            return s;
        }
        var sb = new StringBuilder(s.Length);
        for (var i = 0; i < s.Length; i++)
        {
            if (s[i] == '\\' && i + 1 < s.Length && char.IsAsciiLetterOrDigit(s[i + 1]) is false && s[i + 1] is > ' ' and < '\u007f')
            {
                sb.Append(s[++i]);
            }
            else if (s[i] == '&' && EntityEnd(s, i) is var end and > 0)
            {
                sb.Append(WebUtility.HtmlDecode(s[i..end]));
                i = end - 1;
            }
            else
            {
                sb.Append(s[i]);
            }
        }
        return sb.ToString();
    }

    /// <summary>
    /// Reads a paragraph so that writing it reads back the same: where its emphasis would not (markers nested
    /// back to back, which CommonMark reads another way), its stars and underscores are read as characters.
    /// </summary>
    public static ValueList<Inline> ParseStable(string content)
    {
        var inlines = Parse(content);
        if (!inlines.Any(inline => inline is Emphasis) || Parse(MarkdownInlineRenderer.Render(inlines)) == inlines)
        {
            return inlines;
        }
        return Parse(content, emphasis: false);
    }

    private static (bool CanOpen, bool CanClose) Flanking(string s, int start, int end, char marker)
    {
        var before = start > 0 ? s[start - 1] : ' ';
        var after = end < s.Length ? s[end] : ' ';
        var beforeSpace = char.IsWhiteSpace(before);
        var afterSpace = char.IsWhiteSpace(after);
        var beforePunct = char.IsPunctuation(before) || char.IsSymbol(before);
        var afterPunct = char.IsPunctuation(after) || char.IsSymbol(after);
        var left = !afterSpace && (!afterPunct || beforeSpace || beforePunct);
        var right = !beforeSpace && (!beforePunct || afterSpace || afterPunct);
        return marker == '*'
            ? (left, right)
            : (left && (!right || beforePunct), right && (!left || afterPunct));
    }

    /// <summary>
    /// CommonMark's delimiter pass: each closer takes the nearest opener of its kind; bottoms keep the search for
    /// openers linear, and a linked list lets each match replace its span in time proportional to that span alone.
    /// </summary>
    private static void ResolveEmphasis(LinkedList<object> nodes)
    {
        // Per marker, the node at and below which no opener is looked for again (null: none yet, search to the start).
        LinkedListNode<object>? starBottom = null, underscoreBottom = null;
        void SetBottom(char marker, LinkedListNode<object>? node)
        {
            if (marker == '*')
            {
                starBottom = node;
            }
            else
            {
                underscoreBottom = node;
            }
        }
        var at = nodes.First;
        while (at is not null)
        {
            if (at.Value is not Delimiter { CanClose: true } closer)
            {
                at = at.Next;
                continue;
            }
            var bottom = closer.Marker == '*' ? starBottom : underscoreBottom;
            LinkedListNode<object>? openerAt = null;
            for (var j = at.Previous; j is not null && j != bottom; j = j.Previous)
            {
                if (j.Value is Delimiter { CanOpen: true } o && o.Marker == closer.Marker && o.Count > 0)
                {
                    openerAt = j;
                    break;
                }
            }
            if (openerAt is null)
            {
                SetBottom(closer.Marker, at.Previous);
                at = at.Next;
                continue;
            }
            var opener = (Delimiter)openerAt.Value;
            var use = opener.Count >= 2 && closer.Count >= 2 ? 2 : 1;
            var inner = new List<object>();
            for (var n = openerAt.Next; n != at; n = n!.Next)
            {
                inner.Add(n!.Value);
            }
            var content = ToInlines(inner);
            if (Depth(content) >= ReaderLimits.MaxNesting)
            {
                SetBottom(closer.Marker, at.Previous);
                at = at.Next;
                continue;
            }
            opener.Count -= use;
            closer.Count -= use;
            // A bottom inside the span taken, or on an opener used up, moves to the emphasis that replaces them.
            var starInside = opener.Count == 0 && openerAt == starBottom;
            var underscoreInside = opener.Count == 0 && openerAt == underscoreBottom;
            while (openerAt.Next != at)
            {
                var taken = openerAt.Next!;
                starInside |= taken == starBottom;
                underscoreInside |= taken == underscoreBottom;
                nodes.Remove(taken);
            }
            var emphasis = nodes.AddAfter(openerAt, new Emphasis(content, use == 2));
            if (opener.Count == 0)
            {
                nodes.Remove(openerAt);
            }
            if (closer.Count == 0)
            {
                var next = at.Next;
                nodes.Remove(at);
                at = next;
            }
            if (starInside)
            {
                starBottom = emphasis;
            }
            if (underscoreInside)
            {
                underscoreBottom = emphasis;
            }
        }
    }

    private static int Depth(ValueList<Inline> inlines)
    {
        var max = 0;
        foreach (var inline in inlines)
        {
            if (inline is Emphasis e)
            {
                max = Math.Max(max, 1 + Depth(e.Content));
            }
        }
        return max;
    }

    private static ValueList<Inline> ToInlines(IEnumerable<object> nodes)
    {
        var result = new List<Inline>();
        var text = BuilderCache.Acquire();
        // A lone string between inlines (the usual paragraph) is classified as it is, without a copy.
        string? single = null;
        void Flush()
        {
            if (single is not null)
            {
                InlineText.Classify(single, result);
                single = null;
            }
            else if (text.Length > 0)
            {
                InlineText.Classify(text.ToString(), result);
                text.Clear();
            }
        }
        void Append(string s)
        {
            if (single is not null)
            {
                text.Append(single);
                single = null;
            }
            if (text.Length == 0)
            {
                single = s;
            }
            else
            {
                text.Append(s);
            }
        }
        foreach (var node in nodes)
        {
            switch (node)
            {
                case string s: Append(s); break;
                case Delimiter d: Append(new string(d.Marker, d.Count)); break;
                case Inline inline:
                    Flush();
                    result.Add(inline);
                    break;
            }
        }
        Flush();
        BuilderCache.Release(text);
        return new ValueList<Inline>(result);
    }
}

using System.Collections.Frozen;
using System.Text;

namespace BriefingRoom.Transcripts;

/// <summary>
/// Turns printed text into typed inlines (<c>[redacted]</c>, <c>[senior administration official]</c>,
/// <c>[until]</c>, <c>(inaudible)</c>) and inlines back into the text a reader sees. Every reader uses it,
/// so a span is typed the same way whatever format it came from.
/// </summary>
public static class InlineText
{
    private const int MaxSpan = 80;

    private static readonly FrozenSet<string> NoteWords = FrozenSet.ToFrozenSet(
        [
            "inaudible", "laughter", "laughs", "crosstalk", "cross-talk", "applause", "audio gap", "pause",
            "no response", "no audible response", "off-mic", "off mic", "sic", "unintelligible",
            "technical difficulties", "technical difficulty", "audio interrupted", "phone rings", "silence",
            "interruption", "inaudible question", "inaudible response", "audio drops", "break in audio",
        ],
        StringComparer.OrdinalIgnoreCase);

    /// <summary>The paragraph as a reader sees it: breaks joined, spaces collapsed, deletions left out.</summary>
    public static string Plain(IEnumerable<Inline> inlines)
    {
        var raw = new StringBuilder();
        AppendPlain(raw, inlines);
        return Collapse(raw.ToString());
    }

    private static void AppendPlain(StringBuilder sb, IEnumerable<Inline> inlines)
    {
        foreach (var inline in inlines)
        {
            switch (inline)
            {
                case TextRun t: sb.Append(t.Text); break;
                case Emphasis e: AppendPlain(sb, e.Content); break;
                case Link l:
                    AppendPlain(sb, l.Content);
                    // The address is part of what was published: kept beside words that do not already show it.
                    if (!l.Auto && Plain(l.Content) != l.Url)
                    {
                        sb.Append(" <").Append(l.Url).Append('>');
                    }
                    break;
                case RawHtml: break;
                case Insertion i: sb.Append('[').Append(i.Text).Append(']'); break;
                case Deletion: break;
                case Redaction r: sb.Append('[').Append(r.Text).Append(']'); break;
                case AttributionPlaceholder a: sb.Append('[').Append(a.Text).Append(']'); break;
                case Note n: sb.Append(n.Square ? '[' : '(').Append(n.Text).Append(n.Square ? ']' : ')'); break;
                case LineBreak: sb.Append('\n'); break;
                default: throw new InvalidOperationException($"Unknown inline {inline.GetType().Name}");
            }
        }
    }

    /// <summary>Collapses runs of spaces, tabs and no-break spaces to one space and trims each line.</summary>
    public static string Collapse(string raw) => Collapse(raw, keepLines: true);

    /// <summary>Collapses blanks and line breaks alike to one space and trims: text as it shows on one line.</summary>
    public static string Flatten(string raw) => Collapse(raw, keepLines: false);

    private static string Collapse(string raw, bool keepLines)
    {
        var sb = new StringBuilder(raw.Length);
        var pendingSpace = false;
        foreach (var c in raw)
        {
            if (keepLines && c == '\n')
            {
                pendingSpace = false;
                sb.Append('\n');
            }
            else if (IsBlank(c) || (!keepLines && c is '\n' or '\r'))
            {
                pendingSpace = sb.Length > 0 && sb[^1] != '\n';
            }
            else
            {
                if (pendingSpace)
                {
                    sb.Append(' ');
                    pendingSpace = false;
                }
                sb.Append(c);
            }
        }
        return keepLines ? sb.ToString().Trim('\n') : sb.ToString();
    }

    /// <summary>The characters <see cref="IsBlank"/> accepts, for trimming.</summary>
    public const string BlankChars = " \t\u00a0\u2007\u202f";

    /// <summary>Spaces, tabs and the no-break spaces transcripts put after sentences and inside times.</summary>
    public static bool IsBlank(char c) => c is ' ' or '\t' or '\u00a0' or '\u2007' or '\u202f';

    /// <summary>Splits printed text into text runs and typed bracket and note spans, appending to <paramref name="into"/>.</summary>
    public static void Classify(string text, List<Inline> into)
    {
        var start = 0;
        var runStart = 0;
        while (start < text.Length)
        {
            var open = text.AsSpan(start).IndexOfAny('[', '(');
            if (open < 0)
            {
                break;
            }
            open += start;
            var closeChar = text[open] == '[' ? ']' : ')';
            var limit = Math.Min(text.Length, open + MaxSpan + 2);
            var close = text.AsSpan(open + 1, limit - open - 1).IndexOfAny(closeChar, text[open], '\n');
            if (close < 0 || text[open + 1 + close] != closeChar)
            {
                start = open + 1;
                continue;
            }
            close += open + 1;
            var inner = text[(open + 1)..close];
            var typed = Type(inner, text[open] == '[');
            if (typed is null)
            {
                start = open + 1;
                continue;
            }
            if (open > runStart)
            {
                into.Add(new TextRun(text[runStart..open]));
            }
            into.Add(typed);
            start = runStart = close + 1;
        }
        if (runStart < text.Length)
        {
            into.Add(new TextRun(text[runStart..]));
        }
    }

    /// <summary>Classifies a whole string; convenience for readers that have no other inlines.</summary>
    public static List<Inline> Classify(string text)
    {
        var list = new List<Inline>();
        Classify(text, list);
        return list;
    }

    private static Inline? Type(string inner, bool square)
    {
        if (inner.Length == 0 || inner.Trim().Length != inner.Length)
        {
            return null;
        }
        var bare = inner.TrimEnd('.');
        if (NoteWords.Contains(bare))
        {
            return new Note(inner, square);
        }
        if (!square)
        {
            return null;
        }
        if (inner.Equals("redacted", StringComparison.OrdinalIgnoreCase))
        {
            return new Redaction(inner);
        }
        return IsAttribution(inner) ? new AttributionPlaceholder(inner) : new Insertion(inner);
    }

    /// <summary>True for a bracketed role such as "senior administration official" or "Senior State Department officials".</summary>
    public static bool IsAttribution(string inner)
    {
        var words = inner.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < 2 || inner.Contains('\u00a0', StringComparison.Ordinal))
        {
            return false;
        }
        var last = words.Length - 1;
        if (words.Length > 2 && IsOrdinal(words[last]))
        {
            last--;
        }
        var head = words[last];
        if (!head.Equals("official", StringComparison.OrdinalIgnoreCase) && !head.Equals("officials", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }
        foreach (var word in words)
        {
            foreach (var c in word)
            {
                if (!char.IsLetterOrDigit(c) && c is not '-' and not '.' and not '\'' and not '\u2019' and not '#')
                {
                    return false;
                }
            }
        }
        return true;
    }

    private static bool IsOrdinal(string word) =>
        word.ToUpperInvariant() is "ONE" or "TWO" or "THREE" or "FOUR" or "FIVE" or "SIX" ||
        (word.TrimStart('#').Length > 0 && word.TrimStart('#').All(char.IsAsciiDigit));

    /// <summary>
    /// Brings inlines to the model's normal form, the one every reader produces: adjacent text runs merged, empty
    /// runs dropped, and bracket and note spans typed over the whole run of text, so equal content always has one
    /// representation.
    /// </summary>
    public static ValueList<Inline> Normalize(IEnumerable<Inline> inlines)
    {
        var result = new List<Inline>();
        var pending = new StringBuilder();
        void Flush()
        {
            if (pending.Length > 0)
            {
                Classify(pending.ToString(), result);
                pending.Clear();
            }
        }
        foreach (var inline in inlines)
        {
            switch (inline)
            {
                case TextRun t: pending.Append(t.Text); break;
                // Typed spans are re-read from their printed form, as a reader would see them in running text.
                case Insertion or Redaction or AttributionPlaceholder or Note:
                    AppendPlain(pending, [inline]);
                    break;
                case Emphasis e:
                    Flush();
                    var content = Normalize(e.Content);
                    if (content.Count > 0)
                    {
                        result.Add(e with { Content = content });
                    }
                    break;
                case Link l:
                    Flush();
                    result.Add(l with { Content = Normalize(l.Content) });
                    break;
                default:
                    Flush();
                    result.Add(inline);
                    break;
            }
        }
        Flush();
        return new ValueList<Inline>(result);
    }
}

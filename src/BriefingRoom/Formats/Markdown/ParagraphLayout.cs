using System.Text;
using BriefingRoom.Transcripts;

namespace BriefingRoom.Formats.Markdown;

/// <summary>
/// How a paragraph's Markdown is laid out in lines: the default greedy wrap at 72 columns (the seeds' width),
/// and the escapes that keep a paragraph's first characters from reading as a label, a time or a block.
/// </summary>
internal static class ParagraphLayout
{
    public const int Width = 72;

    /// <summary>A paragraph's content as Markdown on one line: rendered inlines with its start made safe.</summary>
    public static string Content(IEnumerable<Inline> inlines, bool afterLabel) =>
        SafeContentStart(MarkdownInlineRenderer.Render(inlines), afterLabel);

    /// <summary>
    /// True when <see cref="Content"/> of <paramref name="inlines"/> equals <paramref name="source"/>, found without
    /// building the rendered string in the usual case where it matches as rendered.
    /// </summary>
    public static bool ContentEquals(IEnumerable<Inline> inlines, bool afterLabel, string source)
    {
        var sb = BuilderCache.Acquire(source.Length);
        MarkdownInlineRenderer.Render(inlines, sb);
        if (sb.Equals(source.AsSpan()))
        {
            BuilderCache.Release(sb);
            return SafeContentStart(source, afterLabel) == source;
        }
        return SafeContentStart(BuilderCache.ToStringAndRelease(sb), afterLabel) == source;
    }

    /// <summary>
    /// After a label, a leading blank would read as part of the separator, so it is spelled as a character
    /// reference; elsewhere the start is kept from reading as a label, a time or a block.
    /// </summary>
    private static string SafeContentStart(string rendered, bool afterLabel) =>
        !afterLabel ? SafeStart(rendered, allowTime: false)
        : rendered.Length > 0 && InlineText.IsBlank(rendered[0]) ? Reference(rendered, 0)
        : rendered;

    /// <summary>
    /// Escapes the start of a block that does not begin with a label, so it reads back as text: a label's colon
    /// (<c>OPERATOR\:</c>), a reporter's Q (<c>&amp;#81;</c>), a time line, or Markdown block syntax.
    /// </summary>
    public static string SafeStart(string r, bool allowTime, bool dateline = false)
    {
        if (r.Length == 0)
        {
            return r;
        }
        // Escaped even where the reader would take it for text (a memorandum's SUBJECT:): the safe side.
        if (SpeakerLabels.TryMatch(r, out var label, LabelEvidence.Any))
        {
            if (label.Label != "Q" || r[0] != 'Q')
            {
                return r.Insert(label.Label.Length, "\\");
            }
            // A paragraph's leading character reference also tells the reader it is no dateline; a dateline
            // keeps its Q and spells out the character after it instead.
            return dateline && r.Length > 1 ? Reference(r, 1) : Reference(r, 0);
        }
        if (!allowTime && TimeMarks.TryParse(r, out _))
        {
            var colon = r.IndexOf(':', StringComparison.Ordinal);
            return r.Insert(colon, "\\");
        }
        if (StartsBlock(r, 0))
        {
            var at = 0;
            while (at < r.Length && char.IsAsciiDigit(r[at]))
            {
                at++;
            }
            return r.Insert(at, "\\");
        }
        return r;
    }

    /// <summary>
    /// Spells the character at <paramref name="at"/> (or the one a backslash there escapes) as a numeric character
    /// reference, leaving the rest as it was: <c>&amp;#84;his</c>.
    /// </summary>
    public static string Reference(string r, int at)
    {
        var start = at;
        if (r[at] == '\\' && at + 1 < r.Length)
        {
            at++;
        }
        var codePoint = char.IsHighSurrogate(r[at]) && at + 1 < r.Length ? char.ConvertToUtf32(r[at], r[at + 1]) : r[at];
        var after = at + (codePoint > 0xFFFF ? 2 : 1);
        return r[..start] + "&#" + codePoint.ToString(System.Globalization.CultureInfo.InvariantCulture) + ";" + r[after..];
    }

    /// <summary>True when a line starting at <paramref name="at"/> could begin a Markdown block rather than continue a paragraph.</summary>
    public static bool StartsBlock(string r, int at)
    {
        var c = r[at];
        var next = at + 1 < r.Length ? r[at + 1] : ' ';
        switch (c)
        {
            // An unescaped '<' here opens a deletion (<s>) or stands before a non-letter: neither starts a block.
            case '#' or '>' or '=' or '|':
                return true;
            case '-':
                return next is ' ' or '\t' or '-';
            case '+' or '*':
                // A list item needs the marker and a space; "**strong**" at a line start is a paragraph.
                return next is ' ' or '\t';
            case '`' or '~':
                return next == c;
        }
        if (!char.IsAsciiDigit(c))
        {
            return false;
        }
        var i = at;
        while (i < r.Length && i - at < 10 && char.IsAsciiDigit(r[i]))
        {
            i++;
        }
        return i < r.Length && r[i] is '.' or ')' && (i + 1 == r.Length || r[i + 1] is ' ' or '\t');
    }

    /// <param name="nonBlank">The first character past blanks found by an earlier call, reused while <paramref name="i"/> is short of it.</param>
    private static bool IsBreakable(string r, int i, ref int nonBlank) =>
        r[i] == ' ' && i > 0 && i + 1 < r.Length &&
        r[i - 1] is not (' ' or '\t' or '\n') && r[i + 1] is not (' ' or '\t' or '\n') &&
        !StartsBlock(r, i + 1) && !OnlyBlanksTo(r, i + 1, ref nonBlank);

    // A line of nothing but no-break spaces and spaces reads as a paragraph break, so no wrap may leave one.
    // Only the blanks up to the first other character are looked at, each once, so a long paragraph stays linear.
    private static bool OnlyBlanksTo(string r, int from, ref int nonBlank)
    {
        if (from > nonBlank)
        {
            var blanks = r.AsSpan(from).IndexOfAnyExcept(' ', '\t', '\u00a0');
            nonBlank = blanks < 0 ? r.Length : from + blanks;
        }
        return nonBlank == r.Length || r[nonBlank] == '\n';
    }

    /// <summary>Greedy wrap: each line as long as fits in <see cref="Width"/> columns, the first starting at <paramref name="firstColumn"/>.</summary>
    public static List<Wrap> DefaultWraps(string r, int firstColumn)
    {
        var positions = new List<int>();
        DefaultWraps(r, firstColumn, positions);
        return positions.ConvertAll(at => new Wrap(at));
    }

    /// <summary>Where <see cref="DefaultWraps(string, int)"/> breaks lines, as positions, so a reader can compare without building wraps.</summary>
    public static void DefaultWraps(string r, int firstColumn, List<int> wraps)
    {
        var lineStart = 0;
        var column = firstColumn;
        var last = -1;
        var nonBlank = -1;
        for (var i = 0; i < r.Length; i++)
        {
            // Only spaces and newlines change state; jump to the next one.
            var skip = r.AsSpan(i).IndexOfAny(' ', '\n');
            if (skip < 0)
            {
                break;
            }
            i += skip;
            if (r[i] == '\n')
            {
                lineStart = i + 1;
                column = 0;
                last = -1;
                continue;
            }
            if (!IsBreakable(r, i, ref nonBlank))
            {
                continue;
            }
            while (true)
            {
                if (column + (i - lineStart) <= Width)
                {
                    last = i;
                    break;
                }
                if (last >= 0)
                {
                    wraps.Add(last);
                    lineStart = last + 1;
                    column = 0;
                    last = -1;
                    continue;
                }
                // A word longer than the width: it gets a line of its own.
                wraps.Add(i);
                lineStart = i + 1;
                column = 0;
                break;
            }
        }
        var end = r.IndexOf('\n', lineStart) is var nl and >= 0 ? nl : r.Length;
        if (last >= 0 && column + (end - lineStart) > Width)
        {
            wraps.Add(last);
        }
    }

    /// <summary>True when every wrap replaces a space of <paramref name="r"/>, in order, with whitespace ending a line.</summary>
    public static bool Fits(string r, IReadOnlyList<Wrap> wraps)
    {
        var previous = -1;
        foreach (var wrap in wraps)
        {
            if (wrap.At <= previous || wrap.At >= r.Length || r[wrap.At] != ' ' || !wrap.Text.Contains('\n', StringComparison.Ordinal) ||
                wrap.Text.Any(c => c is not (' ' or '\t' or '\n')))
            {
                return false;
            }
            previous = wrap.At;
        }
        return true;
    }

    /// <summary>Writes <paramref name="r"/> with each wrap's space replaced by its line ending.</summary>
    public static void Write(string r, IReadOnlyList<Wrap> wraps, StringBuilder sb)
    {
        var from = 0;
        foreach (var wrap in wraps)
        {
            sb.Append(r, from, wrap.At - from).Append(wrap.Text);
            from = wrap.At + 1;
        }
        sb.Append(r, from, r.Length - from);
    }
}

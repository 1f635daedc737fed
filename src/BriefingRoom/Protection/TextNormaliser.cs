namespace BriefingRoom.Protection;

/// <summary>
/// Reduces a text to what a reader sees, as <see cref="NormalisedText"/>: escapes decoded, markup tags dropped but
/// attribute values read (after the text), characters folded, invisible characters dropped, everything else one separator.
/// </summary>
internal static class TextNormaliser
{
    // ASCII: the lower-case letter or digit, or 0 for a separator.
    private static readonly char[] AsciiWord = BuildAscii();

    public static NormalisedText Normalise(string text, TextKind kind)
    {
        var output = new NormalisedText(text.Length);
        var tags = kind is TextKind.Markdown or TextKind.Markup or TextKind.Json;
        var markdown = kind == TextKind.Markdown;
        var json = kind == TextKind.Json ? new JsonInlines(output) : null;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            // Fast path: a plain ASCII letter, digit or space is itself.
            if (c < 128 && c is not ('&' or '\\' or '%' or '<'))
            {
                var w = AsciiWord[c];
                if (w != 0)
                {
                    output.Word(w, i, i + 1);
                }
                else if (markdown && c == '~' && i + 1 < text.Length && text[i + 1] == '~')
                {
                    // "~~struck~~" is a deletion, as <s> is.
                    Marker(output, output.InDeletion ? -1 : 1, i, i + 2);
                    i += 2;
                    continue;
                }
                else if (markdown && c is '*' or '_' or '~' or '`')
                {
                    output.Markup(i, i + 1);
                }
                else if (c == '"' && json is not null)
                {
                    json.Quote(text, i, output);
                }
                else
                {
                    output.Separator(c, i, i + 1);
                }
                i++;
                continue;
            }
            var length = EscapeDecoder.Decode(text, i, kind, out var codePoint);
            if (codePoint == '<' && tags && Tag(text, i + length, kind, escaped: length > 1, output, out var edit) is var end and > 0)
            {
                Marker(output, edit, i, end);
                i = end;
                continue;
            }
            Feed(output, codePoint, i, i + length);
            i += length;
        }
        output.Finish(text.Length);
        // Attribute values come last, each behind a barrier, so the tag around them can still join a word.
        foreach (var (start, end) in output.Deferred)
        {
            output.Barrier(start);
            Read(text, start, end, kind, output);
        }
        return output;
    }

    /// <summary>
    /// Markup that may open (<paramref name="edit"/> 1 for a deletion, 2 for an insertion) or close (-1, -2) a
    /// correction's words: they start after the markup's separator and end before it.
    /// </summary>
    private static void Marker(NormalisedText output, int edit, int start, int end)
    {
        var kind = Math.Abs(edit) == 2 ? EditKind.Insertion : EditKind.Deletion;
        if (edit < 0)
        {
            output.CloseEdit(kind, end);
        }
        output.Markup(start, end);
        if (edit > 0)
        {
            output.OpenEdit(kind, start);
        }
    }

    private static void Feed(NormalisedText output, int codePoint, int start, int end)
    {
        if (codePoint < 128)
        {
            var w = AsciiWord[codePoint];
            if (w != 0)
            {
                output.Word(w, start, end);
            }
            else
            {
                output.Separator(codePoint, start, end);
            }
            return;
        }
        if (codePoint is 0xAD or 0x2010 or 0x2011 or 0x2028 || char.IsWhiteSpace((char)Math.Min(codePoint, 0xFFFF)))
        {
            output.Separator(codePoint, start, end);
            return;
        }
        foreach (var f in CharFolding.Fold(codePoint))
        {
            if (f == ' ')
            {
                output.Separator(codePoint, start, end);
            }
            else
            {
                output.Word(f, start, end);
            }
        }
    }

    /// <summary>
    /// A tag after its <c>&lt;</c> at <paramref name="i"/>: returns where it ends, or 0 when it is not one. Element
    /// and attribute names are dropped, attribute values are read as text. A tag written with entities
    /// (<c>&amp;lt;em&amp;gt;</c> in a feed) ends at an entity too.
    /// </summary>
    private static int Tag(string text, int i, TextKind kind, bool escaped, NormalisedText output, out int edit)
    {
        edit = 0;
        var decodedDelimiters = escaped || kind == TextKind.Json;
        var j = i;
        var closing = Peek(text, j, kind, decodedDelimiters, out var n) == '/';
        if (closing)
        {
            j += n;
        }
        var nameStart = j;
        while (j < text.Length && (char.IsAsciiLetterOrDigit(text[j]) || text[j] is ':' or '.' or '_' or '-') && (j > nameStart || char.IsAsciiLetter(text[j])))
        {
            j++;
        }
        if (j == nameStart)
        {
            return 0;
        }
        edit = EditOf(text.AsSpan(nameStart, j - nameStart)) * (closing ? -1 : 1);
        var after = Peek(text, j, kind, decodedDelimiters, out n);
        if (!(after is '>' or ' ' or '\t' or '\n' or '\r' || after == '/' && Peek(text, j + n, kind, decodedDelimiters, out _) == '>'))
        {
            return 0;
        }
        while (j < text.Length)
        {
            var c = Peek(text, j, kind, decodedDelimiters, out n);
            if (c is ' ' or '\t' or '\n' or '\r' or '/')
            {
                j += n;
            }
            else if (c == '>')
            {
                return j + n;
            }
            else if (text[j] == '<')
            {
                return j;
            }
            else
            {
                j = Attribute(text, j, kind, decodedDelimiters, output);
            }
        }
        return j;
    }

    /// <summary>1 for an element that strikes words out (s, del, strike), 2 for one that puts them in (ins), else 0.</summary>
    private static int EditOf(ReadOnlySpan<char> name) =>
        name.Equals("s", StringComparison.OrdinalIgnoreCase) || name.Equals("del", StringComparison.OrdinalIgnoreCase) || name.Equals("strike", StringComparison.OrdinalIgnoreCase) ? 1
        : name.Equals("ins", StringComparison.OrdinalIgnoreCase) ? 2
        : 0;

    /// <summary>One attribute: its value is read as text (deferred); a name without a value is read too, in case it is prose.</summary>
    private static int Attribute(string text, int j, TextKind kind, bool decodedDelimiters, NormalisedText output)
    {
        var nameStart = j;
        int n;
        while (j < text.Length && Peek(text, j, kind, decodedDelimiters, out n) is not (' ' or '\t' or '\n' or '\r' or '=' or '>' or '/' or '<'))
        {
            j += n;
        }
        var nameEnd = j;
        while (j < text.Length && Peek(text, j, kind, decodedDelimiters, out n) is ' ' or '\t' or '\n' or '\r')
        {
            j += n;
        }
        if (j >= text.Length || Peek(text, j, kind, decodedDelimiters, out n) != '=')
        {
            output.Deferred.Add((nameStart, nameEnd));
            return nameEnd == nameStart ? nameEnd + 1 : nameEnd;
        }
        j += n;
        while (j < text.Length && Peek(text, j, kind, decodedDelimiters, out n) is ' ' or '\t' or '\n' or '\r')
        {
            j += n;
        }
        var quote = j < text.Length ? Peek(text, j, kind, decodedDelimiters, out n) : 0;
        var valueStart = j;
        if (quote is '"' or '\'')
        {
            j += n;
            valueStart = j;
            while (j < text.Length && Peek(text, j, kind, decodedDelimiters, out n) != quote)
            {
                j += n;
            }
            output.Deferred.Add((valueStart, j));
            return Math.Min(j + n, text.Length);
        }
        while (j < text.Length && Peek(text, j, kind, decodedDelimiters, out n) is not (' ' or '\t' or '\n' or '\r' or '>'))
        {
            j += n;
        }
        output.Deferred.Add((valueStart, j));
        return j;
    }

    /// <summary>Feeds part of a tag to the output as text, between separators.</summary>
    private static void Read(string text, int start, int end, TextKind kind, NormalisedText output)
    {
        output.Separator(' ', start, start);
        for (var k = start; k < end;)
        {
            var length = EscapeDecoder.Decode(text, k, kind, out var codePoint);
            Feed(output, codePoint, k, k + length);
            k += length;
        }
        output.Separator(' ', end, end);
    }

    /// <summary>The character at a position inside a tag: decoded when the tag's delimiters are escaped, raw otherwise.</summary>
    private static int Peek(string text, int j, TextKind kind, bool decoded, out int length)
    {
        if (j >= text.Length)
        {
            length = 1;
            return -1;
        }
        if (!decoded)
        {
            length = 1;
            return text[j];
        }
        length = EscapeDecoder.Decode(text, j, kind, out var codePoint);
        return codePoint;
    }

    private static char[] BuildAscii()
    {
        var table = new char[128];
        for (var c = '0'; c <= '9'; c++)
        {
            table[c] = c;
        }
        for (var c = 'a'; c <= 'z'; c++)
        {
            table[c] = c;
            table[c - 32] = c;
        }
        return table;
    }
}

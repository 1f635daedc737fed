using System.Net;

namespace BriefingRoom.Protection;

/// <summary>
/// Reads one character a reader would see at a position: an entity, a Markdown or JSON escape, a percent-escape
/// or a surrogate pair becomes the one code point it stands for, with how many characters of the text it took.
/// </summary>
internal static class EscapeDecoder
{
    public static int Decode(string text, int i, TextKind kind, out int codePoint)
    {
        var c = text[i];
        int length;
        switch (c)
        {
            case '&' when kind is not TextKind.Plain and not TextKind.Url && (length = Entity(text, i, out codePoint)) > 0:
                return length;
            case '\\' when kind == TextKind.Markdown && (length = MarkdownEscape(text, i, out codePoint)) > 0:
                return length;
            case '\\' when kind == TextKind.Json && (length = JsonEscape(text, i, out codePoint)) > 0:
                return length;
            // Front matter's double-quoted YAML strings write \u0061 as JSON does.
            case '\\' when kind == TextKind.Markdown && text.AsSpan(i + 1).StartsWith("u") && (length = JsonEscape(text, i, out codePoint)) > 0:
                return length;
            case '%' when (length = Percent(text, i, out codePoint)) > 0:
                return length;
            case >= '\uD800' and <= '\uDBFF' when i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]):
                codePoint = char.ConvertToUtf32(c, text[i + 1]);
                return 2;
            default:
                codePoint = c;
                return 1;
        }
    }

    /// <summary>An HTML entity, decoded again while it decodes to an ampersand (<c>J&amp;amp;#97;ke</c> in a feed).</summary>
    private static int Entity(string text, int i, out int codePoint)
    {
        var body = Body(text, i + 1, out codePoint);
        if (body == 0)
        {
            return 0;
        }
        var length = 1 + body;
        while (codePoint == '&' && Body(text, i + length, out var inner) is var more and > 0)
        {
            length += more;
            codePoint = inner;
        }
        return length;
    }

    /// <summary>What follows an ampersand: <c>#97;</c>, <c>#x61;</c> or <c>agrave;</c>; returns its length, 0 when none.</summary>
    private static int Body(string text, int start, out int codePoint)
    {
        codePoint = 0;
        var j = start;
        if (j < text.Length && text[j] == '#')
        {
            j++;
            var hex = j < text.Length && (text[j] | 0x20) == 'x';
            if (hex)
            {
                j++;
            }
            var value = 0;
            var digits = j;
            // Stops past the last code point, before the value can overflow.
            while (j < text.Length && value <= 0x10FFFF && Digit(text[j], hex) is var d and >= 0)
            {
                value = value * (hex ? 16 : 10) + d;
                j++;
            }
            if (j == digits || value > 0x10FFFF)
            {
                return 0;
            }
            codePoint = value is >= 0xD800 and <= 0xDFFF ? 0xFFFD : value;
            return j < text.Length && text[j] == ';' ? j + 1 - start : j - start;
        }
        while (j < text.Length && j - start <= 32 && char.IsAsciiLetterOrDigit(text[j]))
        {
            j++;
        }
        if (j == start || j >= text.Length || text[j] != ';')
        {
            return 0;
        }
        var decoded = WebUtility.HtmlDecode("&" + text[start..(j + 1)]);
        if (decoded.Length == 0 || decoded[0] == '&' && decoded.Length > 1)
        {
            return 0;
        }
        codePoint = char.ConvertToUtf32(decoded, 0);
        return j + 1 - start;
    }

    private static int MarkdownEscape(string text, int i, out int codePoint)
    {
        codePoint = 0;
        if (i + 1 >= text.Length || !(text[i + 1] < 128 && (char.IsPunctuation(text[i + 1]) || char.IsSymbol(text[i + 1])) || text[i + 1] == '\n'))
        {
            return 0;
        }
        codePoint = text[i + 1];
        return 2;
    }

    private static int JsonEscape(string text, int i, out int codePoint)
    {
        codePoint = 0;
        if (i + 1 >= text.Length)
        {
            return 0;
        }
        switch (text[i + 1])
        {
            case 'u' when Hex4(text, i + 2) is var high and >= 0:
                if (char.IsHighSurrogate((char)high) && i + 12 <= text.Length && text[i + 6] == '\\' && text[i + 7] == 'u'
                    && Hex4(text, i + 8) is var low and >= 0 && char.IsLowSurrogate((char)low))
                {
                    codePoint = char.ConvertToUtf32((char)high, (char)low);
                    return 12;
                }
                codePoint = high is >= 0xD800 and <= 0xDFFF ? 0xFFFD : high;
                return 6;
            case 'n' or 'r':
                codePoint = '\n';
                return 2;
            case 't' or 'b' or 'f':
                codePoint = ' ';
                return 2;
            case var other:
                codePoint = other;
                return 2;
        }
    }

    /// <summary>A percent-escape, several when they spell one UTF-8 character (<c>%C3%A0</c>).</summary>
    private static int Percent(string text, int i, out int codePoint)
    {
        codePoint = 0;
        var lead = Byte(text, i);
        if (lead < 0)
        {
            return 0;
        }
        var extra = lead switch { < 0x80 => 0, >= 0xC2 and < 0xE0 => 1, >= 0xE0 and < 0xF0 => 2, >= 0xF0 and < 0xF5 => 3, _ => -1 };
        if (extra < 0)
        {
            return 0;
        }
        var value = extra == 0 ? lead : lead & (0x3F >> extra);
        for (var k = 1; k <= extra; k++)
        {
            var next = Byte(text, i + 3 * k);
            if (next < 0 || (next & 0xC0) != 0x80)
            {
                return 0;
            }
            value = (value << 6) | (next & 0x3F);
        }
        if (value > 0x10FFFF || value is >= 0xD800 and <= 0xDFFF)
        {
            return 0;
        }
        codePoint = value;
        return 3 * (extra + 1);
    }

    private static int Byte(string text, int i) =>
        i + 2 < text.Length && text[i] == '%' && Digit(text[i + 1], true) is var h and >= 0 && Digit(text[i + 2], true) is var l and >= 0
            ? h * 16 + l
            : -1;

    private static int Hex4(string text, int i)
    {
        if (i + 4 > text.Length)
        {
            return -1;
        }
        var value = 0;
        for (var k = i; k < i + 4; k++)
        {
            var d = Digit(text[k], true);
            if (d < 0)
            {
                return -1;
            }
            value = value * 16 + d;
        }
        return value;
    }

    private static int Digit(char c, bool hex) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= 'a' and <= 'f' when hex => c - 'a' + 10,
        >= 'A' and <= 'F' when hex => c - 'A' + 10,
        _ => -1,
    };
}

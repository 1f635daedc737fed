using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using BriefingRoom.Transcripts;

namespace BriefingRoom.Formats.Markdown;

/// <summary>
/// Writes front matter in the seeds' YAML style: keys in the seeds' order; plain scalars where YAML allows,
/// single quotes for values that would read as another type (<c>'2021-12-29'</c>), double quotes with
/// <c>\u2019</c> and <c>\_</c> escapes for anything beyond printable ASCII, folded at 80 columns.
/// </summary>
internal static partial class FrontMatterWriter
{
    private const int Width = 80;
    private const string Indent = "  ";

    public static bool HasAny(Metadata m) =>
        m.Title is not null || m.Date is not null || m.Published is not null || m.Modified is not null ||
        m.Url is not null || m.Tags.Count > 0 || m.Extra.Count > 0;

    /// <summary>The front matter as <see cref="Write"/> writes it, both <c>---</c> lines included.</summary>
    public static string Yaml(Metadata m)
    {
        var sb = new StringBuilder(512);
        Write(m, sb);
        return sb.ToString();
    }

    public static void Write(Metadata m, StringBuilder sb)
    {
        sb.Append("---\n");
        var live = m.Style == FrontMatterStyle.Live;
        if (m.Tags.Count == 1)
        {
            Scalar(sb, live ? "category" : "tags", m.Tags[0]);
        }
        else if (m.Tags.Count > 1)
        {
            sb.Append(live ? "category" : "tags").Append(":\n");
            foreach (var tag in m.Tags)
            {
                sb.Append('-');
                Value(sb, tag, 2);
                sb.Append('\n');
            }
        }
        if (m.Date is { } date)
        {
            Scalar(sb, "date", date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }
        if (m.Modified is { } modified)
        {
            sb.Append("modified_time: ").Append(Instant(modified)).Append('\n');
        }
        if (m.Url is not null)
        {
            Scalar(sb, live ? "permalink" : "source_url", m.Url);
        }
        if (m.Published is { } published)
        {
            sb.Append("published_time: ").Append(Instant(published)).Append('\n');
        }
        if (m.Title is not null)
        {
            Scalar(sb, "title", m.Title);
        }
        foreach (var field in m.Extra)
        {
            Scalar(sb, field.Key, field.Value);
        }
        sb.Append("---\n");
    }

    private static string Instant(DateTimeOffset instant) =>
        instant.ToString(instant.Millisecond == 0 && instant.Microsecond == 0 ? "yyyy-MM-dd HH:mm:sszzz" : "yyyy-MM-dd HH:mm:ss.FFFFFFzzz", CultureInfo.InvariantCulture);

    private static void Scalar(StringBuilder sb, string key, string value)
    {
        Key(sb, key);
        sb.Append(':');
        Value(sb, value, key.Length + 1);
        sb.Append('\n');
    }

    private static void Key(StringBuilder sb, string key)
    {
        if (IsPlain(key))
        {
            sb.Append(key);
        }
        else
        {
            DoubleQuoted(sb, key, 0, split: false);
        }
    }

    /// <summary>Writes " value" in the first style YAML allows, <paramref name="column"/> being where the space goes.</summary>
    private static void Value(StringBuilder sb, string value, int column)
    {
        sb.Append(' ');
        column++;
        if (IsPlain(value) && !ResolvesAsOtherType(value))
        {
            Folded(sb, value, column, quote: null);
        }
        else if (IsPrintableAscii(value))
        {
            Folded(sb, value.Replace("'", "''", StringComparison.Ordinal), column, quote: '\'');
        }
        else
        {
            DoubleQuoted(sb, value, column, split: true);
        }
    }

    /// <summary>Plain or single-quoted text, breaking at a single space once a line has passed the width.</summary>
    private static void Folded(StringBuilder sb, string text, int column, char? quote)
    {
        if (quote is { } q)
        {
            sb.Append(q);
            column++;
        }
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            var singleSpace = c == ' ' && i > 0 && i + 1 < text.Length && text[i - 1] != ' ' && text[i + 1] != ' ';
            if (singleSpace && column > Width)
            {
                sb.Append('\n').Append(Indent);
                column = Indent.Length;
            }
            else
            {
                sb.Append(c);
                column++;
            }
            i++;
        }
        if (quote is { } end)
        {
            sb.Append(end);
        }
    }

    private static void DoubleQuoted(StringBuilder sb, string text, int column, bool split)
    {
        sb.Append('"');
        column++;
        var start = 0;
        for (var end = 0; end <= text.Length; end++)
        {
            var ch = end < text.Length ? text[end] : '\0';
            var atEnd = end == text.Length;
            if (atEnd || NeedsEscape(ch))
            {
                if (start < end)
                {
                    sb.Append(text, start, end - start);
                    column += end - start;
                    start = end;
                }
                if (!atEnd)
                {
                    var escape = EscapeOf(text, ref end);
                    sb.Append(escape);
                    column += escape.Length;
                    start = end + 1;
                }
            }
            // Fold where the next chunk would pass the width: at a space, or straight after an escape.
            if (split && end > 0 && end < text.Length - 1 && (ch == ' ' || start >= end) && column + (end - start) > Width)
            {
                if (start < end)
                {
                    sb.Append(text, start, end - start);
                    start = end;
                }
                sb.Append("\\\n").Append(Indent);
                column = Indent.Length;
                if (text[start] == ' ')
                {
                    sb.Append('\\');
                    column++;
                }
            }
        }
        sb.Append('"');
    }

    private static bool NeedsEscape(char c) => c is < ' ' or > '~' or '"' or '\\';

    private static string EscapeOf(string text, ref int i)
    {
        var c = text[i];
        switch (c)
        {
            case '\0': return "\\0";
            case '\a': return "\\a";
            case '\b': return "\\b";
            case '\t': return "\\t";
            case '\n': return "\\n";
            case '\v': return "\\v";
            case '\f': return "\\f";
            case '\r': return "\\r";
            case '\u001b': return "\\e";
            case '"': return "\\\"";
            case '\\': return "\\\\";
            case '\u0085': return "\\N";
            case '\u00a0': return "\\_";
            case '\u2028': return "\\L";
            case '\u2029': return "\\P";
        }
        if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
        {
            var codePoint = char.ConvertToUtf32(c, text[i + 1]);
            i++;
            return "\\U" + codePoint.ToString("X8", CultureInfo.InvariantCulture);
        }
        return c <= '\u00ff'
            ? "\\x" + ((int)c).ToString("X2", CultureInfo.InvariantCulture)
            : "\\u" + ((int)c).ToString("X4", CultureInfo.InvariantCulture);
    }

    private static bool IsPrintableAscii(string s)
    {
        foreach (var c in s)
        {
            if (c is < ' ' or > '~')
            {
                return false;
            }
        }
        return true;
    }

    private static bool IsPlain(string s)
    {
        if (s.Length == 0 || s[0] == ' ' || s[^1] == ' ' || s[^1] == ':' || !IsPrintableAscii(s))
        {
            return false;
        }
        if ("-?:,[]{}#&*!|>'\"%@`".Contains(s[0], StringComparison.Ordinal))
        {
            return false;
        }
        return !s.Contains(": ", StringComparison.Ordinal) && !s.Contains(" #", StringComparison.Ordinal);
    }

    /// <summary>Values a YAML reader would take as a boolean, null, number or timestamp, and so must be quoted to stay text.</summary>
    private static bool ResolvesAsOtherType(string s) => OtherType().IsMatch(s);

    [GeneratedRegex(@"^(?:~|null|Null|NULL|y|Y|yes|Yes|YES|n|N|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF|=|<<|[-+]?(?:\.(?:inf|Inf|INF)|(?:0|[1-9][0-9_]*)(?:\.[0-9_]*)?(?:[eE][-+]?[0-9]+)?|\.[0-9_]+(?:[eE][-+]?[0-9]+)?|0b[01_]+|0o?[0-7_]+|0x[0-9a-fA-F_]+|[1-9][0-9_]*(?::[0-5]?[0-9])+(?:\.[0-9_]*)?)|\.(?:nan|NaN|NAN)|[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex OtherType();
}

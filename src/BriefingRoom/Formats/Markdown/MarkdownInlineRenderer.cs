using System.Buffers;
using System.Text;
using BriefingRoom.Transcripts;

namespace BriefingRoom.Formats.Markdown;

/// <summary>
/// Writes inlines as briefing-room Markdown on one line (hard breaks aside), escaping in pandoc's manner:
/// brackets always (<c>\[senior administration official\]</c>), and only what would otherwise be read as markup.
/// </summary>
internal static class MarkdownInlineRenderer
{
    public static void Render(IEnumerable<Inline> inlines, StringBuilder sb)
    {
        foreach (var inline in inlines)
        {
            switch (inline)
            {
                case TextRun t: Escape(t.Text, sb); break;
                case Emphasis e:
                    var marker = e.Strong ? "**" : "*";
                    sb.Append(marker);
                    Render(e.Content, sb);
                    sb.Append(marker);
                    break;
                case Link l when l.Auto && MarkdownInlineParser.IsAutolinkAddress(l.Url) && l.Content is [TextRun { Text: var shown }] && shown == l.Url:
                    sb.Append('<').Append(l.Url).Append('>');
                    break;
                case Link l:
                    sb.Append('[');
                    Render(l.Content, sb);
                    sb.Append("](").Append(MarkdownInlineParser.LinkDestination(l.Url)).Append(')');
                    break;
                case RawHtml h when MarkdownInlineParser.IsHtmlTag(h.Html):
                    sb.Append(h.Html);
                    break;
                case RawHtml h:
                    Escape(h.Html, sb);
                    break;
                case Insertion i: Bracketed(i.Text, sb); break;
                case Redaction r: Bracketed(r.Text, sb); break;
                case AttributionPlaceholder a: Bracketed(a.Text, sb); break;
                case Note n when n.Square: Bracketed(n.Text, sb); break;
                case Note n:
                    sb.Append('(');
                    Escape(n.Text, sb);
                    sb.Append(')');
                    break;
                case Deletion d:
                    sb.Append("<s>");
                    // "\<" would still hold "</s>" for a reader looking for the end; "&lt;" does not.
                    sb.Append(Escape(d.Text).Replace("\\<", "&lt;", StringComparison.Ordinal));
                    sb.Append("</s>");
                    break;
                case LineBreak b:
                    sb.Append(b.Trailing.Length == 0 ? "  " : b.Trailing).Append('\n').Append(b.Indent);
                    break;
                default:
                    throw new InvalidOperationException($"Unknown inline {inline.GetType().Name}");
            }
        }
    }

    public static string Render(IEnumerable<Inline> inlines)
    {
        var sb = BuilderCache.Acquire();
        Render(inlines, sb);
        return BuilderCache.ToStringAndRelease(sb);
    }

    private static void Bracketed(string text, StringBuilder sb)
    {
        sb.Append("\\[");
        Escape(text, sb);
        sb.Append("\\]");
    }

    /// <summary>Every character a case in <see cref="Escape(string, StringBuilder)"/> acts on.</summary>
    private static readonly SearchValues<char> EscapeCandidates = SearchValues.Create("\\[]*_`<&\n");

    /// <summary>Escapes text so it reads back as the same characters and never as markup.</summary>
    public static void Escape(string text, StringBuilder sb)
    {
        for (var i = 0; i < text.Length; i++)
        {
            // Copy the run up to the next character that may need escaping in one append.
            var plain = text.AsSpan(i).IndexOfAny(EscapeCandidates);
            if (plain != 0)
            {
                var run = plain < 0 ? text.Length - i : plain;
                sb.Append(text, i, run);
                i += run - 1;
                continue;
            }
            var c = text[i];
            switch (c)
            {
                case '\\' or '[' or ']' or '*' or '_' or '`':
                    sb.Append('\\').Append(c);
                    break;
                case '<' when i + 1 < text.Length && (char.IsAsciiLetter(text[i + 1]) || text[i + 1] is '/' or '!' or '?'):
                    sb.Append("\\<");
                    break;
                case '&' when MarkdownInlineParser.EntityEnd(text, i) > 0:
                    sb.Append("\\&");
                    break;
                case '\n' or '\r':
                    // A line ending inside a text run is a character, not a wrap: spell it out.
                    sb.Append(c == '\n' ? "&#10;" : "&#13;");
                    break;
                default:
                    sb.Append(c);
                    break;
            }
        }
    }

    public static string Escape(string text)
    {
        var sb = new StringBuilder(text.Length + 8);
        Escape(text, sb);
        return sb.ToString();
    }
}

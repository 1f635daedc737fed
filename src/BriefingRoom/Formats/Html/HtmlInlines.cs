using BriefingRoom.Transcripts;

namespace BriefingRoom.Formats.Html;

/// <summary>
/// A paragraph's words as HTML, the one rendering every page uses (the public pages and the archive): a deletion
/// struck through as <c>&lt;del&gt;</c>, an insertion in brackets as <c>&lt;ins&gt;[…]&lt;/ins&gt;</c>, as the printed
/// corrections read. Every text and attribute value is escaped.
/// </summary>
public static class HtmlInlines
{
    /// <summary>The paragraph in display form (<see cref="DisplayInlines"/>).</summary>
    public static void Write(TextWriter output, Paragraph paragraph)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(paragraph);
        Write(output, DisplayInlines.Of(paragraph));
    }

    /// <summary>The paragraph as a string of HTML, for pages that compose markup (Razor's <c>MarkupString</c>).</summary>
    public static string Html(Paragraph paragraph)
    {
        using var output = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        Write(output, paragraph);
        return output.ToString();
    }

    public static void Write(TextWriter output, IReadOnlyList<Inline> inlines)
    {
        foreach (var inline in inlines)
        {
            switch (inline)
            {
                case TextRun r:
                    HtmlEscape.Text(output, r.Text);
                    break;
                case Emphasis e:
                    output.Write(e.Strong ? "<strong>" : "<em>");
                    Write(output, e.Content);
                    output.Write(e.Strong ? "</strong>" : "</em>");
                    break;
                case Link l when SourceUrls.IsWebAddress(l.Url):
                    output.Write("<a href=\"");
                    HtmlEscape.Attribute(output, l.Url);
                    output.Write("\">");
                    Write(output, l.Content);
                    output.Write("</a>");
                    break;
                case Link l:
                    // An address of another scheme (javascript:, data:) is never made live; its words stay.
                    Write(output, l.Content);
                    break;
                case RawHtml:
                    // The source's tags are not trusted into a published page; the words between them are kept.
                    break;
                case Insertion i:
                    Wrapped(output, "<ins>[", i.Text, "]</ins>");
                    break;
                case Deletion d:
                    Wrapped(output, "<del>", d.Text, "</del>");
                    break;
                case Redaction r:
                    Wrapped(output, "<span class=\"redaction\">[", r.Text, "]</span>");
                    break;
                case AttributionPlaceholder a:
                    Wrapped(output, "<span class=\"attribution\">[", a.Text, "]</span>");
                    break;
                case Note n:
                    Wrapped(output, n.Square ? "<span class=\"note\">[" : "<span class=\"note\">(", n.Text, n.Square ? "]</span>" : ")</span>");
                    break;
                case LineBreak:
                    output.Write("<br>\n");
                    break;
                default:
                    throw new InvalidOperationException($"Unknown inline {inline.GetType().Name}");
            }
        }
    }

    private static void Wrapped(TextWriter output, string open, string text, string close)
    {
        output.Write(open);
        HtmlEscape.Text(output, text);
        output.Write(close);
    }
}

using System.Buffers;

namespace BriefingRoom.Formats.Html;

/// <summary>
/// Escapes text for HTML: <c>&amp; &lt; &gt;</c> in content and also both quotes in attribute values (always
/// written double-quoted), after dropping characters no HTML document may hold.
/// </summary>
internal static class HtmlEscape
{
    private static readonly SearchValues<char> TextSpecials = SearchValues.Create("&<>");
    private static readonly SearchValues<char> AttributeSpecials = SearchValues.Create("&<>\"'");

    public static void Text(TextWriter output, string text) => Write(output, MarkupChars.Clean(text), TextSpecials);

    public static void Attribute(TextWriter output, string value) => Write(output, MarkupChars.Clean(value), AttributeSpecials);

    private static void Write(TextWriter output, ReadOnlySpan<char> text, SearchValues<char> specials)
    {
        while (!text.IsEmpty)
        {
            var next = text.IndexOfAny(specials);
            if (next < 0)
            {
                output.Write(text);
                return;
            }
            output.Write(text[..next]);
            output.Write(text[next] switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                _ => "&#39;",
            });
            text = text[(next + 1)..];
        }
    }
}

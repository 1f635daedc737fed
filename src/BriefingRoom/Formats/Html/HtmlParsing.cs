using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace BriefingRoom.Formats.Html;

/// <summary>
/// Parses markup with AngleSharp, keeping source positions. AngleSharp 1.x throws NullReferenceException on some
/// malformed tables inside &lt;select&gt; (e.g. <c>&lt;select&gt;&lt;button&gt;&lt;td&gt;&lt;template&gt;&lt;/template&gt;&lt;button&gt;&lt;/td&gt;</c>);
/// such failures become a parse error placed where the shortest failing prefix of the page ends.
/// </summary>
public static class HtmlParsing
{
    private static readonly HtmlParserOptions Options = new() { IsKeepingSourceReferences = true };

    public static IHtmlDocument Parse(string html)
    {
        if (TryParse(html, out var document, out var failure))
        {
            return document;
        }
        // The last character of the shortest failing prefix is where the parser tripped.
        var at = Math.Max(FailingPrefix(html) - 1, 0);
        var line = 1 + html.AsSpan(0, at).Count('\n');
        var column = at - (at == 0 ? 0 : html.LastIndexOf('\n', at - 1) + 1) + 1;
        throw new TranscriptParseException($"the HTML parser gave up on this markup ({failure.GetType().Name})", line, column);
    }

    private static bool TryParse(string html, out IHtmlDocument document, out Exception failure)
    {
        try
        {
            document = new HtmlParser(Options).ParseDocument(html);
            failure = null!;
            return true;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A parser bug on hostile markup (seen: NullReferenceException) is the page's problem to the caller: unreadable input.
            document = null!;
            failure = e;
            return false;
        }
    }

    /// <summary>The length of the shortest prefix that still fails, found by bisection (a few dozen parses at most).</summary>
    private static int FailingPrefix(string html)
    {
        var (lo, hi) = (0, html.Length);
        while (lo < hi)
        {
            var mid = lo + ((hi - lo) / 2);
            if (TryParse(html[..mid], out var document, out _))
            {
                document.Dispose();
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }
        return lo;
    }
}

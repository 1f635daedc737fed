using BriefingRoom.Formats.Markdown;
using System.Text;
using System.Text.RegularExpressions;
using BriefingRoom.Transcripts;

namespace BriefingRoom.Tests.Specs;

/// <summary>Turns a seed's Markdown into the plain text a press office would e-mail, and transcripts into word sequences to compare.</summary>
public static partial class SeedText
{
    /// <summary>The body after the front matter, with Markdown's backslash escapes resolved.</summary>
    public static string PlainBody(string markdown)
    {
        var text = markdown.Replace("\r\n", "\n", StringComparison.Ordinal);
        if (text.StartsWith("---\n", StringComparison.Ordinal))
        {
            var close = text.IndexOf("\n---\n", 4, StringComparison.Ordinal);
            text = text[(close + 5)..];
        }
        return Escape().Replace(text, "$1");
    }

    /// <summary>The plain body as a minimal briefing-room page: one &lt;p&gt; per block between blank (or blanks-only) lines, text escaped.</summary>
    public static string AsHtml(string plainBody)
    {
        var sb = new StringBuilder("<html><body><section class=\"body-content\"><div class=\"container\">\n");
        foreach (var block in BlankLine().Split(plainBody))
        {
            sb.Append("<p>").Append(System.Net.WebUtility.HtmlEncode(block)).Append("</p>\n");
        }
        return sb.Append("</div></section></body></html>\n").ToString();
    }

    /// <summary>Every word a reader of the transcript sees, head and labels included, in order.</summary>
    public static IReadOnlyList<string> WordsOf(Transcript t)
    {
        var sb = new StringBuilder();
        sb.Append(t.Dateline).Append(' ').Append(t.Start?.Text).Append(' ');
        foreach (var p in t.Preface)
        {
            sb.Append(InlineText.Plain(p.Inlines)).Append(' ');
        }
        foreach (var turn in t.Turns)
        {
            // Readers other than Markdown keep no separator; the writer's default stands for it.
            var separator = turn.Separator ?? MarkdownWriter.DefaultSeparator(turn.Speaker);
            sb.Append(turn.Speaker).Append(separator.Trim(' ', '\t', '\u00a0')).Append(' ');
            foreach (var p in turn.Paragraphs)
            {
                sb.Append(InlineText.Plain(p.Inlines)).Append(' ');
            }
        }
        sb.Append(t.End?.Text);
        return Words(sb.ToString());
    }

    public static IReadOnlyList<string> Words(string text) =>
        text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);

    [GeneratedRegex("\n[ \t\u00a0]*\n")]
    private static partial Regex BlankLine();

    [GeneratedRegex(@"\\([\\`*_{}\[\]()#+\-.!<>|])")]
    private static partial Regex Escape();
}

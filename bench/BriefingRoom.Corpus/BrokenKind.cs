using System.Globalization;
using BriefingRoom.Formats;

namespace BriefingRoom.Corpus;

/// <summary>
/// Ways to break a rendered transcript so its reader refuses it, each with the exact <c>line:col: message</c>
/// the reader gives, for the importer's failure report.
/// </summary>
internal sealed record BrokenKind(string Name, TranscriptFormat Format, Func<string, (string Text, string Error)> Break)
{
    public static readonly BrokenKind[] All =
    [
        new("unclosed-front-matter", TranscriptFormat.Markdown, UnclosedFrontMatter),
        new("front-matter-list", TranscriptFormat.Markdown, FrontMatterList),
        new("control-character", TranscriptFormat.Text, ControlCharacter),
        new("nested-too-deep", TranscriptFormat.Html, NestedTooDeep),
    ];

    /// <summary>The closing <c>---</c> line dropped: the whole file reads as unterminated front matter.</summary>
    private static (string, string) UnclosedFrontMatter(string markdown)
    {
        var close = markdown.IndexOf("\n---\n", StringComparison.Ordinal);
        return (markdown.Remove(close + 1, 4), "1:1: front matter opened with '---' is never closed (expected a line '---')");
    }

    /// <summary>An unknown key given a list where the model keeps only single values.</summary>
    private static (string, string) FrontMatterList(string markdown) =>
        (markdown.Insert(4, "reviewers: [press, counsel]\n"), "2:12: front matter: 'reviewers' must be a single value");

    /// <summary>A NUL at the start of a middle line, as a damaged e-mail export might hold.</summary>
    private static (string, string) ControlCharacter(string text)
    {
        var lines = text.Split('\n');
        var line = (lines.Length / 2) + 1;
        lines[line - 1] = "\0" + lines[line - 1];
        return (string.Join('\n', lines), string.Create(CultureInfo.InvariantCulture, $"{line}:1: control character U+0000 is not transcript text"));
    }

    /// <summary>70 nested divs right after <c>&lt;body&gt;</c>: html and body count, so the 63rd div is element 65.</summary>
    private static (string, string) NestedTooDeep(string html)
    {
        var body = html.IndexOf("<body>\n", StringComparison.Ordinal) + "<body>\n".Length;
        var line = html.AsSpan(0, body).Count('\n') + 1;
        var nest = string.Concat(Enumerable.Repeat("<div>", 70)) + "deep" + string.Concat(Enumerable.Repeat("</div>", 70)) + "\n";
        return (html.Insert(body, nest), string.Create(CultureInfo.InvariantCulture, $"{line}:{1 + (62 * 5)}: <div> is nested 65 elements deep; the limit is 64"));
    }
}

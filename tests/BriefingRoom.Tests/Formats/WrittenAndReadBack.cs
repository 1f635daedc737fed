using System.Text.RegularExpressions;
using BriefingRoom.Formats.Html;
using BriefingRoom.Formats.Markdown;
using BriefingRoom.Formats.Text;
using BriefingRoom.Tests.Specs;
using BriefingRoom.Transcripts;

namespace BriefingRoom.Tests.Formats;

/// <summary>What the plain-text and HTML writers print, the matching readers understand: a seed written out and read back gives the same outline.</summary>
public sealed partial class WrittenAndReadBack
{
    [SkippableTheory]
    [MemberData(nameof(Seeds.Names), MemberType = typeof(Seeds))]
    public void Plain_text(string name)
    {
        var t = MarkdownReader.Read(Seeds.Read(name));
        // The plain-text writer prints no dates, no struck-out words, and spaces where the title had no-break spaces.
        Assert.Equal(
            Struck().Replace(Carried(t, "date", "published", "modified", "url", "tags"), "").Replace('\u00a0', ' '),
            Carried(PlainTextReader.Read(PlainTextWriter.Write(t))));
    }

    [SkippableTheory]
    [MemberData(nameof(Seeds.Names), MemberType = typeof(Seeds))]
    public void Html(string name)
    {
        var t = MarkdownReader.Read(Seeds.Read(name));
        // The HTML writer prints no modified time.
        Assert.Equal(Carried(t, "modified"), Carried(HtmlReader.Read(HtmlWriter.Write(t))));
    }

    /// <summary>The outline without the facts a format does not carry.</summary>
    private static string Carried(Transcript t, params string[] dropped) =>
        string.Join('\n', Outline.Of(t).Split('\n').Where(line => !dropped.Any(key => line.StartsWith(key + ": ", StringComparison.Ordinal))));

    [GeneratedRegex(@"\{del:[^}]*\} ?")]
    private static partial Regex Struck();
}

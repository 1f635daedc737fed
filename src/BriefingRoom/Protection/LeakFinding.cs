using System.Globalization;
using System.Text;

namespace BriefingRoom.Protection;

/// <summary>Whether a finding blocks publication (a leak) or asks a person to look (a self-identification to review).</summary>
public enum FindingKind
{
    Leak,
    Review,
}

/// <summary>
/// One thing the leak check found: where (1-based line and column, in UTF-16 units of the original text), the text as
/// written there, the identifier it matched and the label of whose it is (<c>redact list</c> for a redact phrase).
/// </summary>
public sealed record LeakFinding(FindingKind Kind, int Line, int Column, string Matched, string Identifier, string Label)
{
    public bool Blocks => Kind == FindingKind.Leak;

    /// <summary>The CLI's line: <c>file:line:col: leak: "&lt;matched text&gt;" matches &lt;alias&gt; of &lt;label&gt;</c>.</summary>
    public string Describe(string file) => Kind == FindingKind.Leak
        ? string.Create(CultureInfo.InvariantCulture, $"{file}:{Line}:{Column}: leak: \"{OneLine(Matched)}\" matches {Identifier} of {Label}")
        : string.Create(CultureInfo.InvariantCulture, $"{file}:{Line}:{Column}: review: \"{OneLine(Matched)}\" identifies the speaker as {Identifier} of {Label}");

    // Line breaks and tabs inside a match are shown escaped so each finding stays one line (the publisher's review list too).
    internal static string OneLine(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            builder.Append(c switch
            {
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                '"' => "\\\"",
                '\\' => "\\\\",
                _ when char.IsControl(c) || CharFolding.IsInvisible(c) || c is '\u00ad' or '\u00a0' => $"\\u{(int)c:x4}",
                _ => c.ToString(),
            });
        }
        return builder.ToString();
    }
}

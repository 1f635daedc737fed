using BriefingRoom.Transcripts;

namespace BriefingRoom.Formats.Markdown;

/// <summary>
/// A dateline of one to three short lines above the start time ("Aboard Air Force One" / "En Route Hampton,
/// Virginia", "Via Teleconference" / "(June 22, 2021)", an italic <c>*Via Teleconference*</c>), in one block or
/// one block a line.
/// </summary>
internal static class Datelines
{
    private const int MaxLines = 3;
    private const int MaxLength = 100;
    private const int MaxWords = 12;

    /// <summary>The dateline's lines as plain text and how many blocks they take, or no blocks when no start time follows them.</summary>
    public static (List<string> Lines, int Blocks) Read(string text, List<(int ContentStart, List<(int Start, int End)> Lines)> blocks, LabelEvidence evidence)
    {
        var lines = new List<string>();
        var k = 0;
        for (; k < blocks.Count && lines.Count < MaxLines; k++)
        {
            var (contentStart, blockLines) = blocks[k];
            if (IsTime(text, blockLines, contentStart) || lines.Count + blockLines.Count > MaxLines)
            {
                break;
            }
            var taken = new List<string>();
            foreach (var (start, end) in blockLines)
            {
                var raw = text.AsSpan(Math.Max(start, contentStart), end - Math.Max(start, contentStart)).Trim(" \t\u00a0").TrimEnd('\\').TrimEnd(" \t\u00a0").ToString();
                if (Plain(raw, evidence) is not { } plain)
                {
                    return ([], 0);
                }
                taken.Add(plain);
            }
            lines.AddRange(taken);
        }
        return lines.Count > 0 && k < blocks.Count && IsTime(text, blocks[k].Lines, blocks[k].ContentStart) ? (lines, k) : ([], 0);
    }

    private static bool IsTime(string text, List<(int Start, int End)> lines, int contentStart) =>
        lines.Count == 1 && TimeMarks.TryParse(text.AsSpan(contentStart, lines[0].End - contentStart), out _);

    /// <summary>A dateline line's text with emphasis marks and escapes resolved, or null when the line is no dateline.</summary>
    private static string? Plain(string raw, LabelEvidence evidence)
    {
        if (raw.Length == 0 || raw.StartsWith('<') || raw.StartsWith("&#", StringComparison.Ordinal) || ParagraphLayout.StartsBlock(raw, 0) ||
            SpeakerLabels.TryMatch(raw, out _, evidence) || TimeMarks.TryParse(raw, out _))
        {
            return null;
        }
        var sb = new System.Text.StringBuilder(raw.Length);
        if (!Flatten(MarkdownInlineParser.Parse(raw), sb))
        {
            return null;
        }
        var plain = sb.ToString().Trim([' ', '\t', '\u00a0']);
        if (plain.Length > 2 && plain[0] == '*' && plain[^1] == '*')
        {
            // "*\u00a0Via Teleconference*": stars CommonMark does not take for emphasis, a blank being inside them.
            plain = plain[1..^1].Trim([' ', '\t', '\u00a0']);
        }
        var words = plain.Split([' ', '\u00a0'], StringSplitOptions.RemoveEmptyEntries);
        if (plain.Length is 0 or > MaxLength || words.Length > MaxWords || !(char.IsUpper(plain[0]) || plain[0] == '(') || EndsSentence(words[^1]))
        {
            return null;
        }
        return plain;
    }

    /// <summary>Plain text and emphasis only: a dateline holds no corrections, placeholders or notes.</summary>
    private static bool Flatten(IEnumerable<Inline> inlines, System.Text.StringBuilder sb)
    {
        foreach (var inline in inlines)
        {
            switch (inline)
            {
                case TextRun t: sb.Append(t.Text); break;
                case Emphasis e when Flatten(e.Content, sb): break;
                case Note n when !n.Square: sb.Append('(').Append(n.Text).Append(')'); break;
                default: return false;
            }
        }
        return true;
    }

    /// <summary>A last word closing a sentence ("asterisk."), not an abbreviation ("D.C.", "Md.").</summary>
    private static bool EndsSentence(string lastWord) =>
        lastWord[^1] is '?' or '!' or ':' or ';' or ',' ||
        (lastWord[^1] == '.' && lastWord.Length > 4 && lastWord.AsSpan(0, lastWord.Length - 1).IndexOf('.') < 0);
}

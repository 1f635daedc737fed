using System.Text;
using BriefingRoom.Transcripts;

namespace BriefingRoom.Formats.Markdown;

/// <summary>
/// Writes a transcript as briefing-room Markdown in the seeds' style: YAML front matter, dateline, start time,
/// turns (<c>MODERATOR:</c>, reporters as <c>Q</c> and spaces), paragraphs wrapped at 72 columns, end time.
/// Layout the reader kept (spacing, the source's wrap) is written back as it was.
/// </summary>
public static class MarkdownWriter
{
    /// <summary>What follows a reporter's Q in the seeds: no-break spaces and spaces, no colon.</summary>
    public const string ReporterSeparator = "\u00a0 \u00a0 \u00a0  ";

    /// <summary>What follows any other label in the seeds: a colon, a no-break space and a space.</summary>
    public const string LabelSeparator = ":\u00a0 ";

    public static string DefaultSeparator(string label) => label == "Q" ? ReporterSeparator : LabelSeparator;

    public static string Write(Transcript transcript)
    {
        var sb = new StringBuilder(4096);
        Write(transcript, sb, sourceSpelling: true);
        var written = sb.ToString();
        if (!HasSourceSpelling(transcript) || ReadsBackAs(written, transcript))
        {
            return written;
        }
        // The source's spelling would read otherwise here (the model was changed since): the writer's own spelling.
        sb.Clear();
        Write(transcript, sb, sourceSpelling: false);
        return sb.ToString();
    }

    /// <summary>A dateline as the writer spells it: each of its lines a block of its own.</summary>
    internal static string DatelineMarkdown(string dateline)
    {
        var lines = dateline.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = ParagraphLayout.SafeStart(MarkdownInlineRenderer.Escape(lines[i]), allowTime: false, dateline: true);
            // The reader takes no line opening with '<' or a character reference for a dateline; a backslash keeps it text.
            lines[i] = line.StartsWith('<') || line.StartsWith("&#", StringComparison.Ordinal) ? "\\" + line : line;
        }
        return string.Join(DefaultGap(false), lines);
    }

    /// <summary>The transcript in the writer's own spelling: the seeds' style, whatever spelling the source used (layout aside).</summary>
    public static string WriteNormalised(Transcript transcript)
    {
        var sb = new StringBuilder(4096);
        Write(transcript, sb, sourceSpelling: false);
        return sb.ToString();
    }

    private static bool HasSourceSpelling(Transcript t) =>
        t.Layout?.FrontMatter is not null || t.Layout?.Dateline is not null ||
        t.Preface.Any(p => p.Spelling is not null) || t.Turns.Any(turn => turn.Paragraphs.Any(p => p.Spelling is not null));

    private static bool ReadsBackAs(string written, Transcript t)
    {
        try
        {
            return TranscriptContent.Same(MarkdownReader.Read(written), t);
        }
        catch (TranscriptParseException)
        {
            return false;
        }
    }

    public static void Write(Transcript transcript, TextWriter output) => output.Write(Write(transcript));

    private static void Write(Transcript t, StringBuilder sb, bool sourceSpelling)
    {
        var layout = t.Layout ?? new HeadLayout();
        var hasFrontMatter = FrontMatterWriter.HasAny(t.Metadata);
        if (hasFrontMatter && sourceSpelling && layout.FrontMatter is { } yaml)
        {
            sb.Append(yaml);
        }
        else if (hasFrontMatter)
        {
            FrontMatterWriter.Write(t.Metadata, sb);
        }
        sb.Append(layout.Lead ?? DefaultLead(hasFrontMatter));
        var paragraphs = t.Preface.Count + t.Turns.Sum(turn => turn.Paragraphs.Count);
        if (t.Dateline is not null)
        {
            sb.Append(sourceSpelling && layout.Dateline is { } spelt ? spelt : DatelineMarkdown(t.Dateline));
            sb.Append(layout.AfterDateline ?? DefaultGap(paragraphs == 0 && t.Start is null && t.End is null));
        }
        if (t.Start is not null)
        {
            sb.Append(ParagraphLayout.SafeStart(MarkdownInlineRenderer.Escape(t.Start.Text), allowTime: true));
            sb.Append(layout.AfterStart ?? DefaultGap(paragraphs == 0 && t.End is null));
        }
        var written = 0;
        foreach (var (prefix, paragraph) in Blocks(t))
        {
            var content = sourceSpelling && paragraph.Spelling is { } spelt ? spelt : ParagraphLayout.Content(paragraph.Inlines, prefix.Length > 0);
            var wraps = paragraph.Lines is { } lines && ParagraphLayout.Fits(content, lines)
                ? (IReadOnlyList<Wrap>)lines
                : ParagraphLayout.DefaultWraps(content, LastLineLength(prefix));
            if (written == 0 && prefix.Length == 0 && (paragraph.Spelling is null || !sourceSpelling) && t.Dateline is null && t.Start is null && wraps.Count == 0 &&
                !content.Contains('\n', StringComparison.Ordinal) && MarkdownReader.IsDateline(content, NextIsTimeOrLabel(t)))
            {
                // One short line opening the body would read as the dateline; a character reference says it is not.
                content = ParagraphLayout.Reference(content, 0);
            }
            sb.Append(prefix);
            ParagraphLayout.Write(content, wraps, sb);
            written++;
            sb.Append(paragraph.After ?? DefaultGap(written == paragraphs && t.End is null));
        }
        if (t.End is not null)
        {
            sb.Append(MarkdownInlineRenderer.Escape(t.End.Text));
            sb.Append(layout.Tail ?? "\n");
        }
    }

    /// <summary>The body's paragraphs in order, each with what is written before it: the preface's none, a turn's label on its first.</summary>
    private static IEnumerable<(string Prefix, Paragraph Paragraph)> Blocks(Transcript t)
    {
        foreach (var paragraph in t.Preface)
        {
            yield return ("", paragraph);
        }
        foreach (var turn in t.Turns)
        {
            for (var i = 0; i < turn.Paragraphs.Count; i++)
            {
                yield return (i == 0 ? turn.Speaker + (turn.Separator ?? DefaultSeparator(turn.Speaker)) : "", turn.Paragraphs[i]);
            }
        }
    }

    /// <summary>Whether the block after a one-paragraph preface is a label or the end time, as the reader will see it.</summary>
    private static bool NextIsTimeOrLabel(Transcript t) =>
        t.Preface.Count == 1 && (t.Turns.Count > 0 || t.End is not null);

    /// <summary>The columns taken on the last line of a label and separator (which may end in a line break).</summary>
    internal static int LastLineLength(string prefix) => prefix.Length - (prefix.LastIndexOf('\n') + 1);

    internal static string DefaultLead(bool hasFrontMatter) => hasFrontMatter ? "\n" : "";

    internal static string DefaultGap(bool last) => last ? "\n" : "\n\n";
}

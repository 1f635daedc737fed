using System.Text;
using BriefingRoom.Transcripts;

namespace BriefingRoom.Formats.Markdown;

/// <summary>
/// Reads briefing-room Markdown (YAML front matter, dateline, times, labelled turns) into a transcript, keeping
/// the source's spacing and wrapping as layout wherever it differs from what <see cref="MarkdownWriter"/> writes,
/// so an unchanged file writes back byte for byte.
/// </summary>
public static class MarkdownReader
{
    private const int MaxDatelineLength = 160;

    /// <summary>A run of non-blank lines: the unit Markdown separates with blank lines.</summary>
    private sealed record Block(int FirstLine, List<(int Start, int End)> Lines, int ContentStart, int ContentEnd);

    public static Transcript Read(string text)
    {
        text = ReaderLimits.Prepare(text);
        if (text.Contains('\r', StringComparison.Ordinal))
        {
            text = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        }
        var (metadata, bodyStart, bodyLine, yaml) = ReadFrontMatter(text);
        var blocks = SplitBlocks(text, bodyStart, bodyLine);
        string Gap(int k) => GapFrom(k, blocks[k].ContentEnd);
        // A time's trailing no-break spaces are not part of its text; they go with the gap after it.
        string GapFrom(int k, int from) => text[from..(k + 1 < blocks.Count ? blocks[k + 1].ContentStart : text.Length)];
        string? Unless(string actual, string usual) => actual == usual ? null : actual;

        // An empty front matter block is not written back, so the lead is measured as if it were absent.
        var hasFrontMatter = bodyStart > 0 && FrontMatterWriter.HasAny(metadata);
        // Once any block opens with a label the file is a transcript: a lone upper-case word with a colon is a speaker too, and so on.
        var evidence = LabelEvidences.Of(blocks.Select(b => text[b.ContentStart..b.Lines[0].End]), anyWord: true);
        var lead = text[bodyStart..(blocks.Count > 0 ? blocks[0].ContentStart : text.Length)];
        string? dateline = null;
        string? afterDateline = null;
        string? afterStart = null;
        string? tail = null;
        TimeMark? start = null;
        TimeMark? end = null;
        string? datelineSpelling = null;
        var k = 0;
        var (datelineLines, datelineBlocks) = Datelines.Read(text, blocks.ConvertAll(b => (b.ContentStart, b.Lines)), evidence);
        if (datelineBlocks > 0)
        {
            dateline = string.Join('\n', datelineLines);
            var spelt = text[blocks[0].ContentStart..blocks[datelineBlocks - 1].ContentEnd];
            datelineSpelling = Unless(spelt, MarkdownWriter.DatelineMarkdown(dateline));
            afterDateline = Unless(Gap(datelineBlocks - 1), MarkdownWriter.DefaultGap(datelineBlocks == blocks.Count));
            k = datelineBlocks;
        }
        while (k < blocks.Count && !StartsWithLabel(text, blocks[k], evidence))
        {
            var line = text.AsSpan(blocks[k].ContentStart, blocks[k].ContentEnd - blocks[k].ContentStart);
            var single = blocks[k].Lines.Count == 1;
            if (k == 0 && single && start is null && IsDateline(line, FollowedByTime(text, blocks, k) || FollowedByLabel(text, blocks, k, evidence)))
            {
                dateline = MarkdownInlineParser.Unescape(line.ToString());
                datelineSpelling = Unless(line.ToString(), MarkdownWriter.DatelineMarkdown(dateline));
                afterDateline = Unless(Gap(k), MarkdownWriter.DefaultGap(k == blocks.Count - 1));
            }
            else if (single && start is null && k <= Math.Max(1, datelineBlocks) && TimeMarks.TryParse(line, out var mark))
            {
                start = mark;
                afterStart = Unless(GapFrom(k, blocks[k].ContentStart + mark.Text.Length), MarkdownWriter.DefaultGap(k == blocks.Count - 1));
            }
            else
            {
                break;
            }
            k++;
        }

        var turns = new List<Turn>();
        string? speaker = null;
        string? separator = null;
        var role = SpeakerRole.Unknown;
        var paragraphs = new List<Paragraph>();
        // Paragraphs before the first label are the preface: kept with their layout, so the file still writes back the same.
        var preface = new List<Paragraph>();
        void FinishTurn()
        {
            if (speaker is not null)
            {
                turns.Add(new Turn(speaker, role, new ValueList<Paragraph>(paragraphs), separator));
            }
            else
            {
                preface.AddRange(paragraphs);
            }
            paragraphs.Clear();
        }
        for (; k < blocks.Count; k++)
        {
            var block = blocks[k];
            var last = k == blocks.Count - 1;
            if (last && block.Lines.Count == 1 && (turns.Count > 0 || paragraphs.Count > 0) &&
                TimeMarks.TryParse(text.AsSpan(block.ContentStart, block.ContentEnd - block.ContentStart), out var endMark))
            {
                end = endMark;
                tail = Unless(GapFrom(k, block.ContentStart + endMark.Text.Length), "\n");
                break;
            }
            var contentStart = block.ContentStart;
            var prefixLength = 0;
            if (SpeakerLabels.TryMatch(text.AsSpan(block.ContentStart, block.Lines[0].End - block.ContentStart), out var label, evidence))
            {
                FinishTurn();
                speaker = label.Label;
                role = label.Role;
                var sep = label.Separator;
                contentStart = block.ContentStart + label.Length;
                if (contentStart >= block.Lines[0].End && block.Lines.Count > 1)
                {
                    // A label alone on its line: the line break is part of the separator, and the words start below.
                    contentStart = block.Lines[1].Start;
                    while (text[contentStart] is ' ' or '\t')
                    {
                        contentStart++;
                    }
                    sep = text[(block.ContentStart + label.Label.Length)..contentStart];
                }
                else if (contentStart >= block.Lines[0].End)
                {
                    // Nothing after the label at all: trailing blanks belong to the block's end, not the separator.
                    sep = sep.TrimEnd(' ', '\t');
                    contentStart = block.ContentStart + label.Label.Length + sep.Length;
                }
                separator = Unless(sep, MarkdownWriter.DefaultSeparator(label.Label));
                prefixLength = MarkdownWriter.LastLineLength(label.Label + sep);
            }
            var gap = Unless(Gap(k), MarkdownWriter.DefaultGap(last));
            paragraphs.Add(ReadParagraph(text, block, contentStart, prefixLength, contentStart != block.ContentStart, gap));
        }
        FinishTurn();

        var layout = new HeadLayout(
            Unless(lead, MarkdownWriter.DefaultLead(hasFrontMatter)),
            afterDateline,
            afterStart,
            tail,
            datelineSpelling,
            yaml is not null && hasFrontMatter ? Unless(yaml, FrontMatterWriter.Yaml(metadata)) : null);
        return new Transcript(
            metadata,
            dateline,
            start,
            end,
            GroundRules.NotStated,
            new ValueList<Turn>(turns),
            layout == new HeadLayout() ? null : layout,
            new ValueList<Paragraph>(preface));
    }

    private static bool StartsWithLabel(string text, Block block, LabelEvidence evidence) =>
        SpeakerLabels.TryMatch(text.AsSpan(block.ContentStart, block.Lines[0].End - block.ContentStart), out _, evidence);

    /// <summary>
    /// A dateline is one short line, not a label or a time, before the start time ("Washington, D.C.") or, when
    /// no time follows, one that is not a sentence ("Via Teleconference").
    /// </summary>
    /// <remarks>
    /// A line that opens with markup (<c>*</c>, <c>_</c>, <c>&lt;</c>) or a character reference is never a dateline;
    /// the writer marks a first paragraph that would otherwise read as one with a character reference.
    /// </remarks>
    internal static bool IsDateline(ReadOnlySpan<char> line, bool beforeTimeOrLabel) =>
        line.Length > 0 && MarkdownInlineParser.Unescape(line.ToString()).Length <= MaxDatelineLength &&
        !line.StartsWith("&#") && line[0] is not ('*' or '_' or '<' or '[') && !ParagraphLayout.StartsBlock(line.ToString(), 0) &&
        (beforeTimeOrLabel || line.TrimEnd(" \t\u00a0\u202f")[^1] is not ('.' or '?' or '!' or ':' or ';' or ',')) &&
        !TimeMarks.TryParse(line, out _) && !SpeakerLabels.TryMatch(line, out _, LabelEvidence.Any);

    private static bool FollowedByLabel(string text, List<Block> blocks, int k, LabelEvidence evidence) =>
        k + 1 < blocks.Count && StartsWithLabel(text, blocks[k + 1], evidence);

    private static bool FollowedByTime(string text, List<Block> blocks, int k) =>
        k + 1 < blocks.Count && blocks[k + 1].Lines.Count == 1 &&
        TimeMarks.TryParse(text.AsSpan(blocks[k + 1].ContentStart, blocks[k + 1].ContentEnd - blocks[k + 1].ContentStart), out _);

    private static Paragraph ReadParagraph(string text, Block block, int contentStart, int prefixLength, bool afterLabel, string? after)
    {
        var (source, wraps) = JoinLines(text, block, contentStart);
        var inlines = MarkdownInlineParser.ParseStable(source);
        ValueList<Wrap>? lines = null;
        var basis = source;
        var equal = ParagraphLayout.ContentEquals(inlines, afterLabel, source);
        if (!equal)
        {
            var canonical = ParagraphLayout.Content(inlines, afterLabel);
            if (canonical.Length > 0 && ParagraphLayout.Reference(canonical, 0) == source)
            {
                // The writer's "not a dateline" mark: wraps are kept relative to the text without it.
                var shift = source.Length - canonical.Length;
                wraps = wraps.ConvertAll(w => (w.At - shift, w.Text));
                basis = canonical;
                equal = true;
            }
        }
        string? spelling = null;
        if (!equal)
        {
            // Spelt otherwise than the writer would (an unneeded escape, a list marker): kept, wraps and all.
            spelling = source;
            equal = true;
        }
        if (equal)
        {
            var usual = new List<int>(wraps.Count);
            ParagraphLayout.DefaultWraps(basis, prefixLength, usual);
            if (!IsDefault(wraps, usual))
            {
                lines = new ValueList<Wrap>(wraps.ConvertAll(w => new Wrap(w.At, w.Text)));
            }
        }
        return new Paragraph(inlines, after, lines, spelling);
    }

    /// <summary>True when the source's wraps are the writer's: the same positions, each a bare newline.</summary>
    private static bool IsDefault(List<(int At, string Text)> wraps, List<int> usual)
    {
        if (wraps.Count != usual.Count)
        {
            return false;
        }
        for (var k = 0; k < wraps.Count; k++)
        {
            if (wraps[k].At != usual[k] || wraps[k].Text != "\n")
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>
    /// The paragraph's content on one line: soft wraps become single spaces (recorded as wraps with the blanks
    /// around them), hard breaks (two trailing spaces or a backslash) stay as newlines for the inline parser.
    /// </summary>
    private static (string Source, List<(int At, string Text)> Wraps) JoinLines(string text, Block block, int contentStart)
    {
        var sb = BuilderCache.Acquire(block.ContentEnd - contentStart);
        // Wraps as plain pairs: most paragraphs wrap as the writer does, and then no Wrap need be built.
        var wraps = new List<(int At, string Text)>(block.Lines.Count);
        var previousTrailing = "";
        var first = 0;
        while (block.Lines[first].End < contentStart)
        {
            first++;
        }
        for (var li = first; li < block.Lines.Count; li++)
        {
            var (lineStart, lineEnd) = block.Lines[li];
            var contentEnd = lineEnd;
            while (contentEnd > lineStart && text[contentEnd - 1] is ' ' or '\t')
            {
                contentEnd--;
            }
            var from = li == first ? contentStart : lineStart;
            if (li > first)
            {
                while (from < contentEnd && text[from] is ' ' or '\t')
                {
                    from++;
                }
                var indent = text[lineStart..from];
                var hardBySpaces = previousTrailing.Count(c => c == ' ') >= 2;
                var hardByBackslash = previousTrailing.Length == 0 && EndsWithOddBackslashes(sb);
                if (hardBySpaces || hardByBackslash)
                {
                    sb.Append(previousTrailing).Append('\n').Append(indent);
                }
                else
                {
                    wraps.Add((sb.Length, previousTrailing + "\n" + indent));
                    sb.Append(' ');
                }
            }
            if (from < contentEnd)
            {
                sb.Append(text, from, contentEnd - from);
            }
            previousTrailing = text[contentEnd..lineEnd];
        }
        return (BuilderCache.ToStringAndRelease(sb), wraps);
    }

    private static bool EndsWithOddBackslashes(StringBuilder sb)
    {
        var n = 0;
        while (n < sb.Length && sb[sb.Length - 1 - n] == '\\')
        {
            n++;
        }
        return n % 2 == 1;
    }

    private static (Metadata Metadata, int BodyStart, int BodyLine, string? Yaml) ReadFrontMatter(string text)
    {
        if (!text.StartsWith("---\n", StringComparison.Ordinal) && text != "---")
        {
            return (Metadata.None, 0, 1, null);
        }
        var yamlStart = 4;
        var line = 2;
        for (var i = yamlStart; i <= text.Length;)
        {
            var nl = text.IndexOf('\n', i);
            var lineEnd = nl < 0 ? text.Length : nl;
            var content = text.AsSpan(i, lineEnd - i).TrimEnd(' ');
            if (content is "---" or "...")
            {
                var metadata = FrontMatterReader.Read(text[yamlStart..i], 2);
                return (metadata, nl < 0 ? text.Length : nl + 1, line + 1, text[..(nl < 0 ? text.Length : nl + 1)]);
            }
            if (nl < 0)
            {
                break;
            }
            i = nl + 1;
            line++;
        }
        throw new TranscriptParseException("front matter opened with '---' is never closed (expected a line '---')", 1, 1);
    }

    private static bool IsBlankLine(ReadOnlySpan<char> line)
    {
        foreach (var c in line)
        {
            if (!InlineText.IsBlank(c))
            {
                return false;
            }
        }
        return true;
    }

    private static List<Block> SplitBlocks(string text, int bodyStart, int bodyLine)
    {
        var blocks = new List<Block>();
        List<(int, int)>? lines = null;
        var firstLine = 0;
        var lineNumber = bodyLine;
        for (var i = bodyStart; i < text.Length; lineNumber++)
        {
            var nl = text.IndexOf('\n', i);
            var end = nl < 0 ? text.Length : nl;
            // A line of blanks, no-break spaces included, separates paragraphs as an empty line does.
            var blank = IsBlankLine(text.AsSpan(i, end - i));
            if (blank)
            {
                Close();
            }
            else
            {
                if (lines is null)
                {
                    lines = [];
                    firstLine = lineNumber;
                }
                lines.Add((i, end));
            }
            i = nl < 0 ? text.Length : nl + 1;
        }
        Close();
        return blocks;

        void Close()
        {
            if (lines is null)
            {
                return;
            }
            var (start, _) = lines[0];
            // An indent of spaces or no-break spaces is layout (kept in the gap before the block), not content.
            while (InlineText.IsBlank(text[start]))
            {
                start++;
            }
            var (lastStart, lastEnd) = lines[^1];
            var contentEnd = lastEnd;
            while (contentEnd > lastStart && text[contentEnd - 1] is ' ' or '\t')
            {
                contentEnd--;
            }
            blocks.Add(new Block(firstLine, lines, start, contentEnd));
            lines = null;
        }
    }
}

using System.Text;
using BriefingRoom.Transcripts;

namespace BriefingRoom.Formats.Text;

/// <summary>
/// Groups plain-text lines into source paragraphs: blank lines separate paragraphs and hard-wrapped lines join
/// with one space. Time, END and ### lines stand alone, and so do chrome and dateline lines above the first
/// label. Text with no blank lines between turns ("dense") also starts a paragraph at every labelled line.
/// </summary>
public static class TextParagraphs
{
    /// <summary>Many lines longer than this mean paragraphs were not hard-wrapped: each line is a paragraph.</summary>
    private const int WrapWidth = 100;

    public static List<SourceParagraph> Group(IReadOnlyList<SourceLine> lines)
    {
        // A line may open with a label only the document's other lines show (The President.), as the segmenter reads it.
        var evidence = LabelEvidences.Of(lines.Select(l => InlineText.Flatten(l.Text.Trim(InlineEdits.Blanks))), anyWord: false, apart: t => HeadLines.IsChrome(t, out _));
        var dense = IsDense(lines, evidence);
        var wrapped = IsWrapped(lines);
        var paragraphs = new List<SourceParagraph>();
        var text = new StringBuilder();
        var (line, column) = (0, 0);
        var inHead = true;
        var previous = "";
        void Flush()
        {
            if (text.Length > 0)
            {
                paragraphs.Add(new SourceParagraph(InlineText.Classify(text.ToString()).ToArray(), line, column));
                text.Clear();
            }
        }
        for (var index = 0; index < lines.Count; index++)
        {
            var source = lines[index];
            var trimmed = source.Text.Trim(InlineEdits.Blanks);
            if (trimmed.Length == 0)
            {
                Flush();
                continue;
            }
            var labelled = BodySegmenter.StartsTurn(trimmed, evidence);
            inHead &= !labelled;
            var indented = InlineText.IsBlank(source.Text[0]);
            var alone = StandsAlone(trimmed, inHead);
            if (alone || (dense && (labelled || indented || !wrapped)) || (inHead && text.Length > 0 && EndsHead(lines, index, previous, trimmed)))
            {
                Flush();
            }
            previous = trimmed;
            if (text.Length == 0)
            {
                (line, column) = (source.Number, source.Text.Length - source.Text.TrimStart(InlineEdits.Blanks).Length + 1);
            }
            else
            {
                text.Append(' ');
            }
            text.Append(trimmed);
            if (alone)
            {
                Flush();
            }
        }
        Flush();
        return paragraphs;
    }

    /// <summary>
    /// True for a head line printed right under the title and right above the start time ("The Colonnade"): a place
    /// line of its own, unless it carries on the title.
    /// </summary>
    private static bool EndsHead(IReadOnlyList<SourceLine> lines, int index, string previous, string line)
    {
        var next = index + 1;
        while (next < lines.Count && lines[next].Text.AsSpan().Trim(InlineText.BlankChars).IsEmpty)
        {
            next++;
        }
        if (next >= lines.Count || !BodySegmenter.IsStartLine(InlineText.Collapse(lines[next].Text.Trim(InlineEdits.Blanks))))
        {
            return false;
        }
        var (before, collapsed) = (InlineText.Collapse(previous), InlineText.Collapse(line));
        return HeadLines.CouldBeDateline(collapsed) && !HeadLines.ContinuesTitle(before, collapsed);
    }

    private static bool StandsAlone(string line, bool inHead)
    {
        if (TimeMarks.TryParse(line, out _) || BodySegmenter.IsTrailer(line))
        {
            return true;
        }
        if (!inHead || line.Length > 120)
        {
            return false;
        }
        var collapsed = InlineText.Collapse(line);
        return BodySegmenter.IsStartLine(collapsed) || HeadLines.IsChrome(collapsed, out _) || HeadLines.IsDateline(collapsed) || HeadLines.IsUrl(collapsed) ||
            HeadLines.NamesPresenter(collapsed);
    }

    /// <summary>True when the text was hard-wrapped: at most one line in three is longer than <see cref="WrapWidth"/>.</summary>
    private static bool IsWrapped(IReadOnlyList<SourceLine> lines)
    {
        var (longLines, nonEmpty) = (0, 0);
        foreach (var line in lines)
        {
            nonEmpty += line.Text.Length > 0 ? 1 : 0;
            longLines += line.Text.Length > WrapWidth ? 1 : 0;
        }
        return longLines * 3 <= nonEmpty;
    }

    /// <summary>True when most labelled lines follow a text line rather than a blank one.</summary>
    private static bool IsDense(IReadOnlyList<SourceLine> lines, LabelEvidence evidence)
    {
        var afterText = 0;
        var afterBlank = 0;
        for (var i = 1; i < lines.Count; i++)
        {
            if (BodySegmenter.StartsTurn(lines[i].Text.TrimStart(InlineEdits.Blanks), evidence))
            {
                if (lines[i - 1].Text.AsSpan().Trim(InlineText.BlankChars).IsEmpty)
                {
                    afterBlank++;
                }
                else
                {
                    afterText++;
                }
            }
        }
        return afterText > afterBlank;
    }
}

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
        var dense = IsDense(lines);
        var wrapped = IsWrapped(lines);
        var paragraphs = new List<SourceParagraph>();
        var text = new StringBuilder();
        var (line, column) = (0, 0);
        var inHead = true;
        void Flush()
        {
            if (text.Length > 0)
            {
                paragraphs.Add(new SourceParagraph(InlineText.Classify(text.ToString()).ToArray(), line, column));
                text.Clear();
            }
        }
        foreach (var source in lines)
        {
            var trimmed = source.Text.Trim(InlineEdits.Blanks);
            if (trimmed.Length == 0)
            {
                Flush();
                continue;
            }
            var labelled = BodySegmenter.StartsTurn(trimmed);
            inHead &= !labelled;
            var indented = InlineText.IsBlank(source.Text[0]);
            var alone = StandsAlone(trimmed, inHead);
            if (alone || (dense && (labelled || indented || !wrapped)))
            {
                Flush();
            }
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
        return HeadLines.IsChrome(collapsed, out _) || HeadLines.IsDateline(collapsed) || HeadLines.IsUrl(collapsed);
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
    private static bool IsDense(IReadOnlyList<SourceLine> lines)
    {
        var afterText = 0;
        var afterBlank = 0;
        for (var i = 1; i < lines.Count; i++)
        {
            if (BodySegmenter.StartsTurn(lines[i].Text.TrimStart(InlineEdits.Blanks)))
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

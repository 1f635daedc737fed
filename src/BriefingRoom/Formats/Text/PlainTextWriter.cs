using BriefingRoom.Transcripts;

namespace BriefingRoom.Formats.Text;

/// <summary>
/// Writes a transcript as a press office e-mails it: title, dateline, start time, preface, turns and end time as blocks
/// separated by blank lines, each turn's label at the start of its first paragraph (<c>LABEL:  text</c>,
/// <c>Q   text</c>), every block wrapped at <see cref="Width"/> columns. Paragraphs read as their
/// <see cref="Paragraph.Text"/>: deletions are left out, as a reader of the text would have it.
/// </summary>
public static class PlainTextWriter
{
    public const int Width = 72;

    public static string Write(Transcript t) => TextOutput.Capture(t, Write);

    public static void Write(Transcript t, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(t);
        ArgumentNullException.ThrowIfNull(output);
        var blocks = new BlockWriter(output);
        blocks.Write("", Collapse(t.Metadata.Title));
        blocks.Write("", Collapse(t.Dateline));
        blocks.Write("", Collapse(t.Start?.Text));
        foreach (var paragraph in t.Preface)
        {
            blocks.Write("", paragraph.Text);
        }
        foreach (var turn in t.Turns)
        {
            var prefix = LabelPrefix(turn.Speaker);
            foreach (var paragraph in turn.Paragraphs)
            {
                blocks.Write(prefix, paragraph.Text);
                prefix = "";
            }
        }
        blocks.Write("", Collapse(t.End?.Text));
    }

    private static string Collapse(string? text) => text is null ? "" : InlineText.Flatten(text);

    /// <summary>Two spaces after a label's colon and three after a bare Q, as transcripts print them.</summary>
    private static string LabelPrefix(string speaker)
    {
        var label = SpeakerText.Label(speaker);
        return SpeakerText.IsQuestion(label) ? label + "   " : label + "  ";
    }

    /// <summary>Writes non-empty blocks with one blank line between them.</summary>
    private sealed class BlockWriter(TextWriter output)
    {
        private bool _any;

        /// <summary>Writes collapsed text (single spaces, <c>\n</c> for hard breaks) after the prefix; skips a block with neither.</summary>
        public void Write(string prefix, string text)
        {
            if (text.Length == 0 && prefix.Length == 0)
            {
                return;
            }
            if (_any)
            {
                output.Write('\n');
            }
            _any = true;
            LineWrapper.Write(output, prefix, text, Width);
        }
    }
}

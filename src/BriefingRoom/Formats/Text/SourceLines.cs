namespace BriefingRoom.Formats.Text;

/// <summary>One line of plain text, without its line ending, and its 1-based line number.</summary>
public readonly record struct SourceLine(string Text, int Number);

/// <summary>Splits plain text into lines: CRLF, CR and LF end lines, a form feed ends a page, a BOM is dropped.</summary>
public static class SourceLines
{
    public static List<SourceLine> Split(string text)
    {
        var lines = new List<SourceLine>();
        var start = text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0;
        var number = 1;
        var lineStart = start;
        for (var i = start; i < text.Length; i++)
        {
            var c = text[i];
            if (c is '\n' or '\r' or '\f' or '\v')
            {
                lines.Add(new SourceLine(text[lineStart..i], number));
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }
                // A form feed breaks the page, not the line count editors show.
                if (c is '\n' or '\r')
                {
                    number++;
                }
                lineStart = i + 1;
            }
            else if (char.IsControl(c) && c != '\t' && c < '\u0080')
            {
                throw new TranscriptParseException($"control character U+{(int)c:X4} is not transcript text", number, i - lineStart + 1);
            }
        }
        if (lineStart < text.Length)
        {
            lines.Add(new SourceLine(text[lineStart..], number));
        }
        return lines;
    }
}

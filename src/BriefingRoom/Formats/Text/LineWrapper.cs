namespace BriefingRoom.Formats.Text;

/// <summary>Greedy word wrap of collapsed text (single spaces, <c>\n</c> for hard breaks, never a blank line); a word wider than the line stands alone.</summary>
internal static class LineWrapper
{
    /// <summary>
    /// Writes <paramref name="prefix"/> (a label and its spaces) then the text wrapped at <paramref name="width"/>
    /// columns, ending with a newline; the label stands on its own line when the first word would not fit beside it.
    /// </summary>
    public static void Write(TextWriter output, string prefix, string text, int width)
    {
        var column = 0;
        var firstLine = true;
        foreach (var lineRange in text.AsSpan().Split('\n'))
        {
            var line = text.AsSpan()[lineRange];
            if (line.IsWhiteSpace())
            {
                continue; // A blank line would end the paragraph for a reader.
            }
            if (!firstLine)
            {
                output.Write('\n');
                column = 0;
            }
            firstLine = false;
            var lineHasWord = false;
            foreach (var wordRange in line.Split(' '))
            {
                var word = line[wordRange];
                if (word.IsEmpty)
                {
                    continue;
                }
                if (prefix.Length > 0)
                {
                    column = WritePrefix(output, prefix, prefix.Length + word.Length > width);
                    prefix = "";
                }
                else if (lineHasWord)
                {
                    if (column + 1 + word.Length > width)
                    {
                        output.Write('\n');
                        column = 0;
                    }
                    else
                    {
                        output.Write(' ');
                        column++;
                    }
                }
                output.Write(word);
                column += word.Length;
                lineHasWord = true;
            }
        }
        output.Write(prefix.TrimEnd());
        output.Write('\n');
    }

    private static int WritePrefix(TextWriter output, string prefix, bool alone)
    {
        if (!alone)
        {
            output.Write(prefix);
            return prefix.Length;
        }
        output.Write(prefix.AsSpan().TrimEnd());
        output.Write('\n');
        return 0;
    }
}

namespace BriefingRoom.Formats.Text;

/// <summary>Greedy word wrap of collapsed text (single spaces, <c>\n</c> for hard breaks, never a blank line); a word wider than the line stands alone.</summary>
internal static class LineWrapper
{
    /// <summary>Writes <paramref name="prefix"/> then the text wrapped at <paramref name="width"/> columns, ending with a newline.</summary>
    public static void Write(TextWriter output, string prefix, string text, int width)
    {
        output.Write(prefix);
        var column = prefix.Length;
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
                if (lineHasWord)
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
        output.Write('\n');
    }
}

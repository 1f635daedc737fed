namespace BriefingRoom.Transcripts;

/// <summary>Reads start and end time lines such as <c>1:11 P.M. EST</c>, <c>11:30 A.M. (Local)</c> or <c>10:36 A.M. HAST</c>.</summary>
public static class TimeMarks
{
    /// <summary>Parses a whole line as a time mark; the line's text is kept exactly, surrounding blanks aside.</summary>
    public static bool TryParse(ReadOnlySpan<char> line, out TimeMark mark)
    {
        mark = null!;
        var text = line.Trim(" \t\u00a0");
        if (text.Length is < 4 or > 40)
        {
            return false;
        }
        var i = 0;
        var hour = ReadNumber(text, ref i, 2);
        if (hour is < 1 or > 12 || i >= text.Length || text[i] != ':')
        {
            return false;
        }
        i++;
        var start = i;
        var minute = ReadNumber(text, ref i, 2);
        if (i - start != 2 || minute is < 0 or > 59)
        {
            return false;
        }
        SkipBlanks(text, ref i);
        if (i >= text.Length)
        {
            return false;
        }
        var meridiem = char.ToUpperInvariant(text[i]);
        if (meridiem is not ('A' or 'P'))
        {
            return false;
        }
        i++;
        if (i < text.Length && text[i] == '.')
        {
            i++;
        }
        if (i >= text.Length || char.ToUpperInvariant(text[i]) != 'M')
        {
            return false;
        }
        i++;
        if (i < text.Length && text[i] == '.')
        {
            i++;
        }
        if (i < text.Length && !InlineText.IsBlank(text[i]))
        {
            return false;
        }
        SkipBlanks(text, ref i);
        string? zone = null;
        if (i < text.Length)
        {
            var rest = text[i..].Trim("()");
            if (rest.IsEmpty || rest.Length > 24)
            {
                return false;
            }
            foreach (var c in rest)
            {
                if (!char.IsLetter(c) && c is not ' ' and not '\u00a0' and not '+' and not '-' and not '.')
                {
                    return false;
                }
            }
            zone = rest.ToString();
        }
        var h24 = hour % 12 + (meridiem == 'P' ? 12 : 0);
        mark = new TimeMark(text.ToString(), new TimeOnly(h24, minute), zone);
        return true;
    }

    private static int ReadNumber(ReadOnlySpan<char> s, ref int i, int maxDigits)
    {
        var value = 0;
        var start = i;
        while (i < s.Length && i - start < maxDigits && char.IsAsciiDigit(s[i]))
        {
            value = value * 10 + (s[i] - '0');
            i++;
        }
        return i == start ? -1 : value;
    }

    private static void SkipBlanks(ReadOnlySpan<char> s, ref int i)
    {
        while (i < s.Length && InlineText.IsBlank(s[i]))
        {
            i++;
        }
    }
}

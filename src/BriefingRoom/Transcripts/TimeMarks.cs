namespace BriefingRoom.Transcripts;

/// <summary>Reads start and end time lines such as <c>1:11 P.M. EST</c>, <c>11:30 A.M. (Local)</c> or <c>10:36 A.M. HAST</c>.</summary>
public static class TimeMarks
{
    /// <summary>Parses a whole line as a time mark; the line's text is kept exactly, surrounding blanks aside.</summary>
    public static bool TryParse(ReadOnlySpan<char> line, out TimeMark mark)
    {
        mark = null!;
        var text = line.Trim(" \t\u00a0\u2007\u202f");
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
        if (i < text.Length && !TryReadZone(text[i..], out zone))
        {
            return false;
        }
        var h24 = hour % 12 + (meridiem == 'P' ? 12 : 0);
        mark = new TimeMark(text.ToString(), new TimeOnly(h24, minute), zone);
        return true;
    }

    /// <summary>Reads a zone as written: <c>EST</c>, <c>(Local)</c>, <c>Local Time</c>, <c>GMT+3</c>; parentheses must pair.</summary>
    private static bool TryReadZone(ReadOnlySpan<char> rest, out string? zone)
    {
        zone = null;
        var open = rest[0] == '(';
        if (open != (rest[^1] == ')'))
        {
            return false;
        }
        var inner = open ? rest[1..^1].Trim(" \u00a0") : rest;
        if (inner.IsEmpty || inner.Length > 24 || !char.IsLetter(inner[0]))
        {
            return false;
        }
        var words = 1;
        var offsetAt = -1;
        for (var k = 0; k < inner.Length; k++)
        {
            var c = inner[k];
            if (c is ' ' or '\u00a0')
            {
                words++;
            }
            else if (c is '+' or '-')
            {
                offsetAt = k;
            }
            else if (char.IsAsciiDigit(c) ? offsetAt < 0 : !char.IsLetter(c) && c != '.' && c != ':')
            {
                // Digits only in an offset such as GMT+3; anything else is not a zone.
                return false;
            }
        }
        if (words > 3)
        {
            return false;
        }
        zone = inner.ToString();
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

using System.Collections.Frozen;
using BriefingRoom.Transcripts;

namespace BriefingRoom.Formats.Text.Flattened;

/// <summary>Time marks inside flattened text ("12:30 P.M. EDT"), where no line end tells where the zone stops.</summary>
internal static class FlatTimes
{
    private const int MaxTimeWords = 4;

    /// <summary>
    /// The length of the time mark ("12:30 P.M. EDT") <paramref name="text"/> starts with; 0 when none. Only a known
    /// zone or one in parentheses is taken after the meridiem: in flattened text "EST MS. PSAKI:" is a zone and a label.
    /// </summary>
    public static int Length(ReadOnlySpan<char> text)
    {
        if (text.Length > 1 && text[0] == '(')
        {
            // "(1:05 p.m. EDT)", as older transcripts print the start above the first label.
            var inner = Length(text[1..]);
            return inner > 0 && text[inner] == ')' ? inner + 1 : 0;
        }
        if (text.IsEmpty || !char.IsAsciiDigit(text[0]))
        {
            return 0;
        }
        var (best, end, words) = (0, 0, 0);
        while (words < MaxTimeWords && end < text.Length)
        {
            var wordStart = end;
            while (end < text.Length && !InlineText.IsBlank(text[end]))
            {
                end++;
            }
            words++;
            var word = text[wordStart..end];
            if (best > 0 && !(Zones.Contains(word.TrimEnd(')').ToString()) || (word.Length <= 12 && word[0] == '(' && word[^1] == ')')))
            {
                break;
            }
            if (TimeMarks.TryParse(text[..end], out _) || (best > 0 && word[^1] == ')'))
            {
                best = end;
            }
            while (end < text.Length && InlineText.IsBlank(text[end]))
            {
                end++;
            }
        }
        return best;
    }

    private static readonly FrozenSet<string> Zones = FrozenSet.ToFrozenSet(
        ["EST", "EDT", "CST", "CDT", "MST", "MDT", "PST", "PDT", "AKST", "AKDT", "HST", "HAST", "HADT", "GMT", "UTC", "BST", "CET", "CEST",
         "EET", "EEST", "MSK", "JST", "KST", "IST", "AST", "ADT", "ET", "CT", "PT", "Local", "LOCAL", "Time", "TIME", "E.S.T.", "E.D.T."],
        StringComparer.Ordinal);
}

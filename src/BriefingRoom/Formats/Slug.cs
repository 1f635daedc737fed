using System.Text;
using BriefingRoom.Protection;

namespace BriefingRoom.Formats;

/// <summary>
/// Lower-case ASCII words joined by hyphens: public URL slugs, and Akoma Ntoso names, identifiers and URIs.
/// Accents fold to their letter, apostrophes vanish (<c>Biden’s</c> → <c>bidens</c>), other punctuation separates words.
/// </summary>
public static class Slug
{
    public const int DefaultMaxLength = 80;

    /// <summary>The slug of <paramref name="text"/>, cut after the last whole word that fits in <paramref name="maxLength"/> (mid-word only when the first word is longer); empty when the text has no ASCII letter or digit.</summary>
    public static string Of(string text, int maxLength = DefaultMaxLength)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxLength, 1);
        var sb = new StringBuilder(Math.Min(text.Length, maxLength));
        var pendingHyphen = false;
        foreach (var c in Folded(text))
        {
            if (!char.IsAsciiLetterOrDigit(c))
            {
                pendingHyphen = sb.Length > 0;
                continue;
            }
            if (pendingHyphen)
            {
                if (sb.Length + 1 >= maxLength)
                {
                    break;
                }
                sb.Append('-');
                pendingHyphen = false;
            }
            if (sb.Length == maxLength)
            {
                return WholeWords(sb);
            }
            sb.Append(c);
        }
        return sb.ToString();
    }

    /// <summary>The text lower-cased with accents off (the leak check's folding: invariant globalization does not normalise), apostrophes dropped.</summary>
    private static IEnumerable<char> Folded(string text)
    {
        foreach (var rune in text.EnumerateRunes())
        {
            if (rune.Value is '\'' or '\u2019')
            {
                continue;
            }
            foreach (var c in CharFolding.Fold(rune.Value))
            {
                yield return c;
            }
        }
    }

    // A word cut by the cap is dropped with its hyphen, unless it is the only word.
    private static string WholeWords(StringBuilder sb)
    {
        var s = sb.ToString();
        var hyphen = s.LastIndexOf('-');
        return hyphen > 0 ? s[..hyphen] : s;
    }
}

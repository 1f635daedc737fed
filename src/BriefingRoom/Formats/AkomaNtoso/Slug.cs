using System.Globalization;
using System.Text;

namespace BriefingRoom.Formats.AkomaNtoso;

/// <summary>Lower-case ASCII words joined by hyphens, for Akoma Ntoso names, identifiers and URIs.</summary>
internal static class Slug
{
    private const int MaxLength = 80;

    public static string Of(string text)
    {
        var sb = new StringBuilder(Math.Min(text.Length, MaxLength));
        var pendingHyphen = false;
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark || c is '\'' or '\u2019')
            {
                continue; // Accents and apostrophes vanish: "Biden’s" → "bidens".
            }
            if (!char.IsAsciiLetterOrDigit(c))
            {
                pendingHyphen = sb.Length > 0;
                continue;
            }
            if (sb.Length >= MaxLength)
            {
                break;
            }
            if (pendingHyphen)
            {
                sb.Append('-');
                pendingHyphen = false;
            }
            sb.Append(char.ToLowerInvariant(c));
        }
        return sb.ToString();
    }
}

using System.Text;
using BriefingRoom.Protection;

namespace BriefingRoom.Archive;

/// <summary>
/// Text as the search index holds it: lower-case, diacritics folded, every run of anything but letters and digits one
/// space. Both engines then split it the same way, so a query finds the same paragraphs on SQLite and PostgreSQL.
/// </summary>
public static class ArchiveText
{
    public static string Fold(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var folded = new StringBuilder(text.Length);
        var space = false;
        foreach (var rune in text.EnumerateRunes())
        {
            foreach (var c in CharFolding.Fold(rune.Value))
            {
                if (char.IsLetterOrDigit(c))
                {
                    if (space && folded.Length > 0)
                    {
                        folded.Append(' ');
                    }
                    folded.Append(char.ToLowerInvariant(c));
                    space = false;
                }
                else
                {
                    space = true;
                }
            }
        }
        return folded.ToString();
    }
}

using System.Text;

namespace BriefingRoom.Formats;

/// <summary>Removes the characters XML 1.0 forbids and HTML treats as parse errors, so markup writers always emit well-formed text.</summary>
public static class MarkupChars
{
    /// <summary>The text without control characters (tab and newlines aside), noncharacters and unpaired surrogates.</summary>
    public static string Clean(string text)
    {
        var first = FirstForbidden(text);
        if (first < 0)
        {
            return text;
        }
        var sb = new StringBuilder(text.Length).Append(text, 0, first);
        for (var i = first; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                sb.Append(c).Append(text[++i]);
            }
            else if (!IsForbidden(c))
            {
                sb.Append(c);
            }
        }
        return sb.ToString();
    }

    private static int FirstForbidden(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (IsForbidden(c))
            {
                return i;
            }
        }
        return -1;
    }

    private static bool IsForbidden(char c) =>
        (c < ' ' && c is not '\t' and not '\n' and not '\r') ||
        c is >= '\u007f' and <= '\u009f' ||
        c is >= '\ufdd0' and <= '\ufdef' or '\ufffe' or '\uffff' ||
        char.IsSurrogate(c);
}

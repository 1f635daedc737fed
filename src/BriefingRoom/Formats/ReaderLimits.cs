namespace BriefingRoom.Formats;

/// <summary>Bounds every reader enforces so hostile input costs bounded time and memory.</summary>
public static class ReaderLimits
{
    /// <summary>The largest transcript accepted, in characters (a long call is well under 1 MB).</summary>
    public const int MaxChars = 32 * 1024 * 1024;

    /// <summary>The deepest nesting of emphasis or HTML elements followed.</summary>
    public const int MaxNesting = 64;

    /// <summary>
    /// Checks the size of a reader's input and returns it ready to read: a lone UTF-16 surrogate (which no file
    /// decoded from UTF-8 holds, and no writer can write back) becomes U+FFFD, as a decoder would have made it.
    /// </summary>
    public static string Prepare(string text)
    {
        if (text.Length > MaxChars)
        {
            throw new TranscriptParseException($"input is {text.Length:N0} characters; the limit is {MaxChars:N0}", 1, 1);
        }
        var at = text.AsSpan().IndexOfAnyInRange('\ud800', '\udfff');
        if (at < 0)
        {
            return text;
        }
        var chars = text.ToCharArray();
        for (var i = at; i < chars.Length; i++)
        {
            if (char.IsHighSurrogate(chars[i]) && i + 1 < chars.Length && char.IsLowSurrogate(chars[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(chars[i]))
            {
                chars[i] = '\ufffd';
            }
        }
        return new string(chars);
    }
}

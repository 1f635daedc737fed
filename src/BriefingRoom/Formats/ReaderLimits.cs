namespace BriefingRoom.Formats;

/// <summary>Bounds every reader enforces so hostile input costs bounded time and memory.</summary>
public static class ReaderLimits
{
    /// <summary>The largest transcript accepted, in characters (a long call is well under 1 MB).</summary>
    public const int MaxChars = 32 * 1024 * 1024;

    /// <summary>The deepest nesting of emphasis or HTML elements followed.</summary>
    public const int MaxNesting = 64;

    /// <summary>Throws a positioned error when <paramref name="text"/> is larger than <see cref="MaxChars"/>.</summary>
    public static void CheckSize(string text)
    {
        if (text.Length > MaxChars)
        {
            throw new TranscriptParseException($"input is {text.Length:N0} characters; the limit is {MaxChars:N0}", 1, 1);
        }
    }
}

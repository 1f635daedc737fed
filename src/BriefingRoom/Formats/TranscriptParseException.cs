namespace BriefingRoom.Formats;

/// <summary>Input a reader cannot take, with the 1-based line and column where the trouble is.</summary>
public sealed class TranscriptParseException : Exception
{
    public TranscriptParseException(string message, int line, int column)
        : base(message)
    {
        Line = line;
        Column = column;
    }

    public TranscriptParseException()
        : this("Unreadable transcript.", 1, 1) { }

    public TranscriptParseException(string message)
        : this(message, 1, 1) { }

    public TranscriptParseException(string message, Exception innerException)
        : base(message, innerException)
    {
        Line = 1;
        Column = 1;
    }

    public int Line { get; }

    public int Column { get; }

    /// <summary>The error as <c>file:line:col: message</c>, the form compilers use and editors jump to.</summary>
    public string Describe(string file) => $"{file}:{Line}:{Column}: {Message}";
}

namespace BriefingRoom.Archive.Search;

/// <summary>A query that cannot be searched: what is wrong (<see cref="Reason"/>) and where (1-based <see cref="Column"/>).</summary>
public sealed class SearchQueryException : Exception
{
    public SearchQueryException(int column, string reason)
        : base($"column {column}: {reason}")
    {
        Column = column;
        Reason = reason;
    }

    public SearchQueryException()
        : this(1, "the query cannot be searched") { }

    public SearchQueryException(string message)
        : this(1, message) { }

    public SearchQueryException(string message, Exception innerException)
        : base(message, innerException)
    {
        Column = 1;
        Reason = message;
    }

    public int Column { get; }

    public string Reason { get; }
}

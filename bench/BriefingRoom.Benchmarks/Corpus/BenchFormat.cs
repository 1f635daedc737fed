namespace BriefingRoom.Benchmarks.Corpus;

/// <summary>The formats a benchmark reads from or writes to; readers exist for the first three.</summary>
public enum BenchFormat
{
    Markdown,
    Text,
    Html,
    Json,
    AkomaNtoso,
}

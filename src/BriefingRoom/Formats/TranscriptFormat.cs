namespace BriefingRoom.Formats;

/// <summary>The formats transcripts are read from (Markdown, plain text, HTML) and written to (all of these, JSON, Akoma Ntoso, and WebVTT when turns carry times).</summary>
public enum TranscriptFormat
{
    Json,
    Markdown,
    Html,
    Text,
    AkomaNtoso,
    WebVtt,
}

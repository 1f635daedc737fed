using BriefingRoom.Transcripts;

namespace BriefingRoom.Formats;

/// <summary>One door to every reader and writer: tell a format, read text in it, write a transcript out in it.</summary>
public static class TranscriptFormats
{
    /// <summary>The format a transcript is written in: Markdown (front matter or Markdown marks), HTML, or plain text.</summary>
    public static TranscriptFormat Detect(string text) => FormatDetection.Detect(text);
}

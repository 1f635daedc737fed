using BriefingRoom.Formats;
using BriefingRoom.Formats.Html;
using BriefingRoom.Formats.Markdown;
using BriefingRoom.Server.Storage;
using BriefingRoom.Transcripts;

namespace BriefingRoom.Server.Archive;

/// <summary>An archived document read back from its stored Markdown: its facts line and its paragraphs' inline marks.</summary>
public sealed record ArchiveSource(Transcript? Transcript, FactsLine Facts)
{
    public static ArchiveSource Of(ArchiveDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        Transcript? transcript;
        try
        {
            transcript = MarkdownReader.Read(document.Markdown);
        }
        catch (TranscriptParseException)
        {
            transcript = null; // the stored paragraphs still show, as plain words
        }
        return new ArchiveSource(transcript, new FactsLine(document.Date, transcript?.Start?.Time, transcript?.Start?.Zone, document.Kind, document.Attribution));
    }

    /// <summary>The last fact on the line: where the archive's copy came from.</summary>
    public static string Origin(ArchiveDocument document) => document.Source == "published" ? "Published here" : "Imported";
}

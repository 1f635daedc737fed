using System.Globalization;
using BriefingRoom.Formats;
using BriefingRoom.Formats.AkomaNtoso;
using BriefingRoom.Formats.Json;
using BriefingRoom.Server.Storage;
using BriefingRoom.Transcripts;

namespace BriefingRoom.Server.Archive;

/// <summary>The formats an archived transcript downloads in.</summary>
public enum ArchiveExportFormat
{
    Markdown,
    Json,
    AkomaNtoso,
    Csv,
}

/// <summary>One archived transcript written in an export format: Markdown as stored, JSON and Akoma Ntoso from the stored Markdown read back, CSV from the stored paragraphs.</summary>
public static class ArchiveExports
{
    /// <summary>The names a user types (<c>?format=</c>, <c>--format</c>).</summary>
    public static readonly string[] Names = ["md", "json", "akn", "csv"];

    public static ArchiveExportFormat? Parse(string? name) => name switch
    {
        "md" => ArchiveExportFormat.Markdown,
        "json" => ArchiveExportFormat.Json,
        "akn" => ArchiveExportFormat.AkomaNtoso,
        "csv" => ArchiveExportFormat.Csv,
        _ => null,
    };

    public static string Extension(ArchiveExportFormat format) => format switch
    {
        ArchiveExportFormat.Markdown => ".md",
        ArchiveExportFormat.Json => ".json",
        ArchiveExportFormat.AkomaNtoso => ".akn.xml",
        _ => ".csv",
    };

    public static string ContentType(ArchiveExportFormat format) => format switch
    {
        ArchiveExportFormat.Markdown => "text/markdown; charset=utf-8",
        ArchiveExportFormat.Json => "application/json; charset=utf-8",
        ArchiveExportFormat.AkomaNtoso => "application/akn+xml; charset=utf-8",
        _ => "text/csv; charset=utf-8; header=present",
    };

    /// <summary>A file name a reporter can keep: date, title slug and archive id (so two same-titled calls never collide).</summary>
    public static string FileName(ArchiveDocument document, ArchiveExportFormat format)
    {
        ArgumentNullException.ThrowIfNull(document);
        var slug = Slug.Of(document.Title, 60);
        var date = document.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "undated";
        return $"{date}-{(slug.Length == 0 ? "transcript" : slug)}-{document.Id.ToString(CultureInfo.InvariantCulture)}{Extension(format)}";
    }

    /// <summary>The stored Markdown read back into the model; every archived document was written by the Markdown writer, whatever it was imported from.</summary>
    public static Transcript Transcript(ArchiveDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return TranscriptFormats.Read(document.Markdown, TranscriptFormat.Markdown);
    }

    public static void Write(ArchiveDocument document, IEnumerable<ArchiveParagraph> paragraphs, ArchiveExportFormat format, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(output);
        switch (format)
        {
            case ArchiveExportFormat.Markdown: output.Write(document.Markdown); break;
            case ArchiveExportFormat.Json: JsonWriter.Write(Transcript(document), output); break;
            case ArchiveExportFormat.AkomaNtoso: AkomaNtosoWriter.Write(Transcript(document), output); break;
            default:
                TurnsCsv.WriteHeader(output);
                TurnsCsv.WriteRows(output, document.Id, paragraphs);
                break;
        }
    }
}

using BriefingRoom.Formats.AkomaNtoso;
using BriefingRoom.Formats.Html;
using BriefingRoom.Formats.Json;
using BriefingRoom.Formats.Markdown;
using BriefingRoom.Formats.Text;
using BriefingRoom.Transcripts;

namespace BriefingRoom.Benchmarks.Corpus;

/// <summary>Each reader and writer by format, and the corpus in each format, cached per process.</summary>
internal static class Documents
{
    private static readonly Dictionary<BenchFormat, string> Cache = [];

    public static Transcript Read(BenchFormat format, string text) => format switch
    {
        BenchFormat.Markdown => MarkdownReader.Read(text),
        BenchFormat.Text => PlainTextReader.Read(text),
        BenchFormat.Html => HtmlReader.Read(text),
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "no reader for this format"),
    };

    public static string Write(BenchFormat format, Transcript transcript) => format switch
    {
        BenchFormat.Markdown => MarkdownWriter.Write(transcript),
        BenchFormat.Json => JsonWriter.Write(transcript),
        BenchFormat.Html => HtmlWriter.Write(transcript),
        BenchFormat.Text => PlainTextWriter.Write(transcript),
        BenchFormat.AkomaNtoso => AkomaNtosoWriter.Write(transcript),
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "no writer for this format"),
    };

    /// <summary>The corpus model written in <paramref name="format"/>: a reader's input, a writer's output.</summary>
    public static string In(BenchFormat format)
    {
        lock (Cache)
        {
            if (!Cache.TryGetValue(format, out var text))
            {
                text = format == BenchFormat.Markdown ? BenchCorpus.MarkdownText : Write(format, BenchCorpus.Model);
                Cache[format] = text;
            }
            return text;
        }
    }
}

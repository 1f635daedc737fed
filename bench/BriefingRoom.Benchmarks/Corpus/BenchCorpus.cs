using System.Globalization;
using System.Text;
using BriefingRoom.Formats.Markdown;
using BriefingRoom.Transcripts;

namespace BriefingRoom.Benchmarks.Corpus;

/// <summary>
/// The benchmarks' inputs, built once per process: a generated call written as Markdown in the seeds' style, the
/// model read back from it, and that model in each format. Same seed and size give the same bytes in every process.
/// </summary>
internal static class BenchCorpus
{
    public const int Seed = 20261124;

    /// <summary>Megabytes of Markdown the benchmarks read; BRIEFING_BENCH_MB overrides (child processes inherit it).</summary>
    public static double Megabytes { get; } =
        double.TryParse(Environment.GetEnvironmentVariable("BRIEFING_BENCH_MB"), NumberStyles.Float, CultureInfo.InvariantCulture, out var mb) ? mb : 4;

    private static readonly Lazy<string> LazyMarkdown = new(() => Markdown(Megabytes));
    private static readonly Lazy<Transcript> LazyModel = new(() => MarkdownReader.Read(LazyMarkdown.Value));

    public static string MarkdownText => LazyMarkdown.Value;

    /// <summary>The model as the Markdown reader gives it: what every writer is timed on.</summary>
    public static Transcript Model => LazyModel.Value;

    /// <summary>A call of about <paramref name="megabytes"/> MB of UTF-8 Markdown, written by the project's own writer.</summary>
    public static string Markdown(double megabytes)
    {
        // Typographic quotes and no-break spaces take more than one UTF-8 byte; aim by characters, scaled once.
        var target = (int)(megabytes * 1_000_000 / 1.015);
        return MarkdownWriter.Write(new TranscriptGenerator(Seed).Generate(target));
    }

    public static int Utf8Bytes(string text) => Encoding.UTF8.GetByteCount(text);
}

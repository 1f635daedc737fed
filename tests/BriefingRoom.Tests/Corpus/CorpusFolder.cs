using BriefingRoom.Corpus;
using BriefingRoom.Formats;

namespace BriefingRoom.Tests.Corpus;

/// <summary>A corpus written into its own temporary folder, deleted with the test.</summary>
internal sealed class CorpusFolder : IDisposable
{
    public CorpusFolder(int count, long seed, int threads = 2, string formats = "markdown,text,html")
    {
        Root = Path.Combine(Path.GetTempPath(), "briefing-corpus-" + Guid.NewGuid().ToString("N"));
        Manifest = ArchiveDump.Write(CorpusOptions.Parse(
            ["--count", $"{count}", "--seed", $"{seed}", "--out", Root, "--formats", formats, "--threads", $"{threads}", "--broken", "4"]));
    }

    public string Root { get; }

    public Manifest Manifest { get; }

    /// <summary>Every file by its path relative to the root, '/'-separated, in ordinal order.</summary>
    public SortedDictionary<string, byte[]> Files() =>
        new(Directory.EnumerateFiles(Root, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(Root, f).Replace('\\', '/'), File.ReadAllBytes), StringComparer.Ordinal);

    public static TranscriptFormat FormatOf(string path) => Path.GetExtension(path) switch
    {
        ".md" => TranscriptFormat.Markdown,
        ".txt" => TranscriptFormat.Text,
        _ => TranscriptFormat.Html,
    };

    public void Dispose() => Directory.Delete(Root, recursive: true);
}

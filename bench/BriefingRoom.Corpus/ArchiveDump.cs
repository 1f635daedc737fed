using BriefingRoom.Formats;
using BriefingRoom.Transcripts;

namespace BriefingRoom.Corpus;

/// <summary>
/// Writes the corpus as an archive dump, <c>DIR/yyyy/MM/slug.ext</c> in each format, in parallel by index (each
/// index has its own stream, so scheduling never changes a byte), then the duplicates, broken files and manifest.
/// </summary>
internal static class ArchiveDump
{
    public const string ManifestName = "manifest.json";

    public static Manifest Write(CorpusOptions options)
    {
        if (Directory.Exists(options.Out) && Directory.EnumerateFileSystemEntries(options.Out).Any())
        {
            throw new ArgumentException($"--out {options.Out} is not empty; a corpus is written into an empty folder so nothing stale is imported");
        }
        var words = new long[options.Count];
        var bytes = new long[options.Count];
        Parallel.For(0, options.Count, new ParallelOptions { MaxDegreeOfParallelism = options.Threads }, i =>
        {
            var call = CallGenerator.Generate(options.Seed, i);
            words[i] = call.Words;
            foreach (var format in options.Formats)
            {
                bytes[i] += Save(options.Out, call.Path + DumpFormat.Extension(format), DumpFormat.Render(call.Transcript, format));
            }
        });

        var extra = 0L;
        var picker = Prng.For(options.Seed, 2, 0);
        var duplicates = new List<DuplicateFile>();
        for (var k = 1; k <= options.SameUrl; k++)
        {
            var call = CallGenerator.Generate(options.Seed, picker.Next(options.Count));
            var metadata = call.Transcript.Metadata;
            // A later revision of the same page: new title and modified time, same source URL.
            var revised = call.Transcript with { Metadata = metadata with { Title = metadata.Title + " (Revised)", Modified = metadata.Modified?.AddDays(1) } };
            extra += Duplicate(options, duplicates, call, revised, $"-rev{k}", "same-url");
        }
        for (var k = 1; k <= options.SameContent; k++)
        {
            var call = CallGenerator.Generate(options.Seed, picker.Next(options.Count));
            extra += Duplicate(options, duplicates, call, call.Transcript, $"-copy{k}", "same-content");
        }

        var kinds = BrokenKind.All.Where(b => options.Formats.Contains(b.Format)).ToArray();
        var broken = new List<BrokenFile>();
        for (var k = 0; k < options.Broken; k++)
        {
            // Indices past the corpus: broken files are transcripts of their own, not damaged copies of counted ones.
            var call = CallGenerator.Generate(options.Seed, options.Count + k);
            var kind = kinds[k % kinds.Length];
            var (text, error) = kind.Break(DumpFormat.Render(call.Transcript, kind.Format));
            var path = call.Path + DumpFormat.Extension(kind.Format);
            extra += Save(options.Out, path, text);
            broken.Add(new BrokenFile(path, DumpFormat.Name(kind.Format), kind.Name, error));
        }

        var manifest = new Manifest(
            options.Seed,
            options.Count,
            [.. options.Formats.Select(DumpFormat.Name)],
            (options.Count * options.Formats.Length) + duplicates.Count + broken.Count,
            words.Sum(),
            bytes.Sum() + extra,
            [.. duplicates],
            [.. broken]);
        File.WriteAllText(Path.Combine(options.Out, ManifestName),
            System.Text.Json.JsonSerializer.Serialize(manifest, ManifestJson.Default.Manifest) + "\n", DumpFormat.Utf8);
        return manifest;
    }

    private static long Duplicate(CorpusOptions options, List<DuplicateFile> into, GeneratedCall original, Transcript copy, string suffix, string kind)
    {
        var written = 0L;
        foreach (var format in options.Formats)
        {
            var extension = DumpFormat.Extension(format);
            written += Save(options.Out, original.Path + suffix + extension, DumpFormat.Render(copy, format));
            into.Add(new DuplicateFile(original.Path + suffix + extension, kind, original.Path + extension));
        }
        return written;
    }

    private static long Save(string root, string relative, string text)
    {
        var path = Path.Combine(root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var data = DumpFormat.Utf8.GetBytes(text);
        File.WriteAllBytes(path, data);
        return data.Length;
    }
}

using System.Text;
using BriefingRoom.Corpus;
using BriefingRoom.Formats;

namespace BriefingRoom.Tests.Corpus;

/// <summary>The dump on disk: byte-identical per seed whatever the threads, every file readable except the listed broken ones.</summary>
public sealed class ArchiveDumpTests
{
    [Fact]
    public void Same_seed_gives_the_same_bytes_whatever_the_threads_and_another_seed_does_not()
    {
        using var first = new CorpusFolder(80, seed: 11, threads: 2);
        using var again = new CorpusFolder(80, seed: 11, threads: 1);
        using var other = new CorpusFolder(80, seed: 12, threads: 2);

        var files = first.Files();
        var repeat = again.Files();
        Assert.Equal(files.Keys, repeat.Keys);
        Assert.All(files, f => Assert.Equal(f.Value, repeat[f.Key]));
        var different = other.Files();
        Assert.NotEqual(files[ArchiveDump.ManifestName], different[ArchiveDump.ManifestName]);
        Assert.DoesNotContain(files, f => f.Key != ArchiveDump.ManifestName && different.TryGetValue(f.Key, out var d) && d.SequenceEqual(f.Value));
    }

    [Fact]
    public void The_manifest_tells_the_files_duplicates_and_broken_files_as_they_are()
    {
        using var corpus = new CorpusFolder(500, seed: 3);
        var manifest = corpus.Manifest;
        var files = corpus.Files();
        files.Remove(ArchiveDump.ManifestName);

        Assert.Equal(manifest.Files, files.Count);
        Assert.Equal((500 * 3) + manifest.Duplicates.Length + manifest.Broken.Length, files.Count);
        Assert.Equal(manifest.Bytes, files.Values.Sum(b => (long)b.Length));
        Assert.Equal(["unclosed-front-matter", "front-matter-list", "control-character", "nested-too-deep"], manifest.Broken.Select(b => b.Kind));

        var broken = manifest.Broken.ToDictionary(b => b.Path);
        var urls = new Dictionary<string, string>();
        foreach (var (path, bytes) in files)
        {
            var text = Encoding.UTF8.GetString(bytes);
            if (broken.TryGetValue(path, out var expected))
            {
                var e = Assert.Throws<TranscriptParseException>(() => TranscriptFormats.Read(text, CorpusFolder.FormatOf(path)));
                Assert.Equal(expected.Error, $"{e.Line}:{e.Column}: {e.Message}");
                continue;
            }
            var url = TranscriptFormats.Read(text, CorpusFolder.FormatOf(path)).Metadata.Url;
            if (CorpusFolder.FormatOf(path) == TranscriptFormat.Markdown)
            {
                urls[path] = Assert.IsType<string>(url);
            }
        }

        var duplicates = manifest.Duplicates.Where(d => d.Path.EndsWith(".md", StringComparison.Ordinal)).ToArray();
        Assert.Equal(2, duplicates.Length);
        foreach (var d in duplicates)
        {
            if (d.Kind == "same-content")
            {
                Assert.Equal(files[d.Original], files[d.Path]);
            }
            else
            {
                Assert.Equal("same-url", d.Kind);
                Assert.Equal(urls[d.Original], urls[d.Path]);
                Assert.NotEqual(files[d.Original], files[d.Path]);
            }
        }
        // Apart from the listed same-url duplicates every source URL is unique.
        Assert.Equal(500 + duplicates.Count(d => d.Kind == "same-content"), urls.Values.Distinct().Count() + duplicates.Count(d => d.Kind == "same-content"));
    }
}

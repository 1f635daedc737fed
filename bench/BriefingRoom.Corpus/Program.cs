using System.Diagnostics;
using System.Globalization;

namespace BriefingRoom.Corpus;

/// <summary>
/// <c>--count N --seed S --out DIR [--formats markdown,text,html]</c>: a deterministic archive of invented
/// transcripts for the importer and search benchmarks. Exit codes: 0 written, 2 bad arguments.
/// </summary>
internal static class Program
{
    public static int Main(string[] args)
    {
        CorpusOptions options;
        try
        {
            options = CorpusOptions.Parse(args);
        }
        catch (ArgumentException e)
        {
            Console.Error.WriteLine(e.Message);
            Console.Error.WriteLine(CorpusOptions.Usage);
            return 2;
        }
        var clock = Stopwatch.StartNew();
        Manifest manifest;
        try
        {
            manifest = ArchiveDump.Write(options);
        }
        catch (ArgumentException e)
        {
            Console.Error.WriteLine(e.Message);
            return 2;
        }
        var seconds = clock.Elapsed.TotalSeconds;
        Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{manifest.Transcripts:N0} transcripts, {manifest.Files:N0} files ({manifest.Duplicates.Length} duplicates, {manifest.Broken.Length} broken), " +
            $"{manifest.Words:N0} words ({(double)manifest.Words / manifest.Transcripts:N0} per transcript), {manifest.Bytes / 1e6:N1} MB in {seconds:N1} s " +
            $"({manifest.Transcripts / seconds:N0} transcripts/s) on {options.Threads} threads → {options.Out}"));
        return 0;
    }
}

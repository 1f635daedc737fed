using System.Globalization;
using System.Text;
using BriefingRoom.Benchmarks.Corpus;
using BriefingRoom.Formats.Markdown;

namespace BriefingRoom.Benchmarks;

/// <summary><c>--generate PATH [--megabytes N]</c>: writes the benchmark corpus as Markdown for tools outside BenchmarkDotNet.</summary>
internal static class CorpusCommand
{
    public static int Run(string[] args)
    {
        if (args.Length < 2)
        {
            Console.Error.WriteLine("usage: --generate PATH [--megabytes N]");
            return 2;
        }
        var megabytes = 10.0;
        var at = Array.IndexOf(args, "--megabytes");
        if (at > 0 && (at + 1 >= args.Length || !double.TryParse(args[at + 1], NumberStyles.Float, CultureInfo.InvariantCulture, out megabytes)))
        {
            Console.Error.WriteLine("--megabytes needs a number");
            return 2;
        }
        var text = BenchCorpus.Markdown(megabytes);
        // The corpus is only fair input if the reader takes it as the seeds are taken: losslessly.
        if (MarkdownWriter.Write(MarkdownReader.Read(text)) != text)
        {
            Console.Error.WriteLine("generated Markdown does not round-trip through MarkdownReader and MarkdownWriter");
            return 1;
        }
        File.WriteAllText(args[1], text, new UTF8Encoding(false));
        Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{args[1]}: {BenchCorpus.Utf8Bytes(text):N0} bytes"));
        return 0;
    }
}

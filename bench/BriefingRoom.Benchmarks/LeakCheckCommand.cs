using System.Diagnostics;
using System.Globalization;
using BriefingRoom.Benchmarks.Corpus;
using BriefingRoom.Protection;

namespace BriefingRoom.Benchmarks;

/// <summary>
/// <c>--leak-aliases PATH</c> writes the generated identities' identifiers one a line (ripgrep's pattern file);
/// <c>--leakcheck TEXT [--kind plain|markdown|…]</c> checks a file against those identities, the way
/// bench/leakcheck-vs-ripgrep.sh times it, and prints the number of findings and the time of each stage to stderr.
/// </summary>
internal static class LeakCheckCommand
{
    public static int WriteAliases(string[] args)
    {
        if (args.Length < 2)
        {
            Console.Error.WriteLine("usage: --leak-aliases PATH");
            return 2;
        }
        File.WriteAllLines(args[1], LeakIdentities.Aliases(LeakIdentities.Generate()));
        return 0;
    }

    public static int Check(string[] args)
    {
        var at = Array.IndexOf(args, "--kind");
        if (args.Length < 2 || at > 0 && (at + 1 >= args.Length || !Enum.TryParse<TextKind>(args[at + 1], ignoreCase: true, out _)))
        {
            Console.Error.WriteLine("usage: --leakcheck TEXT [--kind plain|markdown|markup|json|url]");
            return 2;
        }
        var kind = at > 0 ? Enum.Parse<TextKind>(args[at + 1], ignoreCase: true) : TextKind.Plain;
        var clock = Stopwatch.StartNew();
        var matcher = IdentityMatcher.Build(LeakIdentities.Generate());
        var built = clock.Elapsed;
        var text = File.ReadAllText(args[1]);
        var read = clock.Elapsed;
        var findings = LeakChecker.Check(text, kind, matcher);
        var checkedAt = clock.Elapsed;
        Console.WriteLine(findings.Count(f => f.Blocks).ToString(CultureInfo.InvariantCulture));
        Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{matcher.States:N0} states; build {built.TotalMilliseconds:0} ms, read {(read - built).TotalMilliseconds:0} ms, check {(checkedAt - read).TotalMilliseconds:0} ms ({text.Length / 1e6 / (checkedAt - read).TotalSeconds:0.0} M chars/s)"));
        return 0;
    }
}

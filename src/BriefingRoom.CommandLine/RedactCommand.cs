using System.CommandLine;
using BriefingRoom.Formats;
using BriefingRoom.Protection;
using BriefingRoom.Publishing;

namespace BriefingRoom.CommandLine;

/// <summary>
/// <c>briefing redact &lt;file|-&gt; --protect &lt;identities.yml&gt; [--to …] [--explain]</c>: writes the redacted transcript, and
/// refuses (exit 1, findings on stderr) when the leak check still finds a protected identity in what it would write.
/// <c>--explain</c> lists every change and self-identification on stderr (the publisher's review list), stdout unchanged.
/// </summary>
internal static class RedactCommand
{
    /// <summary>The name findings in a refused output are reported under: the bytes were never written anywhere.</summary>
    public const string OutputName = "<redacted output>";

    public static Command Create(TextReader stdin)
    {
        var file = new Argument<string>("file") { Description = "The transcript to redact, or - for standard input." };
        var protect = ProtectOption.Create();
        var from = FormatNames.FromOption();
        var to = FormatNames.ToOption("markdown");
        var explain = new Option<bool>("--explain") { Description = "List on standard error every change made (place, words replaced, replacement) and every self-identification to review." };
        var command = new Command("redact", "Redact a transcript's protected identities and write it, if the leak check passes.")
        {
            file,
            protect,
            from,
            to,
            explain,
        };
        command.SetAction(result => Run(
            result.GetRequiredValue(file),
            result.GetRequiredValue(protect),
            FormatNames.From[result.GetRequiredValue(from)],
            FormatNames.To[result.GetRequiredValue(to)],
            result.GetValue(explain),
            stdin,
            result.InvocationConfiguration.Output,
            result.InvocationConfiguration.Error));
        return command;
    }

    private static int Run(string path, string protectPath, TranscriptFormat? from, TranscriptFormat to, bool explain, TextReader stdin, TextWriter stdout, TextWriter stderr)
    {
        CliInput? input = null;
        if (ProtectOption.TryLoad(protectPath, stdin, stderr) is not { } ids ||
            CliTranscripts.TryRead(input = CliInputs.Load(path, stdin), from, stderr) is not { } transcript)
        {
            return ExitCodes.BadInput;
        }
        var matcher = IdentityMatcher.Build(ids);
        var (redacted, review) = RedactionReview.Redact(transcript, ids, matcher);
        if (explain)
        {
            // Before the verdict: a refused output's list shows what was replaced as well as what is left.
            foreach (var line in review.Lines())
            {
                stderr.WriteLine(line);
            }
        }
        if (CliTranscripts.TryRender(redacted, to, input, stderr) is not { } output)
        {
            return ExitCodes.BadInput;
        }
        var leaks = LeakChecker.Check(output, LeakKinds.Of(to), matcher).Where(f => f.Blocks).ToList();
        if (leaks.Count > 0)
        {
            foreach (var leak in leaks)
            {
                stderr.WriteLine(leak.Describe(OutputName));
            }
            stderr.WriteLine($"briefing: refused: the redacted output still names a protected identity ({leaks.Count} finding{(leaks.Count == 1 ? "" : "s")})");
            return ExitCodes.Findings;
        }
        stdout.Write(output);
        stdout.Flush();
        return ExitCodes.Ok;
    }
}

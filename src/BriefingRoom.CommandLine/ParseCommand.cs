using System.CommandLine;
using BriefingRoom.Formats;

namespace BriefingRoom.CommandLine;

/// <summary><c>briefing parse &lt;file|-&gt; [--from …] [--to …]</c>: reads a transcript and writes it in another format.</summary>
internal static class ParseCommand
{
    public static Command Create(TextReader stdin)
    {
        var file = new Argument<string>("file") { Description = "The transcript to read, or - for standard input." };
        var from = FormatNames.FromOption();
        var to = FormatNames.ToOption("json");
        var command = new Command("parse", "Read a transcript (Markdown, plain text or HTML) and write it as JSON, Markdown, HTML, text, Akoma Ntoso or WebVTT (which needs turn times).")
        {
            file,
            from,
            to,
        };
        command.SetAction(result => Run(
            CliInputs.Load(result.GetRequiredValue(file), stdin),
            FormatNames.From[result.GetRequiredValue(from)],
            FormatNames.To[result.GetRequiredValue(to)],
            result.InvocationConfiguration.Output,
            result.InvocationConfiguration.Error));
        return command;
    }

    private static int Run(CliInput input, TranscriptFormat? from, TranscriptFormat to, TextWriter stdout, TextWriter stderr)
    {
        if (CliTranscripts.TryRead(input, from, stderr) is not { } transcript
            || CliTranscripts.TryRender(transcript, to, input, stderr) is not { } output)
        {
            return ExitCodes.BadInput;
        }
        stdout.Write(output);
        stdout.Flush();
        return ExitCodes.Ok;
    }
}

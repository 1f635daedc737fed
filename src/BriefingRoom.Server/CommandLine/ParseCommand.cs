using System.CommandLine;
using BriefingRoom.Formats;

namespace BriefingRoom.Server.CommandLine;

/// <summary><c>briefing parse &lt;file|-&gt; [--from …] [--to …]</c>: reads a transcript and writes it in another format.</summary>
internal static class ParseCommand
{
    private static readonly Dictionary<string, TranscriptFormat?> FromNames = new(StringComparer.Ordinal)
    {
        ["auto"] = null,
        ["markdown"] = TranscriptFormat.Markdown,
        ["text"] = TranscriptFormat.Text,
        ["html"] = TranscriptFormat.Html,
    };

    private static readonly Dictionary<string, TranscriptFormat> ToNames = new(StringComparer.Ordinal)
    {
        ["json"] = TranscriptFormat.Json,
        ["markdown"] = TranscriptFormat.Markdown,
        ["html"] = TranscriptFormat.Html,
        ["text"] = TranscriptFormat.Text,
        ["akn"] = TranscriptFormat.AkomaNtoso,
    };

    public static Command Create(TextReader stdin)
    {
        var file = new Argument<string>("file") { Description = "The transcript to read, or - for standard input." };
        var from = new Option<string>("--from") { Description = "The input's format.", DefaultValueFactory = _ => "auto" };
        from.AcceptOnlyFromAmong([.. FromNames.Keys]);
        var to = new Option<string>("--to") { Description = "The output's format.", DefaultValueFactory = _ => "json" };
        to.AcceptOnlyFromAmong([.. ToNames.Keys]);
        var command = new Command("parse", "Read a transcript (Markdown, plain text or HTML) and write it as JSON, Markdown, HTML, text or Akoma Ntoso.")
        {
            file,
            from,
            to,
        };
        command.SetAction(result => Run(
            CliInputs.Load(result.GetRequiredValue(file), stdin),
            FromNames[result.GetRequiredValue(from)],
            ToNames[result.GetRequiredValue(to)],
            result.InvocationConfiguration.Output,
            result.InvocationConfiguration.Error));
        return command;
    }

    private static int Run(CliInput input, TranscriptFormat? from, TranscriptFormat to, TextWriter stdout, TextWriter stderr)
    {
        var format = from ?? TranscriptFormats.Detect(input.Text);
        Transcripts.Transcript transcript;
        try
        {
            transcript = TranscriptFormats.Read(input.Text, format);
        }
        catch (TranscriptParseException e)
        {
            stderr.WriteLine(e.Describe(input.Name));
            return Cli.BadInput;
        }
        // Written whole before any byte goes out, so a failure leaves no half document on stdout.
        using var output = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        TranscriptFormats.Write(transcript, to, output);
        stdout.Write(output.ToString());
        stdout.Flush();
        return Cli.Ok;
    }
}

using System.Text;

namespace BriefingRoom.CommandLine;

/// <summary>The process's own streams for a <c>briefing</c> entry point: UTF-8 in and out, no byte-order mark.</summary>
public static class ConsoleStreams
{
    public static int Run(Func<TextReader, TextWriter, TextWriter, int> run)
    {
        ArgumentNullException.ThrowIfNull(run);
        var utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        using var stdin = new StreamReader(Console.OpenStandardInput(), utf8);
        using var stderr = new StreamWriter(Console.OpenStandardError(), utf8) { AutoFlush = true };
        var stdout = new StreamWriter(Console.OpenStandardOutput(), utf8);
        var code = run(stdin, stdout, stderr);
        try
        {
            stdout.Dispose();
        }
        catch (IOException)
        {
            // The reader went away (`briefing parse x | head`): nothing left to tell it.
        }
        return code;
    }
}

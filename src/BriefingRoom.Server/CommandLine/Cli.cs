using System.CommandLine;

namespace BriefingRoom.Server.CommandLine;

/// <summary>
/// The <c>briefing</c> command line, runnable in-process with its streams given. Every failure ends here as one
/// message on stderr and an exit code; users never see a stack trace.
/// </summary>
public static class Cli
{
    public const int Ok = 0;
    public const int Findings = 1;
    public const int BadInput = 2;

    public static int Run(string[] args, TextReader stdin, TextWriter stdout, TextWriter stderr)
    {
        ArgumentNullException.ThrowIfNull(stderr);
        try
        {
            var root = new RootCommand("Briefing Room: read, check and publish press-briefing transcripts.")
            {
                ParseCommand.Create(stdin),
                RedactCommand.Create(stdin),
                CheckCommand.Create(stdin),
                ServeCommand.Create(),
                ImportCommand.Create(),
                SearchCommand.Create(),
                ExportCommand.Create(),
            };
            var result = root.Parse(args);
            if (result.Errors.Count > 0)
            {
                foreach (var error in result.Errors)
                {
                    stderr.WriteLine($"briefing: {error.Message}");
                }
                stderr.WriteLine("Run 'briefing --help' for usage.");
                return BadInput;
            }
            return result.Invoke(new InvocationConfiguration
            {
                Output = stdout,
                Error = stderr,
                EnableDefaultExceptionHandler = false,
            });
        }
        catch (CliInputException e)
        {
            stderr.WriteLine(e.Message);
            return BadInput;
        }
#pragma warning disable CA1031 // The top of the program: anything unexpected becomes one line, not a stack trace.
        catch (Exception e)
#pragma warning restore CA1031
        {
            stderr.WriteLine($"internal error: {e.Message}");
            return BadInput;
        }
    }
}

using Briefing = BriefingRoom.Server.CommandLine.Cli;

namespace BriefingRoom.Tests.Cli;

/// <summary>What one in-process run of the command line gave: exit code, standard output and standard error.</summary>
public sealed record CliResult(int Code, string Out, string Err)
{
    public static CliResult WithStdin(string stdin, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = Briefing.Run(args, new StringReader(stdin), output, error);
        return new CliResult(code, output.ToString(), error.ToString());
    }

    public static CliResult Of(params string[] args) => WithStdin("", args);

    /// <summary>True when stderr shows a .NET stack trace, which users must never see.</summary>
    public bool HasStackTrace => Err.Contains("   at ", StringComparison.Ordinal) || Err.Contains("Exception", StringComparison.Ordinal);
}

using System.Diagnostics;
using BriefingRoom.TestSupport;

namespace BriefingRoom.Tests.Cli;

/// <summary>
/// The published layout: the ahead-of-time <c>briefing</c> gives the same bytes and exit codes as the server binary
/// (<c>briefing-server</c>, the code the in-process tests run) for the one-shot verbs, and hands it every other verb.
/// </summary>
public sealed class PublishedCliTests : IDisposable
{
    // The identities and call of the in-process tests: a speaker's names, an allowed name and a redacted place.
    private const string Identities = ProtectionCommandsTests.Identities;
    private const string Call = ProtectionCommandsTests.Call;

    private readonly string _dir = Directory.CreateTempSubdirectory("briefing-published-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    /// <summary>Arguments with {fixture}, {ids}, {call} and {dir} standing for files; stdin is the call.</summary>
    public static TheoryData<string> Cases() =>
    [
        "parse {fixture}",
        "parse {fixture} --to markdown",
        "parse {fixture} --to html",
        "parse {fixture} --to text",
        "parse {fixture} --to akn",
        "parse {fixture} --to vtt",
        "parse - --from text --to json",
        "parse {dir}",
        "parse {dir}/missing.md",
        "parse {fixture} --to nonsense",
        "parse",
        "parse --help",
        "redact {call} --protect {ids} --explain",
        "redact - --protect {ids} --to html",
        "redact {call} --protect {dir}/missing.yml",
        "redact --help",
        "check {call} --protect {ids}",
        "check {call} {fixture} --protect {ids} --json",
        "check --help",
        "nonsense",
        "",
        "--help",
        "search --help",
        "export --help",
    ];

    [SkippableTheory]
    [MemberData(nameof(Cases))]
    public void The_published_briefing_answers_as_the_server_binary_does(string arguments)
    {
        var published = Requires.Published();
        var fixture = Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "fixtures", "briefing-room"), "*.md").Order(StringComparer.Ordinal).First();
        var call = Write("call.txt", Call);
        var args = arguments
            .Replace("{fixture}", fixture, StringComparison.Ordinal)
            .Replace("{ids}", Write("identities.yml", Identities), StringComparison.Ordinal)
            .Replace("{call}", call, StringComparison.Ordinal)
            .Replace("{dir}", _dir, StringComparison.Ordinal)
            .Split(' ', StringSplitOptions.RemoveEmptyEntries);

        var front = Run(Path.Combine(published, "briefing"), args);
        var server = Run(Path.Combine(published, "briefing-server"), args);

        Assert.Equal(server, front);
    }

    private string Write(string name, string text)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllText(path, text);
        return path;
    }

    private static (int Code, string Out, string Err) Run(string program, string[] args)
    {
        var start = new ProcessStartInfo(program, args)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        // Only a run that reads stdin gets the call: one that exits first would break the pipe under the write.
        if (args.Contains("-"))
        {
            process.StandardInput.Write(Call);
        }
        process.StandardInput.Close();
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, stdout, stderr.Result);
    }
}

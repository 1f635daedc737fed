using System.CommandLine;
using System.Text.Json;
using BriefingRoom.Protection;

namespace BriefingRoom.CommandLine;

/// <summary>
/// <c>briefing check &lt;file|-&gt;... --protect &lt;identities.yml&gt; [--json]</c>: the leak check over rendered files.
/// Exit 0 when no finding blocks, 1 when any does, 2 when an input cannot be read.
/// </summary>
internal static class CheckCommand
{
    public static Command Create(TextReader stdin)
    {
        var files = new Argument<string[]>("file") { Description = "The files to check (Markdown, HTML, XML feeds, JSON, text), or - for standard input.", Arity = ArgumentArity.OneOrMore };
        var protect = ProtectOption.Create();
        var json = new Option<bool>("--json") { Description = "Print the findings as a JSON array." };
        var command = new Command("check", "Check rendered files for protected identities: every finding is printed as file:line:col.")
        {
            files,
            protect,
            json,
        };
        command.SetAction(result => Run(
            result.GetRequiredValue(files),
            result.GetRequiredValue(protect),
            result.GetValue(json),
            stdin,
            result.InvocationConfiguration.Output,
            result.InvocationConfiguration.Error));
        return command;
    }

    private static int Run(string[] paths, string protectPath, bool json, TextReader stdin, TextWriter stdout, TextWriter stderr)
    {
        if (ProtectOption.TryLoad(protectPath, stdin, stderr) is not { } ids)
        {
            return ExitCodes.BadInput;
        }
        // Every input is read before anything is checked, so a bad path fails the run before any finding is printed.
        var inputs = paths.Select(p => CliInputs.Load(p, stdin)).ToList();
        var matcher = IdentityMatcher.Build(ids);
        var findings = inputs.SelectMany(i => LeakChecker.Check(i.Text, LeakKinds.Of(i), matcher).Select(f => (File: i.Name, Finding: f))).ToList();
        if (json)
        {
            WriteJson(findings, stdout);
        }
        else
        {
            foreach (var (file, finding) in findings)
            {
                stdout.WriteLine(finding.Describe(file));
            }
        }
        stdout.Flush();
        return findings.Any(f => f.Finding.Blocks) ? ExitCodes.Findings : ExitCodes.Ok;
    }

    private static void WriteJson(List<(string File, LeakFinding Finding)> findings, TextWriter stdout)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            writer.WriteStartArray();
            foreach (var (file, f) in findings)
            {
                writer.WriteStartObject();
                writer.WriteString("file", file);
                writer.WriteNumber("line", f.Line);
                writer.WriteNumber("column", f.Column);
                writer.WriteString("kind", f.Blocks ? "leak" : "review");
                writer.WriteString("matched", f.Matched);
                writer.WriteString("identifier", f.Identifier);
                writer.WriteString("label", f.Label);
                writer.WriteEndObject();
            }
            writer.WriteEndArray();
        }
        stdout.WriteLine(System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
    }
}

using System.CommandLine;
using BriefingRoom.Formats;
using BriefingRoom.Protection;

namespace BriefingRoom.CommandLine;

/// <summary><c>--protect &lt;identities.yml&gt;</c>: the protected identities file, read with its errors positioned.</summary>
internal static class ProtectOption
{
    public static Option<string> Create() => new("--protect")
    {
        Description = "The protected identities file (YAML: speakers, allow, redact; see docs/formats.md).",
        Required = true,
    };

    /// <summary>The identities, or null after writing <c>file:line:col: message</c> to <paramref name="stderr"/>.</summary>
    public static ProtectedIdentities? TryLoad(string path, TextReader stdin, TextWriter stderr)
    {
        var input = CliInputs.Load(path, stdin);
        try
        {
            return ProtectedIdentitiesReader.Read(input.Text);
        }
        catch (TranscriptParseException e)
        {
            stderr.WriteLine(e.Describe(input.Name));
            return null;
        }
    }
}

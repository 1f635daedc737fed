using System.Text;

namespace BriefingRoom.Tests.Specs;

/// <summary>One example of a spec file: its name, input and expected output, and where it starts.</summary>
public sealed record SpecCase(string File, string Name, int Line, string Input, string Expected)
{
    public override string ToString() => $"{Path.GetFileName(File)}:{Line} {Name}";
}

/// <summary>
/// Reads golden spec files: prose, then cases of the form
/// <c>=== case: name</c>, input lines, <c>--- expected</c>, expected lines. In both parts <c>␣</c> stands for a
/// no-break space and <c>⇥</c> for a tab, so the invisible characters transcripts rely on stay readable.
/// </summary>
public static class SpecFile
{
    private const string CaseMarker = "=== case: ";
    private const string ExpectedMarker = "--- expected";

    public static string FixturesRoot => Path.Combine(AppContext.BaseDirectory, "fixtures");

    /// <summary>All cases of every <c>*.spec</c> file in fixtures/specs/<paramref name="folder"/>, as xunit theory data.</summary>
    public static TheoryData<SpecCase> Cases(string folder)
    {
        var data = new TheoryData<SpecCase>();
        foreach (var file in Directory.GetFiles(Path.Combine(FixturesRoot, "specs", folder), "*.spec").Order(StringComparer.Ordinal))
        {
            foreach (var c in Load(file))
            {
                data.Add(c);
            }
        }
        return data;
    }

    public static IReadOnlyList<SpecCase> Load(string file)
    {
        var lines = File.ReadAllText(file, Encoding.UTF8).Split('\n');
        var cases = new List<SpecCase>();
        string? name = null;
        var start = 0;
        StringBuilder? input = null;
        StringBuilder? expected = null;
        void Finish()
        {
            if (name is null)
            {
                return;
            }
            if (expected is null)
            {
                throw new InvalidDataException($"{file}:{start}: case '{name}' has no '{ExpectedMarker}' line");
            }
            cases.Add(new SpecCase(file, name, start, Unescape(input!), Unescape(expected)));
        }
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (line.StartsWith(CaseMarker, StringComparison.Ordinal))
            {
                Finish();
                name = line[CaseMarker.Length..].Trim();
                start = i + 1;
                input = new StringBuilder();
                expected = null;
            }
            else if (name is not null && expected is null && line == ExpectedMarker)
            {
                expected = new StringBuilder();
            }
            else if (name is not null)
            {
                (expected ?? input!).Append(line).Append('\n');
            }
        }
        Finish();
        return cases;
    }

    /// <summary>Drops the blank line that ends each part and maps the visible stand-ins to the characters they mean.</summary>
    private static string Unescape(StringBuilder part)
    {
        var text = part.ToString();
        if (text.EndsWith("\n\n", StringComparison.Ordinal))
        {
            text = text[..^1];
        }
        return text.Replace('␣', '\u00a0').Replace('⇥', '\t');
    }
}

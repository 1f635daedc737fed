using BriefingRoom.Protection;
using BriefingRoom.Tests.Specs;

namespace BriefingRoom.Tests.Protection;

/// <summary>
/// fixtures/specs/leaks/*.spec: input is a <c>kind: plain|markdown|markup|json|url</c> line and the text; expected
/// is each finding as the CLI prints it for file <c>in</c> (lines count from the text, after the kind line), or <c>clean</c>.
/// </summary>
public class LeakSpecs
{
    public static TheoryData<SpecCase> Cases => SpecFile.Cases("leaks");

    [Theory]
    [MemberData(nameof(Cases))]
    public void Finds_exactly_the_expected_leaks(SpecCase spec)
    {
        var newline = spec.Input.IndexOf('\n', StringComparison.Ordinal);
        var header = spec.Input[..newline];
        Assert.StartsWith("kind: ", header, StringComparison.Ordinal);
        var kind = Enum.Parse<TextKind>(header["kind: ".Length..], ignoreCase: true);
        var text = spec.Input[(newline + 1)..];

        var findings = LeakChecker.Check(text, kind, TestIdentities.Matcher);

        var actual = findings.Count == 0 ? "clean" : string.Join('\n', findings.Select(f => f.Describe("in")));
        Assert.Equal(spec.Expected.TrimEnd('\n'), actual);
    }
}

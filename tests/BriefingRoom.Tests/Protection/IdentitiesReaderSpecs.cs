using System.Text;
using BriefingRoom.Formats;
using BriefingRoom.Protection;
using BriefingRoom.Tests.Specs;

namespace BriefingRoom.Tests.Protection;

/// <summary>fixtures/specs/protection/identities.spec: a protected identities file in, what was read (or the positioned error) out.</summary>
public sealed class IdentitiesReaderSpecs
{
    public static TheoryData<SpecCase> Cases() => SpecFile.Cases("protection");

    [Theory]
    [MemberData(nameof(Cases))]
    public void An_identities_file_reads_as_the_spec_says(SpecCase spec) => Assert.Equal(spec.Expected, Describe(spec.Input));

    private static string Describe(string yaml)
    {
        try
        {
            return Outline(ProtectedIdentitiesReader.Read(yaml));
        }
        catch (TranscriptParseException e)
        {
            return $"error {e.Line}:{e.Column}: {e.Message}\n";
        }
    }

    private static string Outline(ProtectedIdentities ids)
    {
        var sb = new StringBuilder();
        foreach (var s in ids.Speakers)
        {
            sb.Append($"speaker {s.Label} as [{s.Mention}]\n");
            sb.Append($"  names: {string.Join(" | ", s.Names)}\n");
            sb.Append($"  aliases: {string.Join(" | ", s.Aliases)}\n");
            if (s.ExactCase.Count > 0)
            {
                sb.Append($"  exact-case: {string.Join(" | ", s.ExactCase)}\n");
            }
        }
        sb.Append($"allow: {string.Join(" | ", ids.Allow)}\n");
        sb.Append($"redact: {string.Join(" | ", ids.Redact)}\n");
        return sb.ToString();
    }
}

using BriefingRoom.Formats.Markdown;
using BriefingRoom.Protection;
using BriefingRoom.Tests.Specs;

namespace BriefingRoom.Tests.Protection;

/// <summary>
/// fixtures/specs/everyday-words/*.spec: a Markdown transcript in, redacted with the real matcher under the folder's
/// identities.yml (aliases that are everyday words), the transcript MarkdownWriter writes out; the output passes the check.
/// </summary>
public sealed class EverydayWordRedactionSpecs
{
    private static readonly ProtectedIdentities Ids =
        ProtectedIdentitiesReader.Read(File.ReadAllText(Path.Combine(SpecFile.FixturesRoot, "specs", "everyday-words", "identities.yml")));

    private static readonly IdentityMatcher Matcher = IdentityMatcher.Build(Ids);

    public static TheoryData<SpecCase> Cases() => SpecFile.Cases("everyday-words");

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_transcript_redacts_as_the_spec_says_and_checks_clean(SpecCase spec)
    {
        var written = MarkdownWriter.Write(Redactor.Redact(MarkdownReader.Read(spec.Input), Ids, Matcher.Find));

        Assert.Equal(spec.Expected, written);
        Assert.DoesNotContain(LeakChecker.Check(written, TextKind.Markdown, Matcher), f => f.Blocks);
    }
}

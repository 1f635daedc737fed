using BriefingRoom.Formats;
using BriefingRoom.Formats.Markdown;
using BriefingRoom.Protection;
using BriefingRoom.Tests.Specs;

namespace BriefingRoom.Tests.Protection;

/// <summary>
/// fixtures/specs/everyday-words/*.spec: a Markdown transcript in, redacted with the real matcher under the folder's
/// identities.yml (aliases that are everyday words), the transcript MarkdownWriter writes out; what the redactor
/// leaves passes the leak check in all five formats, so the two agree on every everyday word.
/// </summary>
public sealed class EverydayWordRedactionSpecs
{
    private static readonly ProtectedIdentities Ids =
        ProtectedIdentitiesReader.Read(File.ReadAllText(Path.Combine(SpecFile.FixturesRoot, "specs", "everyday-words", "identities.yml")));

    private static readonly IdentityMatcher Matcher = IdentityMatcher.Build(Ids);

    public static TheoryData<SpecCase> Cases() => SpecFile.Cases("everyday-words");

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_transcript_redacts_as_the_spec_says(SpecCase spec) =>
        Assert.Equal(spec.Expected, MarkdownWriter.Write(Redactor.Redact(MarkdownReader.Read(spec.Input), Ids, Matcher.Find)));

    [Theory]
    [MemberData(nameof(Cases))]
    public void What_the_redactor_leaves_checks_clean_in_every_format(SpecCase spec)
    {
        var redacted = Redactor.Redact(MarkdownReader.Read(spec.Input), Ids, Matcher.Find);

        foreach (var (format, kind) in (ReadOnlySpan<(TranscriptFormat, TextKind)>)[
            (TranscriptFormat.Markdown, TextKind.Markdown), (TranscriptFormat.Json, TextKind.Json), (TranscriptFormat.Html, TextKind.Markup),
            (TranscriptFormat.Text, TextKind.Plain), (TranscriptFormat.AkomaNtoso, TextKind.Markup)])
        {
            using var output = new StringWriter();
            TranscriptFormats.Write(redacted, format, output);
            Assert.Empty(LeakChecker.Check(output.ToString(), kind, Matcher).Where(f => f.Blocks).Select(f => $"{format}: {f.Describe("out")}"));
        }
    }
}

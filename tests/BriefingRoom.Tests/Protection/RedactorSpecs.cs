using BriefingRoom.Formats.Markdown;
using BriefingRoom.Protection;
using BriefingRoom.Tests.Specs;

namespace BriefingRoom.Tests.Protection;

/// <summary>
/// fixtures/specs/redaction/*.spec: a Markdown transcript in, the redacted transcript as MarkdownWriter writes it out.
/// A case's input may open with its own identities file, ended by a <c>=== transcript</c> line; otherwise the
/// spec folder's identities.yml protects it. Mentions are found by <see cref="ExactFinder"/>, except in
/// boundaries.spec, whose cases are about what the real matcher reads across inlines.
/// </summary>
public sealed class RedactorSpecs
{
    private const string TranscriptMarker = "=== transcript\n";

    public static TheoryData<SpecCase> Cases() => SpecFile.Cases("redaction");

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_transcript_redacts_as_the_spec_says(SpecCase spec)
    {
        var (ids, markdown) = Split(spec.Input);

        var redacted = Redactor.Redact(MarkdownReader.Read(markdown), ids, Finder(spec, ids));

        Assert.Equal(spec.Expected, MarkdownWriter.Write(redacted));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_redacted_transcript_reads_back_as_itself(SpecCase spec)
    {
        var (ids, markdown) = Split(spec.Input);

        var redacted = Redactor.Redact(MarkdownReader.Read(markdown), ids, Finder(spec, ids));

        Assert.Equal(Outline.Of(redacted), Outline.Of(MarkdownReader.Read(MarkdownWriter.Write(redacted))));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Redacting_twice_changes_nothing_more(SpecCase spec)
    {
        var (ids, markdown) = Split(spec.Input);
        var find = Finder(spec, ids);

        var once = Redactor.Redact(MarkdownReader.Read(markdown), ids, find);

        Assert.Equal(once, Redactor.Redact(once, ids, find));
    }

    private static Func<string, TextKind, IReadOnlyList<IdentityMatch>> Finder(SpecCase spec, ProtectedIdentities ids) =>
        Path.GetFileName(spec.File) == "boundaries.spec" ? IdentityMatcher.Build(ids).Find : new ExactFinder(ids).Find;

    private static (ProtectedIdentities Ids, string Markdown) Split(string input)
    {
        var marker = input.IndexOf(TranscriptMarker, StringComparison.Ordinal);
        return marker < 0
            ? (ProtectedIdentitiesReader.Read(File.ReadAllText(Path.Combine(SpecFile.FixturesRoot, "specs", "redaction", "identities.yml"))), input)
            : (ProtectedIdentitiesReader.Read(input[..marker]), input[(marker + TranscriptMarker.Length)..]);
    }
}

using BriefingRoom.CommandLine;
using BriefingRoom.Formats;
using BriefingRoom.Formats.Markdown;
using BriefingRoom.Protection;
using CsCheck;

namespace BriefingRoom.Tests.Protection;

/// <summary>
/// For random transcripts with protected names planted anywhere (title, slug, tags, labels, running text, emphasis,
/// deletions, insertions), the redacted transcript holds none of them: as the exact test finder sees its Markdown,
/// and as the real leak check sees it written in every format.
/// </summary>
public sealed class RedactorProperties
{
    private static readonly ProtectedIdentities Ids = ProtectedIdentitiesReader.Read("""
        speakers:
          - label: SENIOR ADMINISTRATION OFFICIAL
            names: [Jacob Jeremiah Sullivan]
            aliases: [Jake Sullivan, Jake, Sullivan, jake.sullivan@nsc.eop.gov]
          - label: MODERATOR
            mention: senior administration official
            aliases: [Morgan Reyes, Morgan, Reyes]
        allow: [Jake Tapper]
        redact: [Situation Room]
        """);

    private static readonly string[] Names = ["Jake", "Sullivan", "Jake Sullivan", "JAKE SULLIVAN", "Morgan", "Reyes", "jake.sullivan@nsc.eop.gov", "Situation Room", "Jake Tapper"];

    private static readonly string[] Pieces =
    [
        " ", " ", " ", "\u00a0", "\n", "word", "the", "call", "and", "and ", ", ", ".", ". ", "?", "!", "’s", "'s", "*", "**",
        "<s>", "</s>", "\\[", "\\]", "(inaudible)", "[senior administration official]", "Mr. ", "Dr. ",
    ];

    // Words are separated, as in real text; a name may carry a possessive or punctuation straight after it.
    private static readonly Gen<string> Name = Gen.Select(Gen.OneOf(Names), Gen.OneOf("", "", "’s", "'s", ".", ",", "?", "!", "*"), (n, after) => n + after);

    private static readonly Gen<string> Text = Gen.OneOf(Name, Name, Gen.OneOf(Pieces)).Array[1, 30].Select(a => string.Join(" ", a).Trim());

    private static readonly Gen<string> Label = Gen.OneOf(Gen.Const("MODERATOR:  "), Gen.Const("Q    "), Gen.Const("MR. SULLIVAN:  "), Gen.Const("MORGAN REYES:  "), Gen.Const("SENIOR ADMINISTRATION OFFICIAL:  "), Gen.Const("DR. JAKE SULLIVAN:  "));

    private static readonly Gen<string> Transcript =
        Gen.Select(Gen.OneOf(Names), Gen.OneOf(Names), Gen.Select(Label, Text, (l, t) => l + t).Array[1, 6], (title, slug, turns) =>
            $"---\ntitle: \"Call with {title}\"\npermalink: https://example.gov/briefing-room/call-with-{slug.ToLowerInvariant().Replace(' ', '-')}/\n" +
            $"tags:\n  - {title}\n---\n\n" + string.Join("\n\n", turns.Where(t => t.Trim().Length > 0)) + "\n");

    [Fact]
    public void Redacted_output_in_every_format_passes_the_leak_check()
    {
        var matcher = IdentityMatcher.Build(Ids);
        Gen.Select(Transcript, Gen.OneOf(Enum.GetValues<TranscriptFormat>()), (markdown, format) => (markdown, format)).Sample(c =>
        {
            var read = MarkdownReader.Read(c.markdown);
            // Times on every turn, as a recorded call's record has them, so the WebVTT captions are checked too.
            read = read with { Turns = new(read.Turns.Select((t, i) => t with { Offset = TimeSpan.FromSeconds(7 * i) })) };
            var redacted = Redactor.Redact(read, Ids, matcher.Find);
            var written = CliTranscripts.Render(redacted, c.format);

            var leaks = LeakChecker.Check(written, LeakKinds.Of(c.format), matcher).Where(f => f.Blocks);

            Assert.True(!leaks.Any(), $"{string.Join(", ", leaks.Select(l => l.Describe("out")))} in {c.format}:\n{written}");
        }, iter: 1000);
    }

    [Fact]
    public void Redacted_markdown_names_no_protected_person() =>
        Transcript.Sample(markdown =>
        {
            BriefingRoom.Transcripts.Transcript read;
            try
            {
                read = MarkdownReader.Read(markdown);
            }
            catch (TranscriptParseException)
            {
                return;
            }
            var finder = new ExactFinder(Ids);
            var written = MarkdownWriter.Write(Redactor.Redact(read, Ids, finder.Find));

            // The double's URL form takes blanks and hyphens between words, so it sees slugs and running text alike.
            var leaks = finder.Find(written, TextKind.Url);

            Assert.True(!leaks.Any(), $"{string.Join(", ", leaks.Select(l => l.Identifier))} left in:\n{written}");
        }, iter: 2000);
}

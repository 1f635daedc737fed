using BriefingRoom.Formats.Markdown;
using BriefingRoom.Protection;
using BriefingRoom.Tests.Specs;
using BriefingRoom.Transcripts;

namespace BriefingRoom.Tests.Protection;

/// <summary>What the redactor does beyond the bytes its spec cases show: roles, layout, and untouched seeds.</summary>
public sealed class RedactorTests
{
    private static readonly ProtectedIdentities Ids = ProtectedIdentitiesReader.Read("""
        speakers:
          - label: SENIOR ADMINISTRATION OFFICIAL
            aliases: [Jake Sullivan, Jake]
          - label: MODERATOR
            mention: senior administration official
            aliases: [Morgan Reyes]
        """);

    private static Transcript Redacted(string markdown) => Redactor.Redact(MarkdownReader.Read(markdown), Ids, new ExactFinder(Ids).Find);

    [Fact]
    public void A_protected_official_speaks_as_an_official_and_the_moderator_as_the_moderator()
    {
        var turns = Redacted("MR. JAKE SULLIVAN:  Hi.\n\nMORGAN REYES:  Hello.\n").Turns;

        Assert.Equal(
            [("SENIOR ADMINISTRATION OFFICIAL", SpeakerRole.Official), ("MODERATOR", SpeakerRole.Moderator)],
            turns.Select(t => (t.Speaker, t.Role)));
    }

    [Fact]
    public void A_changed_paragraph_drops_its_recorded_wraps_and_an_unchanged_one_keeps_them()
    {
        var source = MarkdownReader.Read("MODERATOR:  Jake\nis here.\n\nShort\nlines.\n");
        Assert.All(source.Turns[0].Paragraphs, p => Assert.NotNull(p.Lines));

        var paragraphs = Redactor.Redact(source, Ids, new ExactFinder(Ids).Find).Turns[0].Paragraphs;

        Assert.Equal([null, source.Turns[0].Paragraphs[1].Lines], paragraphs.Select(p => p.Lines));
    }

    [Fact]
    public void The_output_is_in_the_models_normal_form()
    {
        var paragraph = Redacted("Q    Thank you, Jake.\n").Turns[0].Paragraphs[0];

        Assert.Equal(InlineText.Normalize(paragraph.Inlines), paragraph.Inlines);
        Assert.Equal([new TextRun("Thank you, "), new AttributionPlaceholder("senior administration official"), new TextRun(".")], paragraph.Inlines);
    }

    [Fact]
    public void A_handle_matched_after_its_at_sign_is_replaced_with_the_at_sign()
    {
        var source = MarkdownReader.Read("Q    Ask @jakesullivan now.\n");
        var speaker = Ids.Speakers[0];
        IReadOnlyList<IdentityMatch> Find(string text, TextKind kind) =>
            text.IndexOf("jakesullivan", StringComparison.Ordinal) is var at and >= 0 ? [new IdentityMatch(at, 12, "@jakesullivan", speaker)] : [];

        var paragraph = Redactor.Redact(source, Ids, Find).Turns[0].Paragraphs[0];

        Assert.Equal("Ask [senior administration official] now.", paragraph.Text);
    }

    [Fact]
    public void Every_change_is_listed_with_its_place_the_words_it_replaced_and_what_replaced_them()
    {
        var source = MarkdownReader.Read("---\ntitle: \"A call with Jake\"\n---\n\nMR. JAKE SULLIVAN:  Hi.\n\nQ    Thanks. Jake, and <s>Jake</s> \\[Morgan\\]?\n\nMore from Jake.\n");
        var changes = new List<RedactionChange>();

        Redactor.Redact(source, Ids, new ExactFinder(Ids).Find, changes);

        Assert.Equal(
        [
            new(RedactionPart.Title, 0, 0, "Jake", "[senior administration official]"),
            new(RedactionPart.Label, 1, 0, "MR. JAKE SULLIVAN", "SENIOR ADMINISTRATION OFFICIAL"),
            new(RedactionPart.Paragraph, 2, 1, "Jake", "[Senior administration official]"),
            new(RedactionPart.Paragraph, 2, 1, "<s>Jake</s> [Morgan]", "[senior administration official]"),
            new(RedactionPart.Paragraph, 2, 2, "Jake", "[senior administration official]"),
        ], changes);
    }

    [Fact]
    public void A_name_across_inlines_is_one_change_whose_words_read_as_plain_text()
    {
        var source = MarkdownReader.Read("Q    Was Mr. *Jake* Sullivan there? Morgan  \nReyes was, and <s>Jake</s> \\[Morgan\\] too.\n");
        var changes = new List<RedactionChange>();

        var redacted = Redactor.Redact(source, Ids, IdentityMatcher.Build(Ids).Find, changes);

        Assert.Equal("Was [senior administration official] there? [Senior administration official] was, and [senior administration official] too.", redacted.Turns[0].Paragraphs[0].Text);
        Assert.Equal(
        [
            new(RedactionPart.Paragraph, 1, 1, "Mr. Jake Sullivan", "[senior administration official]"),
            new(RedactionPart.Paragraph, 1, 1, "Morgan Reyes", "[Senior administration official]"),
            new(RedactionPart.Paragraph, 1, 1, "<s>Jake</s> [Morgan]", "[senior administration official]"),
        ], changes);
    }

    [Fact]
    public void A_transcript_that_names_no_one_lists_no_change()
    {
        var changes = new List<RedactionChange>();

        Redactor.Redact(MarkdownReader.Read("Q    Thanks, Alex.\n"), Ids, new ExactFinder(Ids).Find, changes);

        Assert.Empty(changes);
    }

    public static TheoryData<string> SeedNames() => Seeds.Names();

    [SkippableTheory]
    [MemberData(nameof(SeedNames))]
    public void A_seed_that_names_no_protected_person_is_unchanged(string name)
    {
        var seed = MarkdownReader.Read(Seeds.Read(name));
        var ids = ProtectedIdentitiesReader.Read("speakers:\n  - label: SENIOR ADMINISTRATION OFFICIAL\n    aliases: [Zebulon Quaxworthy, Quaxworthy]\n");

        Assert.Equal(seed, Redactor.Redact(seed, ids, new ExactFinder(ids).Find));
    }
}

using System.Collections.Immutable;
using BriefingRoom.Briefings;
using BriefingRoom.Formats.AkomaNtoso;
using BriefingRoom.Formats.Html;
using BriefingRoom.Formats.Json;
using BriefingRoom.Formats.Markdown;
using BriefingRoom.Formats.Text;
using BriefingRoom.Protection;
using BriefingRoom.Transcripts;

namespace BriefingRoom.Tests.Protection;

/// <summary>
/// The leak check reads a correction as typed and as corrected (issue 10): the probe's "As Quartermane said", its
/// "mane" corrected to "maine", shows "Quarter" beside both halves, and either half makes a protected name.
/// </summary>
public class CorrectionReadingTests
{
    /// <summary>An official protected by the name the correction makes, and one by the name as first typed.</summary>
    public static ProtectedIdentities Corrected { get; } = Official("Quartermaine");

    public static ProtectedIdentities Typed { get; } = Official("Quartermane");

    public static ProtectedIdentities Official(string alias) => new(
        [new ProtectedSpeaker("SENIOR ADMINISTRATION OFFICIAL", "senior administration official", ["Edith " + alias], [alias])], [], []);

    /// <summary>The paragraph the live call makes of the probe: typed, then "mane" (10, 4) put right as "maine".</summary>
    public static Paragraph Probe { get; } = BriefingTranscript.ToParagraph(
        new LiveParagraph("As Quartermane said", [new TextCorrection(10, 4, "maine")]));

    [Fact]
    public void The_live_call_shows_the_probe_as_a_deletion_then_an_insertion()
    {
        Assert.Equal<Inline>([new TextRun("As Quarter"), new Deletion("mane"), new TextRun(" "), new Insertion("maine"), new TextRun(" said")], Probe.Inlines);
    }

    public static TheoryData<string, TextKind> Written => new()
    {
        { "As Quarter<s>mane</s> \\[maine\\] said", TextKind.Markdown },
        { "As Quarter~~mane~~ [maine] said", TextKind.Markdown },
        { "<p>As Quarter<del>mane</del> <ins>[maine]</ins> said</p>", TextKind.Markup },
        { "<summary>As Quarter [maine] said.</summary>", TextKind.Markup },
        { "As Quarter&lt;del&gt;mane&lt;/del&gt; [maine] said", TextKind.Markup },
        { "{\"text\": \"As Quarter [maine] said\"}", TextKind.Json },
        { "As Quarter [maine] said.", TextKind.Plain },
    };

    [Theory]
    [MemberData(nameof(Written))]
    public void The_corrected_reading_finds_the_name_the_correction_makes(string text, TextKind kind)
    {
        var finding = Assert.Single(LeakChecker.Check(text, kind, IdentityMatcher.Build(Corrected)));

        Assert.True(finding.Blocks);
        Assert.Equal("Quartermaine", finding.Identifier);
        // Where it is written: from "Quarter" through the insertion's closing bracket or tag.
        Assert.Equal(text.IndexOf("Quarter", StringComparison.Ordinal) + 1, finding.Column);
        Assert.StartsWith("Quarter", finding.Matched, StringComparison.Ordinal);
        Assert.Contains("maine", finding.Matched, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("As Quarter<s>mane</s> \\[maine\\] said", TextKind.Markdown)]
    [InlineData("As Quarter~~mane~~ \\[maine\\] said", TextKind.Markdown)]
    [InlineData("<p>As Quarter<del>mane</del> <ins>[maine]</ins> said</p>", TextKind.Markup)]
    [InlineData("<p>As Quarter <del>mane</del> said</p>", TextKind.Markup)]
    public void The_typed_reading_finds_the_name_first_typed(string text, TextKind kind)
    {
        var finding = Assert.Single(LeakChecker.Check(text, kind, IdentityMatcher.Build(Typed)));

        Assert.Equal("Quartermane", finding.Identifier);
        Assert.StartsWith("Quarter", finding.Matched, StringComparison.Ordinal);
    }

    [Fact]
    public void JSON_inlines_read_as_one_text_in_both_readings()
    {
        const string Json = """
            {"text": "As Quarter [maine] said", "inlines": [{"type": "text", "text": "As Quarter"}, {"type": "deletion", "text": "mane"},
             {"type": "text", "text": " "}, {"type": "insertion", "text": "maine"}, {"type": "text", "text": " said"}]}
            """;

        var typed = Assert.Single(LeakChecker.Check(Json, TextKind.Json, IdentityMatcher.Build(Typed)));
        var corrected = LeakChecker.Check(Json, TextKind.Json, IdentityMatcher.Build(Corrected));

        Assert.Equal("Quarter\"}, {\"type\": \"deletion\", \"text\": \"mane\"", typed.Matched);
        Assert.Equal(2, corrected.Count);
        Assert.All(corrected, f => Assert.StartsWith("Quarter", f.Matched, StringComparison.Ordinal));
    }

    [Fact]
    public void JSON_structure_alone_reads_as_before()
    {
        const string Json = """{"inlines": [{"type": "text", "text": "As Quarter"}, {"type": "note", "text": "maine"}]}""";

        Assert.Empty(LeakChecker.Check(Json, TextKind.Json, IdentityMatcher.Build(Corrected)));
    }

    [Theory]
    [InlineData("We meet on the <s>upon</s> \\[until\\] date.")]
    [InlineData("Quarterly figures \\[maine\\] said, as the \\[senior administration official\\] noted.")]
    [InlineData("Quarter \\[inaudible\\] maine.")]
    public void Corrections_that_make_no_name_find_nothing(string text)
    {
        Assert.Empty(LeakChecker.Check(text, TextKind.Markdown, IdentityMatcher.Build(Corrected)));
    }

    [Fact]
    public void A_two_word_name_put_right_by_a_correction_keeps_its_space()
    {
        var text = "Thanks, Edith <s>Quartermain</s> \\[Quartermaine\\].";

        var finding = Assert.Single(LeakChecker.Check(text, TextKind.Markdown, IdentityMatcher.Build(Corrected)), f => f.Identifier == "Edith Quartermaine");

        Assert.Equal("Edith <s>Quartermain</s> \\[Quartermaine\\]", finding.Matched);
    }

    [Fact]
    public void The_redactor_replaces_the_whole_correction_with_the_attribution_once()
    {
        foreach (var ids in new[] { Corrected, Typed })
        {
            var redacted = Redactor.Redact(Transcript(Probe), ids, IdentityMatcher.Build(ids).Find);

            Assert.Equal<Inline>([new TextRun("As "), new AttributionPlaceholder("senior administration official"), new TextRun(" said")],
                redacted.Turns[0].Paragraphs[0].Inlines);
        }
    }

    [Fact]
    public void A_correction_of_the_whole_name_takes_the_struck_out_spelling_with_it()
    {
        var paragraph = BriefingTranscript.ToParagraph(new LiveParagraph("Quartermane said so.", [new TextCorrection(0, 11, "Quartermaine")]));

        var redacted = Redactor.Redact(Transcript(paragraph), Corrected, IdentityMatcher.Build(Corrected).Find);

        Assert.Equal<Inline>([new AttributionPlaceholder("Senior administration official"), new TextRun(" said so.")], redacted.Turns[0].Paragraphs[0].Inlines);
    }

    [Fact]
    public void A_correction_beside_a_name_is_left_as_the_stenographer_made_it()
    {
        var paragraph = BriefingTranscript.ToParagraph(new LiveParagraph("Quartermaine sad so.", [new TextCorrection(13, 3, "said")]));

        var redacted = Redactor.Redact(Transcript(paragraph), Corrected, IdentityMatcher.Build(Corrected).Find);

        Assert.Equal<Inline>([new AttributionPlaceholder("Senior administration official"), new TextRun(" "), new Deletion("sad"), new TextRun(" "), new Insertion("said"), new TextRun(" so.")],
            redacted.Turns[0].Paragraphs[0].Inlines);
    }

    /// <summary>Every format a transcript is written in, with the kind the leak check reads it as.</summary>
    public static IEnumerable<(string Name, string Text, TextKind Kind)> Rendered(Transcript t) =>
    [
        ("markdown", MarkdownWriter.Write(t), TextKind.Markdown),
        ("json", JsonWriter.Write(t), TextKind.Json),
        ("html", HtmlWriter.Write(t), TextKind.Markup),
        ("akn", AkomaNtosoWriter.Write(t), TextKind.Markup),
        ("text", PlainTextWriter.Write(t), TextKind.Plain),
    ];

    [Fact]
    public void Unredacted_the_probe_is_found_in_every_format_and_redacted_in_none()
    {
        foreach (var ids in new[] { Corrected, Typed })
        {
            var matcher = IdentityMatcher.Build(ids);
            var staff = Transcript(Probe);
            // Plain text prints what a reader sees, without the struck-out "mane"; JSON's inlines hold it.
            foreach (var (name, text, kind) in Rendered(staff).Where(r => ids == Corrected || r.Name != "text"))
            {
                Assert.True(LeakChecker.Check(text, kind, matcher).Any(f => f.Blocks), $"{name} unredacted passed the check:\n{text}");
            }
            foreach (var (name, text, kind) in Rendered(Redactor.Redact(staff, ids, matcher.Find)))
            {
                Assert.Empty(LeakChecker.Check(text, kind, matcher));
                Assert.DoesNotContain("mane", text, StringComparison.OrdinalIgnoreCase);
                Assert.DoesNotContain("Quarter", text, StringComparison.OrdinalIgnoreCase);
            }
        }
    }

    public static Transcript Transcript(params Paragraph[] paragraphs) => new(
        Metadata.None with { Title = "Background Press Call" },
        "Via Teleconference",
        null,
        null,
        GroundRules.NotStated,
        [new Turn("Q", SpeakerRole.Reporter, new(paragraphs))]);
}

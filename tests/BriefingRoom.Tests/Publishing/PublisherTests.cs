using BriefingRoom.Protection;
using BriefingRoom.Publishing;
using BriefingRoom.Transcripts;

namespace BriefingRoom.Tests.Publishing;

/// <summary>Publishing a small staff transcript that names its official: what the public gets, and what blocks it.</summary>
public class PublisherTests
{
    private const string Title = "Background Press Call on Harbor Inspections";

    /// <summary>A call whose official is Jane Voss, named in her label and by a reporter.</summary>
    private static Transcript Staff { get; } = new(
        Metadata.None with { Title = "Staff notes: Jane Voss on harbors" },
        "Via Teleconference",
        new TimeMark("2:05 P.M. EST", new TimeOnly(14, 5), null),
        new TimeMark("2:31 P.M. EST", new TimeOnly(14, 31), null),
        GroundRules.NotStated,
        [
            new Turn("MODERATOR", SpeakerRole.Moderator, [new Paragraph(new TextRun("Good afternoon. Over to Jane."))]),
            new Turn(JaneVoss.Label, SpeakerRole.Named, [new Paragraph(new TextRun("Thanks. Two points on the inspections. First, they start Monday. Second, they are brief."))]),
            new Turn("Q", SpeakerRole.Reporter, [new Paragraph(new TextRun("Thanks, Jane Voss. When do they end?"))]),
        ]);

    private static PublicationRequest Request => JaneVoss.Request(Staff, Title) with
    {
        // 03:00 UTC on the 9th is still the 8th in New York: the path and date follow the briefing's zone.
        Published = new DateTimeOffset(2022, 1, 9, 3, 0, 0, TimeSpan.Zero),
        Modified = new DateTimeOffset(2022, 1, 9, 3, 0, 5, TimeSpan.Zero),
    };

    [Fact]
    public void The_record_names_no_one_and_takes_the_live_sites_front_matter()
    {
        var record = JaneVoss.Published(Request);

        Assert.StartsWith("""
            ---
            category: press-briefings
            date: '2022-01-08'
            modified_time: 2022-01-08 22:00:05-05:00
            permalink: https://example.gov/briefing-room/press-briefings/2022/01/08/background-press-call-on-harbor-inspections/
            published_time: 2022-01-08 22:00:00-05:00
            title: Background Press Call on Harbor Inspections
            ---

            """.ReplaceLineEndings("\n"), record.Markdown);
        Assert.Contains("SENIOR ADMINISTRATION OFFICIAL:\u00a0 Thanks.", record.Markdown, StringComparison.Ordinal);
        Assert.Contains("Thanks, \\[senior administration official\\].", record.Markdown, StringComparison.Ordinal);
        foreach (var artefact in new[] { record.Markdown, record.Json, record.Html, record.Summary.Summary })
        {
            Assert.DoesNotContain("Jane", artefact, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("Voss", artefact, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public void The_summary_and_path_are_what_the_index_and_feeds_show()
    {
        var record = JaneVoss.Published(Request);

        Assert.Equal(new PublicRecordSummary(
            "/briefing-room/press-briefings/2022/01/08/background-press-call-on-harbor-inspections/",
            Title,
            new DateOnly(2022, 1, 8),
            new DateTimeOffset(2022, 1, 8, 22, 0, 0, TimeSpan.FromHours(-5)),
            new DateTimeOffset(2022, 1, 8, 22, 0, 5, TimeSpan.FromHours(-5)),
            1,
            "Thanks. Two points on the inspections."), record.Summary);
        Assert.Equal("https://example.gov" + record.Summary.Path, record.Permalink);
        Assert.Contains("\"url\": \"https://example.gov/briefing-room/press-briefings/2022/01/08/background-press-call-on-harbor-inspections/\"", record.Json, StringComparison.Ordinal);
    }

    [Fact]
    public void The_record_lists_each_change_the_redactor_made_and_not_the_staff_title_it_never_publishes()
    {
        var record = JaneVoss.Published(Request);

        Assert.Equal(
        [
            new(RedactionPart.Paragraph, 1, 1, "Jane", "[senior administration official]"),
            new(RedactionPart.Label, 2, 0, JaneVoss.Label, "SENIOR ADMINISTRATION OFFICIAL"),
            new(RedactionPart.Paragraph, 3, 1, "Jane Voss", "[senior administration official]"),
        ], record.Review.Changes);
        Assert.Empty(record.Review.Findings);
    }

    [Fact]
    public void A_self_identification_publishes_and_is_listed_for_review_at_its_paragraph()
    {
        var official = Staff.Turns[1] with { Paragraphs = [.. Staff.Turns[1].Paragraphs, new Paragraph(new TextRun("As Jane Voss, I have seen them."))] };
        var staff = Staff with { Turns = [Staff.Turns[0], official, Staff.Turns[2]] };

        var record = JaneVoss.Published(JaneVoss.Request(staff, Title));

        var finding = Assert.Single(record.Review.Findings);
        Assert.Equal((RedactionPart.Paragraph, 2, 2, FindingKind.Review, "Jane Voss"), (finding.Part, finding.Turn, finding.Paragraph, finding.Finding.Kind, finding.Finding.Matched));
        Assert.Contains("As \\[senior administration official\\], I have seen them.", record.Markdown, StringComparison.Ordinal);
        // The control room's list before approval is worked out by the same code.
        var preview = Publisher.Review(staff, JaneVoss.Ids);
        Assert.Equal(preview.Changes, record.Review.Changes);
        Assert.Equal(preview.Findings, record.Review.Findings);
    }

    [Fact]
    public void A_blocked_publication_still_lists_what_the_redactor_replaced()
    {
        var blocked = Assert.IsType<Blocked>(Publisher.Publish(Request with { Title = "Jane Voss on Harbor Inspections" }));

        Assert.Equal(3, blocked.Review.Changes.Count);
    }

    [Fact]
    public void A_name_in_the_public_title_blocks_and_says_where_in_every_artefact()
    {
        var result = Publisher.Publish(Request with { Title = "Jane Voss on Harbor Inspections" });

        var blocked = Assert.IsType<Blocked>(result);
        Assert.Equal(
            [Artefacts.Title, Artefacts.Path, Artefacts.Markdown, Artefacts.Json, Artefacts.Page],
            blocked.Findings.Select(f => f.Artefact).Distinct());
        Assert.Contains("title:1:1: leak: \"Jane Voss\" matches Jane Voss of SENIOR ADMINISTRATION OFFICIAL", blocked.Findings.Select(f => f.ToString()));
        var frontMatter = blocked.Findings.First(f => f.Artefact == Artefacts.Markdown).Finding;
        Assert.Equal((5, "permalink: https://example.gov/briefing-room/press-briefings/2022/01/08/".Length + 1, "jane-voss"), (frontMatter.Line, frontMatter.Column, frontMatter.Matched));
    }

    [Fact]
    public void A_name_in_a_stored_path_blocks_the_path_and_every_link_to_it()
    {
        var result = Publisher.Publish(Request with { ExistingPath = "/briefing-room/press-briefings/2022/01/08/jane-voss-on-harbors/" });

        var blocked = Assert.IsType<Blocked>(result);
        Assert.Equal(
            [Artefacts.Path, Artefacts.Markdown, Artefacts.Json, Artefacts.Page],
            blocked.Findings.Where(f => f.Finding.Blocks).Select(f => f.Artefact).Distinct());
        Assert.All(blocked.Findings, f => Assert.Equal("SENIOR ADMINISTRATION OFFICIAL", f.Finding.Label));
    }

    [Fact]
    public void A_name_in_the_section_blocks()
    {
        var blocked = Assert.IsType<Blocked>(Publisher.Publish(Request with { Section = "voss-briefings" }));

        Assert.Contains(blocked.Findings, f => f.Artefact == Artefacts.Path && f.Finding.Matched == "voss");
    }

    [Fact]
    public void A_redact_phrase_in_the_title_blocks_under_the_redact_list()
    {
        var ids = new ProtectedIdentities(JaneVoss.Ids.Speakers, [], ["Harbor Inspections"]);

        var blocked = Assert.IsType<Blocked>(Publisher.Publish(Request with { Ids = ids }));

        Assert.Contains(blocked.Findings, f => f.Artefact == Artefacts.Title && f.Finding.Label == LeakChecker.RedactLabel);
    }

    [Fact]
    public void A_correction_keeps_the_first_path_and_shows_the_new_version()
    {
        var first = JaneVoss.Published(Request);
        var corrected = Request with
        {
            Title = "Background Press Call on Harbor Inspections (corrected)",
            Modified = new DateTimeOffset(2022, 1, 10, 15, 30, 0, TimeSpan.Zero),
            Version = 2,
            ExistingPath = first.Summary.Path,
        };

        var second = JaneVoss.Published(corrected);

        Assert.Equal(first.Summary.Path, second.Summary.Path);
        Assert.Equal(first.Summary.Published, second.Summary.Published);
        Assert.Equal(2, second.Summary.Version);
        Assert.Contains("modified_time: 2022-01-10 10:30:00-05:00\n", second.Markdown, StringComparison.Ordinal);
        Assert.Contains("Corrected: version 2, <time datetime=\"2022-01-10T10:30:00-05:00\">Monday, January 10, 2022, 10:30 a.m. EST</time>", second.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("Corrected", first.Html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("TimeZone", "Mars/Olympus_Mons")]
    [InlineData("Title", "¿…?")]
    [InlineData("Section", "Press Briefings")]
    [InlineData("ExistingPath", "/somewhere/else/")]
    [InlineData("Version", "0")]
    public void A_request_that_cannot_be_published_says_which_field(string field, string value)
    {
        var request = field switch
        {
            "TimeZone" => Request with { TimeZone = value },
            "Title" => Request with { Title = value },
            "Section" => Request with { Section = value },
            "ExistingPath" => Request with { ExistingPath = value },
            _ => Request with { Version = int.Parse(value, System.Globalization.CultureInfo.InvariantCulture) },
        };

        var error = Assert.ThrowsAny<ArgumentException>(() => Publisher.Publish(request));

        Assert.Contains(value, error.Message, StringComparison.Ordinal);
        Assert.Contains(field, error.Message, StringComparison.OrdinalIgnoreCase);
    }
}

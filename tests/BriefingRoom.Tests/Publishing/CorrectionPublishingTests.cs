using BriefingRoom.Protection;
using BriefingRoom.Publishing;
using BriefingRoom.Tests.Protection;
using BriefingRoom.Transcripts;

namespace BriefingRoom.Tests.Publishing;

/// <summary>
/// Issue 10's probe end to end: the stenographer's correction inside the official's name ("As Quarter&lt;s&gt;mane&lt;/s&gt;
/// \[maine\] said") is published with the attribution in its place, in every artefact and feed.
/// </summary>
public class CorrectionPublishingTests
{
    private static readonly DateTimeOffset Now = new(2022, 1, 9, 12, 0, 0, TimeSpan.Zero);

    public static TheoryData<string> Aliases => new() { "Quartermaine", "Quartermane" };

    [Theory]
    [MemberData(nameof(Aliases))]
    public void The_probe_is_published_with_the_attribution_and_no_fragment_of_the_name(string alias)
    {
        var ids = CorrectionReadingTests.Official(alias);
        var staff = CorrectionReadingTests.Transcript(CorrectionReadingTests.Probe, new Paragraph(new TextRun("Next question.")));

        var record = JaneVoss.Published(JaneVoss.Request(staff, "Background Press Call on Harbors") with { Ids = ids });

        Assert.Contains("As \\[senior administration official\\] said", record.Markdown, StringComparison.Ordinal);
        Assert.Equal("As [senior administration official] said", record.Summary.Summary);
        var site = new SiteInfo("Briefing Room", "https://example.gov", "Transcripts.");
        var artefacts = new Dictionary<string, string>
        {
            ["index.md"] = record.Markdown,
            ["index.json"] = record.Json,
            ["index.html"] = record.Html,
            ["atom"] = PublicFeeds.Atom([record.Summary], site, Now),
            ["rss"] = PublicFeeds.Rss([record.Summary], site, Now),
        };
        var matcher = IdentityMatcher.Build(ids);
        foreach (var (name, text) in artefacts)
        {
            foreach (var fragment in new[] { "Quarter", "mane", "maine" })
            {
                Assert.False(text.Contains(fragment, StringComparison.OrdinalIgnoreCase), $"{name} holds \"{fragment}\":\n{text}");
            }
            Assert.Empty(LeakChecker.Check(text, name is "index.md" ? TextKind.Markdown : name is "index.json" ? TextKind.Json : TextKind.Markup, matcher));
        }
    }

    [Fact]
    public void A_correction_the_redactor_did_not_see_through_blocks_in_the_artefact_that_shows_it()
    {
        // The title is the public's own field and not redacted: the leak check alone stands between it and the record.
        var ids = CorrectionReadingTests.Official("Quartermaine");
        var staff = CorrectionReadingTests.Transcript(new Paragraph(new TextRun("Thanks.")));

        var blocked = Assert.IsType<Blocked>(Publisher.Publish(JaneVoss.Request(staff, "Quarter [maine] on Harbors") with { Ids = ids }));

        var title = Assert.Single(blocked.Findings, f => f.Artefact == Artefacts.Title);
        Assert.Equal("title:1:1: leak: \"Quarter [maine]\" matches Quartermaine of SENIOR ADMINISTRATION OFFICIAL", title.ToString());
    }
}

using BriefingRoom.Formats;
using BriefingRoom.Formats.Html;
using BriefingRoom.Publishing;
using BriefingRoom.Transcripts;

namespace BriefingRoom.Tests.Publishing;

/// <summary>What readers see on the public index and every page: one date format per place, vocabulary in words, one header.</summary>
public class ReaderWordsTests
{
    [Fact]
    public void A_page_shows_weekday_date_time_and_zone_and_a_row_the_short_date()
    {
        Assert.Equal("Tuesday, March 3, 2026, 2:20 p.m. EST", DateFormats.OnPage(new DateOnly(2026, 3, 3), new TimeOnly(14, 20), "EST"));
        Assert.Equal("Tuesday, March 3, 2026", DateFormats.OnPage(new DateOnly(2026, 3, 3), null, "EST"));
        Assert.Equal("Mar 3, 2026", DateFormats.InRow(new DateOnly(2026, 3, 3)));
        Assert.Equal("12:05 a.m. EDT", DateFormats.Clock(new TimeOnly(0, 5), "EDT"));
        Assert.Equal("12:00 p.m.", DateFormats.Clock(new TimeOnly(12, 0), null));
    }

    [Fact]
    public void The_zone_abbreviation_follows_daylight_saving()
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");
        Assert.Equal("EST", DateFormats.Abbreviation(zone, new DateTimeOffset(2026, 3, 3, 19, 20, 0, TimeSpan.Zero)));
        Assert.Equal("EDT", DateFormats.Abbreviation(zone, new DateTimeOffset(2026, 7, 3, 18, 20, 0, TimeSpan.Zero)));
        // 1:30 a.m. happens twice on the night the clocks go back: first in daylight time, then in standard time.
        Assert.Equal("EDT", DateFormats.Abbreviation(zone, new DateTimeOffset(2026, 11, 1, 5, 30, 0, TimeSpan.Zero)));
        Assert.Equal("EST", DateFormats.Abbreviation(zone, new DateTimeOffset(2026, 11, 1, 6, 30, 0, TimeSpan.Zero)));
    }

    [Theory]
    [InlineData("background-press-call", "Background press call")]
    [InlineData("on-the-record-call", "On-the-record call")]
    [InlineData("gaggle", "Press gaggle")]
    [InlineData("town-hall", "Town hall")]
    public void Kinds_read_as_words(string kind, string label) => Assert.Equal(label, VocabularyLabels.Kind(kind));

    [Theory]
    [InlineData("background", "On background")]
    [InlineData("deep-background", "On deep background")]
    [InlineData("on-record", "On the record")]
    [InlineData("off-record", "Off the record")]
    [InlineData("not-stated", "Not stated")]
    public void Attribution_levels_read_as_the_ground_rules_banner_says(string level, string label) =>
        Assert.Equal(label, VocabularyLabels.Attribution(level));

    [Theory]
    [InlineData("MODERATOR", "moderator", true)]
    [InlineData("SENIOR ADMINISTRATION OFFICIAL", "official", true)]
    [InlineData("THE OPERATOR", "operator", true)]
    [InlineData("Q", "reporter", false)]
    [InlineData("MS. PSAKI", "named", false)]
    [InlineData("MODERATOR", "official", false)]
    public void A_badge_is_left_off_when_the_speaker_already_says_the_role(string speaker, string role, bool says) =>
        Assert.Equal(says, VocabularyLabels.SpeakerSaysRole(speaker, role));

    [Fact]
    public void A_deletion_is_struck_and_an_insertion_bracketed_with_the_words_escaped()
    {
        var paragraph = new Paragraph(new TextRun("The "), new Deletion("<framework>"), new TextRun(" "), new Insertion("time & table"), new TextRun(" holds."));
        Assert.Equal("The <del>&lt;framework&gt;</del> <ins>[time &amp; table]</ins> holds.", HtmlInlines.Html(paragraph));
    }

    [Fact]
    public void The_index_is_a_table_of_date_time_title_kind_and_attribution_with_every_field_escaped()
    {
        var record = new PublicRecordSummary("/briefing-room/press-briefings/2026/03/03/call/", "Background Press Call <on> \"Ports\"", new DateOnly(2026, 3, 4),
            new DateTimeOffset(2026, 3, 4, 15, 0, 0, TimeSpan.FromHours(-5)), new DateTimeOffset(2026, 3, 4, 15, 0, 0, TimeSpan.FromHours(-5)), 2, "Thanks.");
        var facts = new FactsLine(new DateOnly(2026, 3, 3), new TimeOnly(14, 20), "EST", "background-press-call", "background");

        var html = PublicIndexPage.Write([new PublicIndexRow(record, facts)], 1, more: false);

        Assert.Contains(SiteHeader.Sections, html, StringComparison.Ordinal);
        Assert.Contains("<td class=\"date\" data-label=\"Date\"><time datetime=\"2026-03-03\">Mar 3, 2026</time></td>", html, StringComparison.Ordinal);
        Assert.Contains("<time datetime=\"14:20\">2:20 p.m. EST</time>", html, StringComparison.Ordinal);
        Assert.Contains(">Background Press Call &lt;on&gt; \"Ports\"</a><span class=\"hint\"> · corrected</span>", html, StringComparison.Ordinal);
        Assert.Contains("data-label=\"Kind\">Background press call</td>", html, StringComparison.Ordinal);
        Assert.Contains("data-label=\"Attribution\">On background</td>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("background-press-call", html, StringComparison.Ordinal);
    }

    [Fact]
    public void The_archive_copy_of_a_record_is_reached_from_its_public_path_only()
    {
        Assert.Equal("/archive/published/press-briefings/2026/03/03/call/questions",
            PublicPaths.ArchiveCopy("/briefing-room/press-briefings/2026/03/03/call/", "questions"));
        Assert.Throws<ArgumentException>(() => PublicPaths.ArchiveCopy("/archive/3/"));
    }
}

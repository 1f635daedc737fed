using BriefingRoom.Formats;
using BriefingRoom.Publishing;
using BriefingRoom.Tests.Specs;
using BriefingRoom.Transcripts;

namespace BriefingRoom.Tests.Publishing;

/// <summary>The 2022-01-08 seed published as if it were our own call: staff names put back, then redacted and published.</summary>
public class SeedPublicationTests
{
    private const string Russia = "2022-01-08-background-press-call-on-russia.md";
    private const string Preview = "2021-12-29-background-press-call-biden-putin-call-preview.md";

    [SkippableFact]
    public void The_published_body_is_the_seeds_body()
    {
        var seed = Seeds.Read(Russia);
        var staff = Unredacted(TranscriptFormats.Read(seed, TranscriptFormat.Markdown));
        Assert.Contains(staff.Turns, t => t.Speaker == JaneVoss.Label);

        var record = JaneVoss.Published(JaneVoss.Request(staff, SeedTitle(seed)));

        Assert.Equal(Body(seed), Body(record.Markdown));
    }

    [SkippableFact]
    public void The_path_is_the_seeds_url_path()
    {
        var seed = Seeds.Read(Russia);
        var staff = Unredacted(TranscriptFormats.Read(seed, TranscriptFormat.Markdown));
        var url = new Uri(TranscriptFormats.Read(seed, TranscriptFormat.Markdown).Metadata.Url!);

        var record = JaneVoss.Published(JaneVoss.Request(staff, SeedTitle(seed)) with { SiteBase = "https://bidenwhitehouse.archives.gov" });

        Assert.Equal(url.AbsolutePath, record.Summary.Path);
        Assert.Equal(url.AbsoluteUri, record.Permalink);
    }

    [SkippableFact]
    public void A_live_seed_published_with_its_own_facts_is_the_seed_byte_for_byte()
    {
        var seed = Seeds.Read(Preview);
        var transcript = TranscriptFormats.Read(seed, TranscriptFormat.Markdown);
        var m = transcript.Metadata;
        Assert.Equal(FrontMatterStyle.Live, m.Style);
        var request = new PublicationRequest(
            transcript, JaneVoss.Ids, m.Title!, m.Tags[0], m.Published!.Value, m.Modified!.Value, "America/New_York", 1, "https://www.whitehouse.gov");

        var record = JaneVoss.Published(request);

        Assert.Equal(seed, record.Markdown);
    }

    private static string Body(string markdown) => markdown[(markdown.IndexOf("\n---\n", 4, StringComparison.Ordinal) + 5)..];

    private static string SeedTitle(string seed) => TranscriptFormats.Read(seed, TranscriptFormat.Markdown).Metadata.Title!;

    /// <summary>The official's turns under her name, and some reporters' mentions of her by name ("Sorry, Jane.").</summary>
    private static Transcript Unredacted(Transcript t)
    {
        string[] names = ["Jane", "Jane Voss", "Voss"];
        var planted = 0;
        Inline Name(Inline inline) =>
            inline is AttributionPlaceholder { Text: "senior administration official" or "Senior administration official" }
                ? new TextRun(names[planted++ % names.Length])
                : inline;
        Turn Unredact(Turn turn) => turn.Speaker == "SENIOR ADMINISTRATION OFFICIAL"
            ? turn with { Speaker = JaneVoss.Label }
            : turn.Role == SpeakerRole.Reporter
                ? turn with { Paragraphs = new(turn.Paragraphs.Select(p => p with { Inlines = InlineText.Normalize(p.Inlines.Select(Name)) })) }
                : turn;
        var staff = t with { Turns = new(t.Turns.Select(Unredact)) };
        Assert.True(planted >= 3, "the seed has reporters' mentions to plant names in");
        return staff;
    }
}

using BriefingRoom.Formats.Markdown;
using BriefingRoom.Protection;
using BriefingRoom.Publishing;
using BriefingRoom.Server.Archive;
using BriefingRoom.Briefings;
using BriefingRoom.Server.Live;
using BriefingRoom.Server.Storage;
using BriefingRoom.TestSupport;
using BriefingRoom.Transcripts;
using Microsoft.Playwright;

namespace BriefingRoom.Browser.Tests;

/// <summary>
/// The public briefing room and the archive as one site: the same header, date formats, labels and correction marks,
/// on a desktop and a phone, with no violation axe-core can find.
/// </summary>
[Collection(nameof(Chromium))]
public sealed class PublicSiteTests(Chromium chromium)
{
    const string Call = """
        ---
        title: Background Press Call on Grain Shipments
        ---

        Via Teleconference

        2:20 P.M. EST

        MODERATOR:  Good afternoon. This call is on background, attributed to a senior administration official.

        SENIOR ADMINISTRATION OFFICIAL:  Thanks. The <s>framework</s> \[timetable\] for the corridor holds through the spring.

        Q    How many ships have left Odesa?

        SENIOR ADMINISTRATION OFFICIAL:  Eleven so far.

        2:41 P.M. EST
        """;

    public static TheoryData<int, int> Sizes => new() { { 1366, 900 }, { 390, 844 } };

    [SkippableTheory]
    [MemberData(nameof(Sizes))]
    public async Task The_public_index_and_page_share_the_archives_header_words_and_marks_and_fit_the_screen(int width, int height)
    {
        var folder = Directory.CreateTempSubdirectory("briefing-browser-public-").FullName;
        try
        {
            await using var server = await PublishedServerAsync(folder);
            await using var context = await chromium.NewContextAsync(new() { ViewportSize = new() { Width = width, Height = height }, BypassCSP = true });
            var page = await context.NewPageAsync();

            await page.GotoAsync(new Uri(server.Address, "/briefing-room/").ToString());
            var row = page.Locator("table.public tbody tr").First;
            await Assertions.Expect(row).ToContainTextAsync("Mar 3, 2026");
            await Assertions.Expect(row).ToContainTextAsync("2:20 p.m. EST");
            await Assertions.Expect(row).ToContainTextAsync("Background press call");
            await Assertions.Expect(row).ToContainTextAsync("On background");
            await FitsAndPassesAsync(page, width, $"public-index-{width}");

            await row.GetByRole(AriaRole.Link).ClickAsync();
            await Assertions.Expect(page.Locator("article.transcript .facts")).ToContainTextAsync("Tuesday, March 3, 2026, 2:20 p.m. EST · Background press call · On background");
            await Assertions.Expect(page.Locator("article.transcript del")).ToHaveTextAsync("framework");
            await Assertions.Expect(page.Locator("article.transcript ins")).ToHaveTextAsync("[timetable]");
            await FitsAndPassesAsync(page, width, $"public-page-{width}");
            var publicPage = page.Url;
            foreach (var download in new[] { "Markdown", "JSON", "Akoma Ntoso", "CSV of turns" })
            {
                var href = await page.GetByRole(AriaRole.Link, new() { Name = download, Exact = true }).GetAttributeAsync("href");
                var response = await page.APIRequest.GetAsync(new Uri(server.Address, href).ToString());
                Assert.True(response.Ok, $"{download} ({href}) answered {response.Status}");
            }

            // The archive copy renders the correction the same way, from the same code, under the same header.
            await page.GetByRole(AriaRole.Link, new() { Name = "In the archive" }).ClickAsync();
            await Assertions.Expect(page.Locator(".facts")).ToContainTextAsync("Tuesday, March 3, 2026, 2:20 p.m. EST · Background press call · On background · Published here");
            await Assertions.Expect(page.Locator("article.archived del")).ToHaveTextAsync("framework");
            await Assertions.Expect(page.Locator("article.archived ins")).ToHaveTextAsync("[timetable]");
            await Assertions.Expect(page.Locator("strong", new() { HasText = "MODERATOR" }).Locator("xpath=..")).ToHaveTextAsync("MODERATOR");
            await FitsAndPassesAsync(page, width, $"public-archive-copy-{width}");
            await page.GotoAsync(publicPage);
            await page.GetByRole(AriaRole.Link, new() { Name = "Questions and answers" }).ClickAsync();
            await Assertions.Expect(page.Locator("section.qa")).ToHaveCountAsync(1);

            // Every link of the shared header leads where it says.
            foreach (var (name, path) in new[] { ("Archive", "/archive/"), ("Search", "/archive/search"), ("Sign in", "/sign-in"), ("Briefing room", "/briefing-room/") })
            {
                await page.GotoAsync(publicPage);
                await page.Locator("header.site").GetByRole(AriaRole.Link, new() { Name = name, Exact = true }).ClickAsync();
                Assert.Equal(path, new Uri(page.Url).AbsolutePath);
            }
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    static async Task FitsAndPassesAsync(IPage page, int width, string name)
    {
        var scroll = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
        Assert.True(scroll <= width, $"{page.Url} is {scroll} px wide in a {width} px window");
        await Chromium.ScreenshotAsync(page, name);
        await Axe.AssertNoViolationsAsync(page, page.Url);
    }

    // A server whose database holds one published record, its archive copy and its call's opening, stored as the publication service stores them.
    static async Task<RunningServer> PublishedServerAsync(string folder)
    {
        var file = Path.Combine(folder, "public.db");
        var server = await RunningServer.StartAsync(DatabaseChoice.Sqlite(file));
        var opened = new DateTimeOffset(2026, 3, 3, 19, 20, 0, TimeSpan.Zero);
        var staff = MarkdownReader.Read(Call) with { Start = new TimeMark("2:20 P.M. EST", new TimeOnly(14, 20), "EST") };
        staff = staff with { Metadata = staff.Metadata with { Date = new DateOnly(2026, 3, 3) }, GroundRules = GroundRules.NotStated with { Attribution = AttributionLevel.Background } };
        var record = (PublicRecord)Publisher.Publish(new PublicationRequest(staff, new ProtectedIdentities([], [], []), "Background Press Call on Grain Shipments",
            "press-briefings", opened.AddHours(1), opened.AddHours(1), "America/New_York", 1, ""));
        await using var db = server.Database.CreateContext();
        var briefing = new BriefingRow { Title = record.Summary.Title, StartsAt = opened, TimeZone = "America/New_York", Phase = "Concluded", Lifted = true, PublicPath = record.Summary.Path, CreatedAt = opened };
        db.Briefings.Add(briefing);
        await db.SaveChangesAsync();
        db.Events.Add(new EventRow { BriefingId = briefing.Id, Seq = 1, At = opened, Actor = "test", Type = EventNames.Of(new CallOpened()),
            Payload = System.Text.Json.JsonSerializer.Serialize<BriefingEvent>(new CallOpened(), EventJson.Options) });
        var entry = ArchiveEntry.From(record.Transcript, "published", opened, briefing.Id, record.Markdown);
        entry.Document.Paragraphs = [.. entry.Paragraphs];
        db.ArchiveDocuments.Add(entry.Document);
        var s = record.Summary;
        db.Publications.Add(new PublicationRow
        {
            BriefingId = briefing.Id, Version = 1, Path = s.Path, Title = s.Title, Section = "press-briefings", Date = s.Date,
            Published = s.Published.ToUniversalTime(), Modified = s.Modified.ToUniversalTime(), Summary = s.Summary,
            Markdown = record.Markdown, Html = record.Html, Json = record.Json,
        });
        await db.SaveChangesAsync();
        return server;
    }
}

using BriefingRoom.Server.CommandLine;
using BriefingRoom.Server.Storage;
using BriefingRoom.TestSupport;
using Microsoft.Playwright;

namespace BriefingRoom.Browser.Tests;

/// <summary>A reader in the archive: the index, a transcript, a ¶ permalink that lands on its paragraph, and the questions and answers.</summary>
[Collection(nameof(Chromium))]
public sealed class ArchiveTests(Chromium chromium)
{
    const string Call = """
        ---
        tags: press-briefings
        date: '2023-03-02'
        source_url: https://example.gov/briefing-room/2023/03/02/background-press-call-on-grain-shipments/
        title: Background Press Call on Grain Shipments
        ---

        Via Teleconference

        10:02 A.M. EST

        MODERATOR:  Good morning, everyone. This call is on background, attributed to a senior administration official.

        SENIOR ADMINISTRATION OFFICIAL:  Thanks. Ships left Odesa this week carrying grain for East Africa, and we expect more to follow.

        MODERATOR:  Our first question goes to the Evening Star.

        Q    How many ships, and who inspects them before they reach the Bosporus?

        SENIOR ADMINISTRATION OFFICIAL:  Eleven so far. Inspection teams in Istanbul check each one.

        The teams include observers from both sides.

        Q    Will the corridor stay open past the spring?

        OPERATOR:  That was the final question.

        10:31 A.M. EST
        """;

    [SkippableFact]
    public async Task A_reader_browses_the_archive_follows_a_permalink_and_reads_the_questions()
    {
        var folder = Directory.CreateTempSubdirectory("briefing-browser-archive-").FullName;
        try
        {
            await using var server = await ArchiveServerAsync(folder);
            await using var context = await chromium.NewContextAsync();
            var page = await context.NewPageAsync();

            await page.GotoAsync(new Uri(server.Address, "/sign-in").ToString()); // the site header on every page of the app links to the archive
            await page.GetByRole(AriaRole.Link, new() { Name = "Archive", Exact = true }).ClickAsync();
            await Assertions.Expect(page.Locator("table.archive tbody tr").First).ToContainTextAsync("Background Press Call on Grain Shipments");
            await Chromium.ScreenshotAsync(page, "archive-1-index");

            await page.GetByLabel("Kind").SelectOptionAsync("background-press-call");
            await page.GetByLabel("From").FillAsync("2023-01-01");
            await page.GetByRole(AriaRole.Button, new() { Name = "Show" }).ClickAsync();
            await Assertions.Expect(page.Locator("table.archive tbody tr")).ToHaveCountAsync(1);

            await page.GetByRole(AriaRole.Link, new() { Name = "Background Press Call on Grain Shipments" }).ClickAsync();
            await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Background Press Call on Grain Shipments");
            await Assertions.Expect(page.Locator(".role-reporter").First).ToBeVisibleAsync();
            await Chromium.ScreenshotAsync(page, "archive-2-transcript");

            var paragraph = page.Locator("p", new() { HasText = "Eleven so far." });
            await paragraph.HoverAsync();
            await paragraph.GetByRole(AriaRole.Link, new() { Name = "Link to this paragraph" }).ClickAsync();
            var anchor = await paragraph.GetAttributeAsync("id");
            Assert.EndsWith("#" + anchor, page.Url, StringComparison.Ordinal);
            await page.ReloadAsync(); // the permalink, opened afresh, lands on its paragraph
            await Assertions.Expect(page.Locator(":target")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("^Eleven so far"));
            await Chromium.ScreenshotAsync(page, "archive-3-permalink");

            await page.GetByRole(AriaRole.Link, new() { Name = "Questions and answers" }).ClickAsync();
            var questions = page.Locator("section.qa");
            await Assertions.Expect(questions).ToHaveCountAsync(2);
            await Assertions.Expect(questions.First).ToContainTextAsync("The teams include observers from both sides.");
            await Assertions.Expect(questions.Nth(1)).ToContainTextAsync("No answer followed this question.");
            await Chromium.ScreenshotAsync(page, "archive-4-questions");

            await questions.First.Locator("p", new() { HasText = "Eleven so far." }).GetByRole(AriaRole.Link).ClickAsync();
            Assert.EndsWith("#" + anchor, page.Url, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [SkippableFact]
    public async Task On_a_phone_the_archive_and_search_fit_the_width_and_pass_the_accessibility_check()
    {
        var folder = Directory.CreateTempSubdirectory("briefing-browser-phone-").FullName;
        try
        {
            await using var server = await ArchiveServerAsync(folder);
            await using var context = await chromium.NewContextAsync(new() { ViewportSize = new() { Width = 390, Height = 844 }, BypassCSP = true });
            var page = await context.NewPageAsync();
            foreach (var (path, name) in new[] { ("/archive/", "phone-archive-index"), ("/archive/search?q=inspection", "phone-archive-search") })
            {
                await page.GotoAsync(new Uri(server.Address, path).ToString());
                var width = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
                Assert.True(width <= 390, $"{path} is {width} px wide on a 390 px phone");
                await Chromium.ScreenshotAsync(page, name);
                await Axe.AssertNoViolationsAsync(page, path);
            }
            // The facets come after the results on a phone; a link before the results reaches them.
            await page.GetByRole(AriaRole.Link, new() { Name = "Narrow the search (year, kind, speaker)" }).ClickAsync();
            Assert.EndsWith("#facets", page.Url, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    // A server over an archive, in the folder, of the grain call and the seeds where they are beside the checkout.
    private static Task<RunningServer> ArchiveServerAsync(string folder)
    {
        File.WriteAllText(Path.Combine(folder, "grain.md"), Call);
        var sources = RepositoryPaths.Seeds() is { } seeds ? Directory.GetFiles(seeds, "2*.md") : [];
        var file = Path.Combine(folder, "archive.db");
        Assert.Equal(Cli.Ok, Cli.Run(["import", Path.Combine(folder, "grain.md"), .. sources, "--database", file], TextReader.Null, new StringWriter(), new StringWriter()));
        return RunningServer.StartAsync(DatabaseChoice.Sqlite(file));
    }
}

using System.Text.RegularExpressions;
using BriefingRoom.Server.CommandLine;
using BriefingRoom.Server.Storage;
using BriefingRoom.TestSupport;
using Microsoft.Playwright;

namespace BriefingRoom.Browser.Tests;

/// <summary>A reporter searches the archive in a browser: types a query, narrows it to reporters' questions, pages, and opens a hit.</summary>
[Collection(nameof(Chromium))]
public sealed class ArchiveSearchTests(Chromium chromium)
{
    [SkippableFact]
    public async Task A_reporter_searches_narrows_to_questions_pages_and_opens_a_paragraph()
    {
        var folder = Directory.CreateTempSubdirectory("briefing-browser-search-").FullName;
        var file = Path.Combine(folder, "archive.db");
        try
        {
            File.WriteAllText(Path.Combine(folder, "gaggle.md"), Transcript("2023-06-01", "Press Gaggle on the Ceasefire", 30));
            File.WriteAllText(Path.Combine(folder, "call.md"), Transcript("2021-02-11", "Background Press Call on the Ceasefire Talks", 4));
            Assert.Equal(Cli.Ok, Cli.Run(["import", folder, "--database", file], TextReader.Null, new StringWriter(), new StringWriter()));
            await using var server = await RunningServer.StartAsync(DatabaseChoice.Sqlite(file));
            await using var context = await chromium.NewContextAsync();
            var page = await context.NewPageAsync();
            await page.GotoAsync(new Uri(server.Address, "/sign-in").ToString());
            await page.GetByRole(AriaRole.Link, new() { Name = "Search", Exact = true }).ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "How to write a query" })).ToBeVisibleAsync();
            await Chromium.ScreenshotAsync(page, "search-1-cheat-sheet");

            await page.GetByLabel("Search for").FillAsync("ceasefire");
            await page.GetByLabel("Search for").PressAsync("Enter");
            await Assertions.Expect(page.Locator("h2.count")).ToHaveTextAsync("1–20 of 68 paragraphs");
            await Assertions.Expect(page.Locator("li.hit mark").First).ToHaveTextAsync(new Regex("^ceasefire$", RegexOptions.IgnoreCase));
            await Chromium.ScreenshotAsync(page, "search-2-results");

            await page.Locator("aside.facets").GetByRole(AriaRole.Link, new() { Name = "Reporters' questions" }).ClickAsync();
            await Assertions.Expect(page.Locator("h2.count")).ToHaveTextAsync("1–20 of 34 paragraphs");
            await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Remove filter Who spoke: Reporters' questions" })).ToBeVisibleAsync();
            await page.GetByRole(AriaRole.Link, new() { Name = "Next →" }).ClickAsync();
            await Assertions.Expect(page.Locator("h2.count")).ToHaveTextAsync("21–34 of 34 paragraphs");
            await Assertions.Expect(page.GetByLabel("Who spoke", new() { Exact = true })).ToHaveValueAsync("reporter");
            await Assertions.Expect(page.Locator("li.hit .role")).ToHaveTextAsync(Enumerable.Repeat("Reporter", 14).ToArray());
            await Chromium.ScreenshotAsync(page, "search-3-questions-page-2");

            var hit = page.Locator("li.hit h3 a").First;
            var href = await hit.GetAttributeAsync("href");
            Assert.Matches("^/archive/[0-9]+/#p-[0-9a-f]{10}$", href);
            await hit.ClickAsync();
            await page.WaitForURLAsync(new Regex(Regex.Escape(href!) + "$"));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    // A transcript with no source URL, so its hits link to the archive's own page, asking and answering about the ceasefire.
    private static string Transcript(string date, string title, int questions) => $"""
        ---
        tags: press-briefings
        date: '{date}'
        title: {title}
        ---

        Via Teleconference

        2:03 P.M. EDT

        {string.Join("\n\n", Enumerable.Range(1, questions).Select(i => $"Q    On the ceasefire, what changed on day {i}?\n\nMS. HALE:  The ceasefire held on day {i}; monitors report no shelling."))}

        2:30 P.M. EDT
        """;
}

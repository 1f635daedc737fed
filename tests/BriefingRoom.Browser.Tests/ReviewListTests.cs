using System.Net.Http.Json;
using System.Text.Json;
using BriefingRoom.Server.Storage;
using BriefingRoom.TestSupport;
using Microsoft.Playwright;

namespace BriefingRoom.Browser.Tests;

/// <summary>
/// The publisher's review list in the control room, in real Chromium: before approval it shows each change the
/// redactor will make (the protected words marked staff-only) and each self-identification, a link leads to the
/// paragraph, a correction updates the list without a reload, and after approval the list of the published record stays.
/// </summary>
[Collection(nameof(Chromium))]
public sealed class ReviewListTests(Chromium chromium)
{
    const string Password = "browser-password-1";
    static readonly string[] RoomRoles = ["moderator", "stenographer", "publisher"];
    static readonly string[] Aliases = ["Marguerite", "Quillfeather", "Mags"];

    [SkippableTheory]
    [InlineData(Screens.Laptop)]
    [InlineData(Screens.Phone)]
    public async Task The_publisher_reviews_every_replacement_before_approving_and_the_record_keeps_the_list(string screen)
    {
        var file = Path.Combine(Path.GetTempPath(), $"briefing-review-{Guid.NewGuid():N}.db");
        await using var server = await RunningServer.StartAsync(DatabaseChoice.Sqlite(file));
        try
        {
            using var admin = await server.SignInAsAdminAsync();
            (await admin.PostAsJsonAsync("/api/accounts", new { email = "room@press.gov", name = "Control Room", roles = RoomRoles, password = Password })).EnsureSuccessStatusCode();
            using var room = await server.SignInAsync("room@press.gov", Password);
            var id = await CanariesBriefing.ScheduleAsync(room, "after-approval", Aliases);
            var official = await RunCallAsync(room, id);

            await using var context = await chromium.NewContextAsync(new() { ViewportSize = Screens.Of(screen), BypassCSP = true });
            var page = await WholeCallTests.SignInAsync(context, server, "room@press.gov", $"/staff/briefings/{id}", Password);
            var review = page.Locator("#redaction-review");
            await Assertions.Expect(review.Locator("h3")).ToHaveTextAsync("What the redactor will change");
            var rows = review.Locator("table.review-changes tbody tr");
            await Assertions.Expect(rows).ToHaveCountAsync(3);
            await Assertions.Expect(rows.Nth(0)).ToContainTextAsync("Mags");
            await Assertions.Expect(review.Locator("mark.staff-only").First).ToBeVisibleAsync();
            await Assertions.Expect(review.Locator(".review-findings li")).ToHaveTextAsync($"paragraph {official}.2: “Marguerite Quillfeather” identifies the speaker as Marguerite Quillfeather of SENIOR ADMINISTRATION OFFICIAL");
            await Screens.AssertFitsAsync(page, screen, "review-1-before-approval");
            await review.ScreenshotAsync(new() { Path = Path.Combine(RepositoryPaths.Root, "artifacts", "screenshots", $"review-1-panel-{screen}.png") });

            // The link leads to the paragraph in the staff transcript, which is then in view and marked.
            await review.Locator(".review-findings a").ClickAsync();
            var target = page.Locator($"#p-{official}-2");
            await Assertions.Expect(target).ToBeInViewportAsync();
            Assert.Equal($"#p-{official}-2", new Uri(page.Url).Fragment);
            Assert.Equal(await target.EvaluateAsync<string>("p => getComputedStyle(p).backgroundColor"), await page.EvaluateAsync<string>("() => getComputedStyle(document.querySelector(':target')).backgroundColor"));

            // A correction that puts the nickname in is one change more, listed without a reload.
            (await room.PostAsJsonAsync($"/api/briefings/{id}/turns/{official}/paragraphs/1/corrections", new { start = "Thank you, and ".Length, length = "good afternoon".Length, replacement = "good afternoon, Mags here" })).EnsureSuccessStatusCode();
            await Assertions.Expect(rows).ToHaveCountAsync(4, new() { Timeout = 10000 });

            // So does a nickname added to the plan after the call.
            var plan = JsonSerializer.Deserialize<Dictionary<string, object?>>((await room.GetFromJsonAsync<JsonElement>($"/api/briefings/{id}")).GetProperty("plan").GetRawText())!;
            plan["speakers"] = new[] { new { key = "s1", name = "Marguerite Quillfeather", aliases = (string[])[.. Aliases, "Peggy"], label = "Senior Administration Official" } };
            (await room.PutAsJsonAsync($"/api/briefings/{id}/plan", plan)).EnsureSuccessStatusCode();
            await Assertions.Expect(rows).ToHaveCountAsync(5, new() { Timeout = 10000 });

            await page.GetByRole(AriaRole.Button, new() { Name = "Approve for publication" }).ClickAsync();
            await page.Locator("#confirm").GetByRole(AriaRole.Button, new() { Name = "Approve and publish" }).ClickAsync();
            await Assertions.Expect(page.Locator("#publication-state")).ToHaveTextAsync("Published.", new() { Timeout = 10000 });
            await Assertions.Expect(page.Locator("#redaction-review h3")).ToHaveTextAsync("The redactor made these 5 changes", new() { Timeout = 10000 });
            await Assertions.Expect(page.Locator("#redaction-review table.review-changes tbody tr")).ToHaveCountAsync(5);
            await Screens.AssertFitsAsync(page, screen, "review-2-published");
            await page.Locator("#redaction-review").ScreenshotAsync(new() { Path = Path.Combine(RepositoryPaths.Root, "artifacts", "screenshots", $"review-2-panel-{screen}.png") });
        }
        finally
        {
            foreach (var suffix in (string[])["", "-wal", "-shm", "-journal"])
            {
                File.Delete(file + suffix);
            }
        }
    }

    // The moderator hands over by nickname; the official thanks and then names herself in a first-person frame.
    static async Task<int> RunCallAsync(HttpClient room, long id)
    {
        var api = $"/api/briefings/{id}";
        (await room.PostAsync($"{api}/open", null)).EnsureSuccessStatusCode();
        await TurnAsync(room, api, "moderator", "Thanks, Mags, over to you, Peggy.");
        var official = await TurnAsync(room, api, "s1", "Thank you, and good afternoon.", "As Marguerite Quillfeather, I have seen the plan; it goes ahead tomorrow.");
        (await room.PostAsync($"{api}/conclude?confirm=true", null)).EnsureSuccessStatusCode();
        return official;
    }

    static async Task<int> TurnAsync(HttpClient room, string api, string speaker, params string[] paragraphs)
    {
        var started = await room.PostAsJsonAsync($"{api}/turns", new { speaker });
        started.EnsureSuccessStatusCode();
        var turn = JsonDocument.Parse(await started.Content.ReadAsStringAsync()).RootElement.GetProperty("turnId").GetInt32();
        foreach (var text in paragraphs)
        {
            (await room.PostAsJsonAsync($"{api}/turns/{turn}/paragraphs", new { text })).EnsureSuccessStatusCode();
        }
        return turn;
    }
}

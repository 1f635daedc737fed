using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using BriefingRoom.Server.Storage;
using BriefingRoom.TestSupport;
using Microsoft.Playwright;

namespace BriefingRoom.Browser.Tests;

/// <summary>
/// A whole background call in three browsers: the control room (one account holding moderator, operator,
/// stenographer and publisher), and two reporters from different outlets, through to the public page.
/// </summary>
[Collection(nameof(Chromium))]
public sealed class WholeCallTests(Chromium chromium)
{
    const string Official = "Marguerite Quillfeather";
    const string Password = "browser-password-1";
    static readonly string[] RoomRoles = ["moderator", "operator", "stenographer", "publisher"];

    [SkippableFact]
    public async Task A_call_runs_from_the_schedule_form_to_the_public_page_without_naming_the_official()
    {
        var file = Path.Combine(Path.GetTempPath(), $"briefing-browser-{Guid.NewGuid():N}.db");
        try
        {
            await using var server = await RunningServer.StartAsync(DatabaseChoice.Sqlite(file));
            await PeopleAsync(server);
            await using var room = await chromium.NewContextAsync();
            await using var a = await chromium.NewContextAsync();
            await using var b = await chromium.NewContextAsync();
            var control = await SignInAsync(room, server, "room@press.gov", "/staff/briefings/new");

            // Schedule through the form, admitting both reporters.
            await control.GetByLabel("Title", new() { Exact = true }).FillAsync("Background Press Call on Canaries");
            await control.GetByLabel("Starts", new() { Exact = true }).FillAsync("2026-11-24T13:00");
            await control.Locator("#f-speakers-0-name").FillAsync(Official);
            await control.Locator("#f-speakers-0-aliases").FillAsync("Quill, Deputy Canary Advisor");
            await control.GetByLabel("Alex Reed, Daily Planet").CheckAsync();
            await control.GetByLabel("Blair Stone, Evening Star").CheckAsync();
            await Chromium.ScreenshotAsync(control, "call-1-schedule-form");
            await control.GetByRole(AriaRole.Button, new() { Name = "Schedule the briefing" }).ClickAsync();
            await Assertions.Expect(control.Locator("#phase")).ToHaveTextAsync("Scheduled");
            var roomUrl = control.Url;
            var id = Regex.Match(roomUrl, @"/staff/briefings/(\d+)").Groups[1].Value;

            var pageA = await SignInAsync(a, server, "alex@news.example", $"/briefings/{id}");
            var pageB = await SignInAsync(b, server, "blair@news.example", $"/briefings/{id}");
            await Assertions.Expect(pageA.Locator("aside.rules")).ToContainTextAsync("senior administration official");
            // This server runs without a media server: both sides read that the call has no audio, and why.
            await Assertions.Expect(control.Locator("#audio-status")).ToContainTextAsync("Audio is off: this server runs calls without audio. The call runs as before, with its typed transcript.");
            await Assertions.Expect(pageA.Locator("#audio-status")).ToHaveTextAsync("Audio is off: this server runs calls without audio. The call goes on: follow it in the live transcript.");

            // Open the call; the stenographer gives the official the floor with Alt+2 and types.
            await control.GetByRole(AriaRole.Button, new() { Name = "Open the call" }).ClickAsync();
            await Assertions.Expect(control.Locator("#phase")).ToHaveTextAsync("LIVE", new() { Timeout = 3000 });
            await Assertions.Expect(pageA.Locator("#phase")).ToHaveTextAsync("LIVE", new() { Timeout = 3000 });
            await control.Locator("#paragraph").FocusAsync();
            await control.Keyboard.PressAsync("Alt+2");
            await Assertions.Expect(control.Locator("#current-speaker")).ToHaveTextAsync($"{Official.ToUpperInvariant()} (SENIOR ADMINISTRATION OFFICIAL)", new() { Timeout = 3000 });
            await control.Locator("#paragraph").FillAsync("Thanks, everybody. The canary plan goes ahead tomorrow.");
            await control.Locator("#paragraph").PressAsync("Enter");
            await Assertions.Expect(pageA.Locator("#transcript")).ToContainTextAsync("The canary plan goes ahead tomorrow.", new() { Timeout = 3000 });
            await Assertions.Expect(pageB.Locator("#transcript")).ToContainTextAsync("SENIOR ADMINISTRATION OFFICIAL Thanks, everybody.");

            // Both raise hands and see their places update live.
            await pageA.GetByRole(AriaRole.Button, new() { Name = "Raise hand" }).ClickAsync();
            await Assertions.Expect(pageA.Locator("#place")).ToHaveTextAsync("You are number 1 in line (1 waiting).", new() { Timeout = 3000 });
            await pageB.GetByRole(AriaRole.Button, new() { Name = "Raise hand" }).ClickAsync();
            await Assertions.Expect(pageB.Locator("#place")).ToHaveTextAsync("You are number 2 in line (2 waiting).", new() { Timeout = 3000 });
            await Assertions.Expect(pageA.Locator("#place")).ToHaveTextAsync("You are number 1 in line (2 waiting).", new() { Timeout = 3000 });
            await Assertions.Expect(control.Locator("#queue-rows tr")).ToHaveCountAsync(2, new() { Timeout = 3000 });
            await Chromium.ScreenshotAsync(pageB, "call-2-reporter-in-line");
            await Chromium.ScreenshotAsync(control, "call-3-control-room-queue");

            // The operator opens A's line: both reporters see the OPERATOR turn, B moves up.
            await control.Locator("#queue-rows tr", new() { HasText = "Alex Reed" }).GetByRole(AriaRole.Button, new() { Name = "Open line" }).ClickAsync();
            await Assertions.Expect(pageA.Locator("#place")).ToHaveTextAsync("Your line is open — speak now.", new() { Timeout = 3000 });
            await Assertions.Expect(pageB.Locator("#place")).ToHaveTextAsync("You are number 1 in line (1 waiting).", new() { Timeout = 3000 });
            await Assertions.Expect(pageA.Locator("#transcript")).ToContainTextAsync("OPERATOR Alex, your line is open.", new() { Timeout = 3000 });
            await Assertions.Expect(pageB.Locator("#transcript")).ToContainTextAsync("OPERATOR Alex, your line is open.", new() { Timeout = 3000 });
            await Assertions.Expect(control.Locator("#open-line")).ToHaveTextAsync("Alex Reed, Daily Planet", new() { Timeout = 3000 });
            await Assertions.Expect(pageA.GetByRole(AriaRole.Button, new() { Name = "Raise hand" })).ToBeHiddenAsync();
            await Assertions.Expect(pageA.GetByRole(AriaRole.Button, new() { Name = "Withdraw" })).ToBeHiddenAsync();

            // The question and the answer, by hot key.
            await control.Keyboard.PressAsync("Alt+Q");
            await Assertions.Expect(control.Locator("#current-speaker")).ToHaveTextAsync("Q (reporter on the open line)", new() { Timeout = 3000 });
            await control.Locator("#paragraph").FillAsync("Will the plan change?");
            await control.Locator("#paragraph").PressAsync("Enter");
            await control.Keyboard.PressAsync("Alt+2");
            await control.Locator("#paragraph").FillAsync("No. Quill has said so before, and it stands.");
            await control.Locator("#paragraph").PressAsync("Enter");
            await Assertions.Expect(pageB.Locator("#transcript")).ToContainTextAsync("it stands.", new() { Timeout = 3000 });
            await Chromium.ScreenshotAsync(control, "call-4-control-room-live");
            await Chromium.ScreenshotAsync(pageA, "call-5-reporter-line-open");

            // Conclude: the embargo lifts and the record publishes itself.
            await control.GetByLabel("This ends the call and lifts the embargo now.").CheckAsync();
            await control.GetByRole(AriaRole.Button, new() { Name = "Conclude the call" }).ClickAsync();
            await Assertions.Expect(pageA.Locator("#phase")).ToHaveTextAsync("The call has ended", new() { Timeout = 3000 });
            foreach (var reporter in new[] { pageA, pageB })
            {
                await reporter.ReloadAsync();
                var text = await reporter.Locator("main").InnerTextAsync();
                Assert.Contains("SENIOR ADMINISTRATION OFFICIAL", text, StringComparison.Ordinal);
                Assert.DoesNotContain("Quillfeather", text, StringComparison.OrdinalIgnoreCase);
                Assert.DoesNotContain("Marguerite", text, StringComparison.OrdinalIgnoreCase);
            }
            await Chromium.ScreenshotAsync(pageB, "call-6-reporter-concluded");

            var publicPath = await PublishedPathAsync(control, roomUrl);
            var publicPage = await a.NewPageAsync();
            await publicPage.GotoAsync(new Uri(server.Address, publicPath).ToString());
            await Assertions.Expect(publicPage.Locator("article.transcript")).ToContainTextAsync("The canary plan goes ahead tomorrow.");
            var html = await publicPage.ContentAsync();
            Assert.DoesNotContain("Quillfeather", html, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("Marguerite", html, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("Quill,", html, StringComparison.OrdinalIgnoreCase);
            await Chromium.ScreenshotAsync(publicPage, "call-7-public-page");
            await control.ReloadAsync();
            await Chromium.ScreenshotAsync(control, "call-8-control-room-published");
        }
        finally
        {
            foreach (var suffix in (string[])["", "-wal", "-shm", "-journal"])
            {
                File.Delete(file + suffix);
            }
        }
    }

    // The record is published in the background once the call concludes; the control room shows its link.
    static async Task<string> PublishedPathAsync(IPage control, string roomUrl)
    {
        for (var attempt = 0; attempt < 50; attempt++)
        {
            await control.GotoAsync(roomUrl);
            // The public page's link, not the review list's links to paragraphs, which show before it.
            var link = control.Locator(".publication a[href^='/briefing-room/']");
            if (await link.CountAsync() > 0)
            {
                return (await link.GetAttributeAsync("href"))!;
            }
            await Task.Delay(200);
        }
        throw new InvalidOperationException("the record was not published within 10 s: " + await control.Locator(".publication").InnerTextAsync());
    }

    internal static async Task<IPage> SignInAsync(IBrowserContext context, RunningServer server, string email, string path, string password = Password)
    {
        var page = await context.NewPageAsync();
        await page.GotoAsync(new Uri(server.Address, path).ToString());
        await page.GetByLabel("E-mail address").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.WaitForLoadStateAsync();
        return page;
    }

    // Accounts are set up over the JSON API; the call itself runs in the browsers.
    static async Task PeopleAsync(RunningServer server)
    {
        using var admin = await server.SignInAsAdminAsync();
        using var anonymous = server.NewClient();
        (await admin.PostAsJsonAsync("/api/accounts", new { email = "room@press.gov", name = "Control Room", roles = RoomRoles, password = Password })).EnsureSuccessStatusCode();
        foreach (var (email, name, outlet) in new[] { ("alex@news.example", "Alex Reed", "Daily Planet"), ("blair@news.example", "Blair Stone", "Evening Star") })
        {
            var created = await anonymous.PostAsJsonAsync("/api/reporters", new { email, name, outlet, password = Password });
            var id = JsonDocument.Parse(await created.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetInt64();
            (await admin.PostAsync($"/api/accounts/{id}/verify", null)).EnsureSuccessStatusCode();
        }
    }
}

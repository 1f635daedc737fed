using System.Net.Http.Json;
using System.Text.Json;
using BriefingRoom.Server.Storage;
using BriefingRoom.TestSupport;
using Microsoft.Playwright;

namespace BriefingRoom.Browser.Tests;

/// <summary>
/// Every page staff and reporters use besides the control room (ControlRoomTests has it), at a laptop's and a phone's
/// size: it fits the width with no sideways scroll, passes axe-core, and its forms put each label above its field with
/// the hint and the error beside it; a field that does not apply is disabled with the reason.
/// </summary>
[Collection(nameof(Chromium))]
public sealed class StaffPagesTests(Chromium chromium)
{
    const string Password = "browser-password-1";
    static readonly string[] ModeratorOnly = ["moderator"];

    [SkippableTheory]
    [InlineData(Screens.Laptop)]
    [InlineData(Screens.Phone)]
    public async Task Every_staff_and_reporter_page_fits_the_screen_and_passes_the_accessibility_check(string screen)
    {
        var file = Path.Combine(Path.GetTempPath(), $"briefing-staff-{Guid.NewGuid():N}.db");
        try
        {
            await using var server = await RunningServer.StartAsync(DatabaseChoice.Sqlite(file));
            await PeopleAsync(server);
            await using var context = await chromium.NewContextAsync(new() { ViewportSize = Screens.Of(screen), BypassCSP = true });
            var page = await context.NewPageAsync();

            await page.GotoAsync(new Uri(server.Address, "/sign-in").ToString());
            await Screens.AssertFitsAsync(page, screen, "staff-1-sign-in");
            await page.GotoAsync(new Uri(server.Address, "/register").ToString());
            await Screens.AssertFitsAsync(page, screen, "staff-2-register");

            // The admin's dashboard: the briefings and the reporters awaiting verification, both stacked on a phone.
            page = await WholeCallTests.SignInAsync(context, server, "admin@localhost", "/staff", server.AdminPassword);
            await Assertions.Expect(page.Locator("table.list").First).ToContainTextAsync("Background Press Call on Canaries");
            await Assertions.Expect(page.Locator("td[data-label=Starts]").First).ToHaveTextAsync("1:00 P.M. EST, November 24, 2026");
            await Assertions.Expect(page.Locator("td[data-label=Phase]").First).ToHaveTextAsync("Scheduled");
            await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Verify Casey Moss" })).ToBeVisibleAsync();
            // Roles read as words, not the stored values ("admin").
            await Assertions.Expect(page.GetByRole(AriaRole.Checkbox, new() { Name = "Administrator", Exact = true })).ToBeVisibleAsync();
            await Screens.AssertFitsAsync(page, screen, "staff-3-dashboard");
            await page.GetByRole(AriaRole.Button, new() { Name = "Verify Casey Moss" }).ClickAsync();
            await Assertions.Expect(page.Locator("main > .notice")).ToHaveTextAsync("Casey Moss (Morning Post) is verified.");
            await Assertions.Expect(page.Locator("main > .notice")).ToBeFocusedAsync();

            // The schedule form: the label above its field, the hint under the label, and an embargo time only when it applies.
            await page.GotoAsync(new Uri(server.Address, "/staff/briefings/new").ToString());
            var title = page.GetByLabel("Title", new() { Exact = true });
            var label = (await page.Locator("label[for=f-title]").BoundingBoxAsync())!;
            var field = (await title.BoundingBoxAsync())!;
            Assert.True(label.Y + label.Height <= field.Y, $"the label (bottom {label.Y + label.Height}) is not above its field (top {field.Y})");
            Assert.True(Math.Abs(label.X - field.X) < 1, $"the label starts at x={label.X}, its field at x={field.X}");
            Assert.Contains("f-title-hint", await title.GetAttributeAsync("aria-describedby"), StringComparison.Ordinal);
            var until = page.GetByLabel("Embargoed until");
            await Assertions.Expect(until).ToBeDisabledAsync();
            await Assertions.Expect(page.Locator("#f-embargoUntil-not-applicable")).ToContainTextAsync("Not used: this embargo lifts when the call concludes");
            await Screens.AssertFitsAsync(page, screen, "staff-4-schedule-form");
            await page.GetByLabel("Embargo", new() { Exact = true }).SelectOptionAsync("until-instant");
            await Assertions.Expect(until).ToBeEnabledAsync();
            await Assertions.Expect(page.Locator("#f-embargoUntil-not-applicable")).ToBeHiddenAsync();

            // Errors beside each field: the title left empty says so right under it.
            await page.GetByLabel("Embargo", new() { Exact = true }).SelectOptionAsync("until-conclusion");
            await page.GetByLabel("Starts", new() { Exact = true }).FillAsync("2026-11-24T13:00");
            await page.Locator("#f-speakers-0-name").FillAsync("Marguerite Quillfeather");
            await title.FillAsync("");
            await page.GetByRole(AriaRole.Button, new() { Name = "Schedule the briefing" }).ClickAsync();
            await Assertions.Expect(page.Locator("#f-title-error")).ToBeVisibleAsync();
            await Assertions.Expect(page.GetByLabel("Title", new() { Exact = true })).ToHaveAttributeAsync("aria-invalid", "true");
            var error = (await page.Locator("#f-title-error").BoundingBoxAsync())!;
            field = (await page.GetByLabel("Title", new() { Exact = true }).BoundingBoxAsync())!;
            Assert.InRange(error.Y - (field.Y + field.Height), 0, 16);
            await Screens.AssertFitsAsync(page, screen, "staff-5-schedule-errors");

            await page.GotoAsync(new Uri(server.Address, "/account/password").ToString());
            await Screens.AssertFitsAsync(page, screen, "staff-6-password");

            // A reporter's list of briefings and the page before the call opens.
            await using var press = await chromium.NewContextAsync(new() { ViewportSize = Screens.Of(screen), BypassCSP = true });
            var reporter = await WholeCallTests.SignInAsync(press, server, "alex@news.example", "/briefings");
            await Assertions.Expect(reporter.Locator("td[data-label=Briefing]")).ToHaveTextAsync("Background Press Call on Canaries");
            await Screens.AssertFitsAsync(reporter, screen, "staff-7-reporter-briefings");
            await reporter.GetByRole(AriaRole.Link, new() { Name = "Background Press Call on Canaries" }).ClickAsync();
            await Assertions.Expect(reporter.Locator("#place")).ToHaveTextAsync("You are not in line.");
            await Assertions.Expect(reporter.GetByText("You can raise your hand once the call is open.")).ToBeVisibleAsync();
            await Screens.AssertFitsAsync(reporter, screen, "staff-8-reporter-scheduled");
        }
        finally
        {
            foreach (var suffix in (string[])["", "-wal", "-shm", "-journal"])
            {
                File.Delete(file + suffix);
            }
        }
    }

    // A verified reporter admitted to a scheduled briefing, and one more waiting to be verified.
    static async Task PeopleAsync(RunningServer server)
    {
        using var admin = await server.SignInAsAdminAsync();
        using var anonymous = server.NewClient();
        (await admin.PostAsJsonAsync("/api/accounts", new { email = "room@press.gov", name = "Control Room", roles = ModeratorOnly, password = Password })).EnsureSuccessStatusCode();
        var created = await anonymous.PostAsJsonAsync("/api/reporters", new { email = "alex@news.example", name = "Alex Reed", outlet = "Daily Planet", password = Password });
        var alex = JsonDocument.Parse(await created.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetInt64();
        (await admin.PostAsync($"/api/accounts/{alex}/verify", null)).EnsureSuccessStatusCode();
        (await anonymous.PostAsJsonAsync("/api/reporters", new { email = "casey@news.example", name = "Casey Moss", outlet = "Morning Post", password = Password })).EnsureSuccessStatusCode();
        using var moderator = await server.SignInAsync("room@press.gov", Password);
        var id = await CanariesBriefing.ScheduleAsync(moderator);
        (await moderator.PostAsJsonAsync($"/api/briefings/{id}/reporters", new { accountId = alex })).EnsureSuccessStatusCode();
    }
}

using System.Net.Http.Json;
using System.Text.Json;
using BriefingRoom.Server.Storage;
using BriefingRoom.TestSupport;
using Microsoft.Playwright;

namespace BriefingRoom.Browser.Tests;

/// <summary>
/// The control room under pressure, in real Chromium at a laptop's 1366×900 and a phone's 390×844: no stray click or
/// key ends the call, every panel follows the log without a reload, and the stenographer's console refuses beside
/// the field, keeps what was typed and never moves it into another speaker's turn.
/// </summary>
[Collection(nameof(Chromium))]
public sealed class ControlRoomTests(Chromium chromium)
{
    const string Password = "browser-password-1";
    static readonly string[] RoomRoles = ["moderator", "operator", "stenographer", "publisher"];

    [SkippableTheory]
    [InlineData(Screens.Laptop)]
    [InlineData(Screens.Phone)]
    public async Task A_double_click_on_Open_opens_the_call_and_does_not_conclude_it(string screen)
    {
        await using var call = await Call.StartAsync(chromium, screen);
        var control = await call.ControlRoomAsync();
        var open = control.GetByRole(AriaRole.Button, new() { Name = "Open the call" });
        var box = (await open.BoundingBoxAsync())!;
        await open.DblClickAsync();
        await Assertions.Expect(control.Locator("#phase")).ToHaveTextAsync("LIVE", new() { Timeout = 5000 });
        // A third click where Open was, once the page has changed, lands on no button at all.
        var there = await control.EvaluateAsync<string>($"() => {{ const e = document.elementFromPoint({box.X + box.Width / 2}, {box.Y + box.Height / 2}); return e ? (e.closest('button,input,a') ? e.closest('button,input,a').outerHTML : 'nothing') : 'nothing'; }}");
        Assert.Equal("nothing", there);
        await control.Mouse.ClickAsync(box.X + box.Width / 2, box.Y + box.Height / 2);
        await Task.Delay(500); // a stray conclusion would have reached the server by now
        Assert.Equal("live", await call.PhaseAsync());
        await Assertions.Expect(control.Locator("#call-status")).ToContainTextAsync("elapsed");
        await Screens.AssertFitsAsync(control, screen, "control-1-live-after-double-click");
    }

    [SkippableTheory]
    [InlineData(Screens.Laptop)]
    [InlineData(Screens.Phone)]
    public async Task Enter_on_Open_then_Tab_does_not_reach_Conclude_and_Conclude_asks_first(string screen)
    {
        await using var call = await Call.StartAsync(chromium, screen);
        var control = await call.ControlRoomAsync();
        await control.GetByRole(AriaRole.Button, new() { Name = "Open the call" }).FocusAsync();
        await control.Keyboard.PressAsync("Enter");
        await Assertions.Expect(control.Locator("#phase")).ToHaveTextAsync("LIVE", new() { Timeout = 5000 });
        // The focus goes on to the stenographer's box, never to <body>, and the call is announced as live.
        await Assertions.Expect(control.Locator("#paragraph")).ToBeFocusedAsync(new() { Timeout = 5000 });
        await Assertions.Expect(control.Locator("#announce")).ToHaveTextAsync("The call is live.");
        for (var i = 0; i < 3; i++)
        {
            await control.Keyboard.PressAsync("Tab");
            Assert.False(await control.EvaluateAsync<bool>("() => !!document.activeElement.closest('#conclude')"), $"Tab {i + 1} after Open reached the conclusion");
            await control.Keyboard.PressAsync("Enter");
        }
        Assert.Equal("live", await call.PhaseAsync());

        // Conclude without the tick box naming the consequence does nothing; with it, the call ends.
        var conclude = control.GetByRole(AriaRole.Button, new() { Name = "Conclude the call" });
        await conclude.ClickAsync();
        await Task.Delay(300);
        Assert.Equal("live", await call.PhaseAsync());
        await control.GetByLabel("This ends the call and lifts the embargo now.").CheckAsync();
        await conclude.ClickAsync();
        await Assertions.Expect(control.Locator("#phase")).ToHaveTextAsync("The call has ended", new() { Timeout = 5000 });
        Assert.Equal("concluded", await call.PhaseAsync());
    }

    [SkippableTheory]
    [InlineData(Screens.Laptop)]
    [InlineData(Screens.Phone)]
    public async Task After_the_conclusion_every_panel_tells_the_truth_without_a_reload(string screen)
    {
        await using var call = await Call.StartAsync(chromium, screen);
        var control = await call.ControlRoomAsync();
        var reporter = await call.ReporterAsync();
        await Assertions.Expect(reporter.Locator("#place")).ToHaveTextAsync("You are not in line.");
        await control.GetByRole(AriaRole.Button, new() { Name = "Open the call" }).ClickAsync();
        await Assertions.Expect(reporter.Locator("#phase")).ToHaveTextAsync("LIVE", new() { Timeout = 5000 });
        await reporter.GetByRole(AriaRole.Button, new() { Name = "Raise hand" }).ClickAsync();
        await Assertions.Expect(reporter.Locator("#place")).ToHaveTextAsync("You are number 1 in line (1 waiting).", new() { Timeout = 5000 });
        await control.Locator("#queue-rows tr").GetByRole(AriaRole.Button, new() { Name = "Open line" }).ClickAsync();
        await Assertions.Expect(reporter.Locator("#place")).ToHaveTextAsync("Your line is open — speak now.", new() { Timeout = 5000 });
        await Assertions.Expect(reporter.Locator("#place")).ToHaveAttributeAsync("data-state", "open");
        await Assertions.Expect(reporter.Locator("#announce")).ToHaveTextAsync("Your line is open — speak now.");
        await Assertions.Expect(control.Locator("#paragraph")).ToBeFocusedAsync(); // the line is open: the stenographer types next
        await Screens.AssertFitsAsync(reporter, screen, "control-2-reporter-line-open");

        // Closing a reporter's line mid-question asks first, with Cancel focused: a stray Enter keeps the line open.
        await control.GetByRole(AriaRole.Button, new() { Name = "Close the line" }).ClickAsync();
        await Assertions.Expect(control.Locator("#confirm")).ToBeVisibleAsync();
        await Assertions.Expect(control.Locator("#confirm-message")).ToHaveTextAsync("This closes the open line, even if the reporter is still asking.");
        await control.Keyboard.PressAsync("Enter");
        await Assertions.Expect(control.Locator("#confirm")).ToBeHiddenAsync();
        await Assertions.Expect(control.Locator("#open-line")).ToHaveTextAsync("Alex Reed, Daily Planet");

        await control.GetByLabel("This ends the call and lifts the embargo now.").CheckAsync();
        await control.GetByRole(AriaRole.Button, new() { Name = "Conclude the call" }).ClickAsync();

        await Assertions.Expect(control.Locator("#call-status")).ToContainTextAsync("the embargo was lifted at", new() { Timeout = 5000 });
        await Assertions.Expect(control.Locator("#call-status a")).ToHaveTextAsync("read the public transcript", new() { Timeout = 10000 });
        await Assertions.Expect(control.Locator("#publication-state")).ToHaveTextAsync("Published.", new() { Timeout = 10000 });
        await Assertions.Expect(control.Locator("main > .notice")).ToHaveCountAsync(0); // "The briefing is scheduled." is gone
        await Assertions.Expect(control.Locator("#paragraph")).ToBeDisabledAsync();
        await Assertions.Expect(control.Locator("#typing-reason")).ToContainTextAsync("its record is published");

        await Assertions.Expect(reporter.Locator("#place")).ToHaveTextAsync("The call has ended.", new() { Timeout = 5000 });
        await Assertions.Expect(reporter.Locator("#call-status")).ToContainTextAsync("The call has ended", new() { Timeout = 5000 });
        await Assertions.Expect(reporter.Locator("#call-status a")).ToHaveTextAsync("read the public transcript", new() { Timeout = 10000 });
        await Assertions.Expect(reporter.Locator("#call-status")).ToContainTextAsync("the embargo was lifted at");
        await Assertions.Expect(reporter.Locator("#rules")).Not.ToContainTextAsync("Embargo");
        await Assertions.Expect(control.Locator("#admit")).ToBeDisabledAsync();
        await Assertions.Expect(control.Locator("#admit-reason")).ToHaveTextAsync("The call has ended: nobody more can join it.");
        await Assertions.Expect(reporter.GetByText("Add to your calendar (.ics)")).ToBeHiddenAsync();
        await Assertions.Expect(reporter.GetByRole(AriaRole.Button, new() { Name = "Raise hand" })).ToBeHiddenAsync();
        var link = await reporter.Locator("#call-status a").GetAttributeAsync("href");
        Assert.StartsWith("/briefing-room/", link, StringComparison.Ordinal);
        await Screens.AssertFitsAsync(control, screen, "control-3-concluded-and-published");
        await Screens.AssertFitsAsync(reporter, screen, "control-4-reporter-concluded");
    }

    [SkippableTheory]
    [InlineData(Screens.Laptop)]
    [InlineData(Screens.Phone)]
    public async Task The_console_refuses_beside_the_field_and_never_moves_text_into_another_turn(string screen)
    {
        await using var call = await Call.StartAsync(chromium, screen);
        var control = await call.ControlRoomAsync();
        var box = control.Locator("#paragraph");
        await Assertions.Expect(box).ToBeDisabledAsync();
        await Assertions.Expect(control.Locator("#typing-reason")).ToHaveTextAsync("You can type once the moderator opens the call.");
        await control.GetByRole(AriaRole.Button, new() { Name = "Open the call" }).ClickAsync();
        await Assertions.Expect(box).ToBeEnabledAsync(new() { Timeout = 5000 });

        // Alt+Q with no line open: refused beside the box in the stenographer's words, and nobody holds the floor.
        await box.FocusAsync();
        await control.Keyboard.PressAsync("Alt+Q");
        await Assertions.Expect(control.Locator("#paragraph-error")).ToContainTextAsync("No reporter\u2019s line is open");
        await Assertions.Expect(control.Locator("#current-speaker")).ToHaveTextAsync("nobody: the last speaker key was refused");
        await box.FillAsync("Is the plan on track?");
        await box.PressAsync("Enter");
        await Assertions.Expect(control.Locator("#paragraph-error")).ToContainTextAsync("Choose who is speaking first");
        await Assertions.Expect(box).ToHaveValueAsync("Is the plan on track?");
        await Assertions.Expect(control.Locator("#transcript")).Not.ToContainTextAsync("on track");
        await Assertions.Expect(control.Locator("#action-status")).ToBeHiddenAsync();
        await Screens.AssertFitsAsync(control, screen, "control-5-refused-hot-key");

        // The moderator takes the floor; two lines typed with Shift+Enter become two paragraphs of that turn.
        await control.Keyboard.PressAsync("Alt+1");
        await Assertions.Expect(control.Locator("#current-speaker")).ToHaveTextAsync("MODERATOR", new() { Timeout = 5000 });
        await box.PressAsync("End");
        await box.PressAsync("Shift+Enter");
        await box.PressSequentiallyAsync("Next question, please.");
        await box.PressAsync("Enter");
        var turn = control.Locator("#transcript section.turn").Last;
        await Assertions.Expect(turn.Locator("p")).ToHaveCountAsync(2, new() { Timeout = 5000 });
        await Assertions.Expect(turn.Locator("p").Nth(0)).ToContainTextAsync("MODERATOR Is the plan on track?");
        await Assertions.Expect(turn.Locator("p").Nth(1)).ToHaveTextAsync("Next question, please.");
        await Assertions.Expect(box).ToHaveValueAsync("");
        await Assertions.Expect(control.Locator("#paragraph-error")).ToBeHiddenAsync();

        // A correction refused is explained beside its form, with what was typed kept; one accepted shows in the transcript.
        await control.GetByText("Correct a paragraph").ClickAsync();
        var correction = control.Locator("#correct form");
        await control.GetByLabel("Paragraph reference (such as 3.2)").FillAsync("2.1");
        await control.GetByLabel("Words to strike, as typed").FillAsync("off track");
        await control.GetByLabel("Replacement (may be empty)").FillAsync("going ahead");
        await correction.GetByRole(AriaRole.Button, new() { Name = "Correct" }).ClickAsync();
        await Assertions.Expect(correction.Locator("[data-error]")).ToHaveTextAsync("Paragraph 2.1 does not contain \u201coff track\u201d as typed.", new() { Timeout = 5000 });
        await Assertions.Expect(control.GetByLabel("Replacement (may be empty)")).ToHaveValueAsync("going ahead");
        await control.GetByLabel("Words to strike, as typed").FillAsync("on track");
        await correction.GetByRole(AriaRole.Button, new() { Name = "Correct" }).ClickAsync();
        await Assertions.Expect(correction.Locator("[data-done-note]")).ToHaveTextAsync("Corrected.", new() { Timeout = 5000 });
        await Assertions.Expect(turn.Locator("p").Nth(0).Locator("del")).ToHaveTextAsync("on track", new() { Timeout = 5000 });
        await Assertions.Expect(turn.Locator("p").Nth(0).Locator("ins")).ToHaveTextAsync("going ahead");
        await Assertions.Expect(correction.Locator("[data-error]")).ToBeHiddenAsync();

        if (screen != Screens.Laptop)
        {
            return;
        }
        // At 1366×900 the transcript stands beside the box, in view.
        var laptop = Screens.Of(screen);
        var typing = (await box.BoundingBoxAsync())!;
        var transcript = (await control.Locator(".live-transcript").BoundingBoxAsync())!;
        Assert.True(transcript.X >= typing.X + typing.Width, $"transcript at x={transcript.X}, box ends at {typing.X + typing.Width}");
        Assert.True(transcript.Y < laptop.Height && typing.Y + typing.Height < laptop.Height, $"transcript at y={transcript.Y}, box at y={typing.Y}");
        await control.ScreenshotAsync(new() { Path = Path.Combine(RepositoryPaths.Root, "artifacts", "screenshots", "control-6-console-1366x900.png") });
    }

    [SkippableTheory]
    [InlineData(Screens.Laptop)]
    [InlineData(Screens.Phone)]
    public async Task Each_queue_action_moves_the_focus_on_in_the_queue_and_says_what_happened(string screen)
    {
        await using var call = await Call.StartAsync(chromium, screen);
        var control = await call.ControlRoomAsync();
        var alex = await call.ReporterAsync("alex@news.example");
        var blair = await call.ReporterAsync("blair@news.example");
        await control.GetByRole(AriaRole.Button, new() { Name = "Open the call" }).ClickAsync();
        await Assertions.Expect(alex.Locator("#phase")).ToHaveTextAsync("LIVE", new() { Timeout = 5000 });
        await alex.GetByRole(AriaRole.Button, new() { Name = "Raise hand" }).ClickAsync();
        await Assertions.Expect(alex.GetByRole(AriaRole.Button, new() { Name = "Withdraw" })).ToBeFocusedAsync(new() { Timeout = 5000 });
        await Assertions.Expect(blair.Locator("#phase")).ToHaveTextAsync("LIVE", new() { Timeout = 5000 });
        await blair.GetByRole(AriaRole.Button, new() { Name = "Raise hand" }).ClickAsync();
        var rows = control.Locator("#queue-rows tr");
        await Assertions.Expect(rows).ToHaveCountAsync(2, new() { Timeout = 5000 });
        await Screens.AssertFitsAsync(control, screen, "control-7-queue");
        await Screens.AssertFitsAsync(blair, screen, "control-8-reporter-in-line");

        // Blair moves to the front: the focus follows her row, and the move is announced.
        await rows.Nth(1).Locator("input[name=place]").FillAsync("1");
        await rows.Nth(1).GetByRole(AriaRole.Button, new() { Name = "Move", Exact = true }).ClickAsync();
        await Assertions.Expect(rows.Nth(0)).ToContainTextAsync("Blair Stone", new() { Timeout = 5000 });
        await Assertions.Expect(rows.Nth(0).Locator("input[name=place]")).ToBeFocusedAsync(new() { Timeout = 5000 });
        await Assertions.Expect(control.Locator("#announce")).ToHaveTextAsync("Blair Stone moved.");
        await Assertions.Expect(blair.Locator("#place")).ToHaveTextAsync("You are number 1 in line (2 waiting).", new() { Timeout = 5000 });

        // Removing her asks first; once she is out the focus is on the row that took her place, never on <body>.
        await rows.Nth(0).GetByRole(AriaRole.Button, new() { Name = "Remove" }).ClickAsync();
        await control.GetByRole(AriaRole.Button, new() { Name = "Remove from the queue" }).ClickAsync();
        await Assertions.Expect(rows).ToHaveCountAsync(1, new() { Timeout = 5000 });
        await Assertions.Expect(rows.Nth(0)).ToContainTextAsync("Alex Reed");
        await Assertions.Expect(rows.Nth(0).GetByRole(AriaRole.Button, new() { Name = "Open line" })).ToBeFocusedAsync(new() { Timeout = 5000 });
        await Assertions.Expect(control.Locator("#announce")).ToHaveTextAsync("Blair Stone is out of the queue.");
        await Assertions.Expect(blair.Locator("#place")).ToHaveTextAsync("You are not in line.", new() { Timeout = 5000 });

        // The last one out leaves the focus on the empty queue's sentence.
        await rows.Nth(0).GetByRole(AriaRole.Button, new() { Name = "Remove" }).ClickAsync();
        await control.GetByRole(AriaRole.Button, new() { Name = "Remove from the queue" }).ClickAsync();
        await Assertions.Expect(control.Locator("#queue-empty")).ToBeFocusedAsync(new() { Timeout = 5000 });
        Assert.Equal("live", await call.PhaseAsync());
    }

    [SkippableTheory]
    [InlineData(Screens.Laptop)]
    [InlineData(Screens.Phone)]
    public async Task Typing_after_the_publication_is_refused_beside_the_box_in_the_stenographers_words(string screen)
    {
        await using var call = await Call.StartAsync(chromium, screen);
        var control = await call.ControlRoomAsync();
        var box = control.Locator("#paragraph");
        await control.GetByRole(AriaRole.Button, new() { Name = "Open the call" }).ClickAsync();
        await Assertions.Expect(box).ToBeEnabledAsync(new() { Timeout = 5000 });
        await control.Keyboard.PressAsync("Alt+1");
        await Assertions.Expect(control.Locator("#current-speaker")).ToHaveTextAsync("MODERATOR", new() { Timeout = 5000 });
        await box.FillAsync("That concludes the call.");
        await box.PressAsync("Enter");
        await Assertions.Expect(control.Locator("#transcript")).ToContainTextAsync("That concludes the call.", new() { Timeout = 5000 });
        await control.GetByLabel("This ends the call and lifts the embargo now.").CheckAsync();
        await control.GetByRole(AriaRole.Button, new() { Name = "Conclude the call" }).ClickAsync();

        // Once published, the box is closed with the reason beside it, and the correction form is the way in.
        await Assertions.Expect(control.Locator("#publication-state")).ToHaveTextAsync("Published.", new() { Timeout = 10000 });
        await Assertions.Expect(box).ToBeDisabledAsync();
        await Assertions.Expect(control.Locator("#typing-reason")).ToHaveTextAsync("The call has ended and its record is published: it takes no new paragraphs. Correct a paragraph below instead.");
        Assert.Contains("typing-reason", await box.GetAttributeAsync("aria-describedby"), StringComparison.Ordinal);
        await Assertions.Expect(control.Locator("#correct")).ToHaveAttributeAsync("open", "");

        // A paragraph already on its way when the record was published (the page had not heard yet) is refused beside
        // the box in the stenographer's words, kept in the box, and in no turn.
        await control.EvaluateAsync("() => { const b = document.getElementById('paragraph'); b.disabled = false; b.form.querySelector('button[type=submit]').disabled = false; }");
        await box.FillAsync("One more thing, off the record.");
        await box.PressAsync("Enter");
        await Assertions.Expect(control.Locator("#paragraph-error")).ToHaveTextAsync("The call has ended and its record is published, so it takes no new paragraphs. Correct a paragraph instead; a publisher then publishes the corrected version.", new() { Timeout = 5000 });
        await Assertions.Expect(box).ToBeDisabledAsync();
        await Assertions.Expect(box).ToHaveValueAsync("One more thing, off the record.");
        await Assertions.Expect(control.Locator("#transcript")).Not.ToContainTextAsync("One more thing");
        await Assertions.Expect(control.Locator("#action-status")).ToBeHiddenAsync();
        await Screens.AssertFitsAsync(control, screen, "control-9-typing-after-publication");
        await control.ReloadAsync();
        await Assertions.Expect(control.Locator("#transcript")).Not.ToContainTextAsync("One more thing");
        await Assertions.Expect(box).ToBeDisabledAsync();
    }

    [SkippableTheory]
    [InlineData(Screens.Laptop)]
    [InlineData(Screens.Phone)]
    public async Task Mute_everyone_but_the_official_closes_the_line_and_every_moderator_sees_it_without_a_reload(string screen)
    {
        await using var call = await Call.StartAsync(chromium, screen);
        var control = await call.ControlRoomAsync();
        var other = await call.ControlRoomAsync();
        var reporter = await call.ReporterAsync();
        await control.GetByRole(AriaRole.Button, new() { Name = "Open the call" }).ClickAsync();
        await Assertions.Expect(reporter.Locator("#phase")).ToHaveTextAsync("LIVE", new() { Timeout = 5000 });
        await reporter.GetByRole(AriaRole.Button, new() { Name = "Raise hand" }).ClickAsync();
        await control.Locator("#queue-rows tr").GetByRole(AriaRole.Button, new() { Name = "Open line" }).ClickAsync();
        await Assertions.Expect(reporter.Locator("#place")).ToHaveTextAsync("Your line is open — speak now.", new() { Timeout = 5000 });

        var mute = control.GetByRole(AriaRole.Button, new() { Name = "Mute everyone but the official" });
        await mute.FocusAsync();
        await control.Keyboard.PressAsync("Enter");
        await Assertions.Expect(control.Locator("#announce")).ToHaveTextAsync("Everyone but the official is muted.", new() { Timeout = 5000 });
        await Assertions.Expect(control.GetByRole(AriaRole.Button, new() { Name = "Let staff speak again" })).ToBeFocusedAsync();
        await Assertions.Expect(control.Locator("#open-line")).ToHaveTextAsync("none", new() { Timeout = 5000 });
        await Assertions.Expect(reporter.Locator("#place")).ToHaveTextAsync("You are not in line.", new() { Timeout = 5000 });
        // The other moderator's page follows the log: the line is closed and the control now lets staff speak again.
        await Assertions.Expect(other.Locator("#open-line")).ToHaveTextAsync("none", new() { Timeout = 5000 });
        await Assertions.Expect(other.Locator("#mute-lines")).ToBeHiddenAsync(new() { Timeout = 5000 });
        await Assertions.Expect(other.Locator("#unmute-staff")).ToBeVisibleAsync();
        await Screens.AssertFitsAsync(control, screen, "control-5-everyone-but-the-official-muted");

        await other.GetByRole(AriaRole.Button, new() { Name = "Let staff speak again" }).ClickAsync();
        await Assertions.Expect(control.Locator("#mute-lines")).ToBeVisibleAsync(new() { Timeout = 5000 });
        await Assertions.Expect(control.Locator("#unmute-staff")).ToBeHiddenAsync();

        // Muted again, then the next line opens: the call has moved on, and the mute control is back.
        await mute.ClickAsync();
        await Assertions.Expect(other.Locator("#unmute-staff")).ToBeVisibleAsync(new() { Timeout = 5000 });
        await reporter.GetByRole(AriaRole.Button, new() { Name = "Raise hand" }).ClickAsync();
        await control.Locator("#queue-rows tr").GetByRole(AriaRole.Button, new() { Name = "Open line" }).ClickAsync();
        await Assertions.Expect(other.Locator("#mute-lines")).ToBeVisibleAsync(new() { Timeout = 5000 });
        await Assertions.Expect(other.Locator("#unmute-staff")).ToBeHiddenAsync();
    }

    /// <summary>A briefing scheduled over the API for a control-room account and one admitted reporter, each in their own browser context.</summary>
    sealed class Call : IAsyncDisposable
    {
        readonly string file = Path.Combine(Path.GetTempPath(), $"briefing-control-{Guid.NewGuid():N}.db");
        RunningServer server = default!;
        readonly List<IBrowserContext> contexts = [];
        ViewportSize viewport = default!;
        Chromium chromium = default!;
        HttpClient moderator = default!;
        long id;

        public static async Task<Call> StartAsync(Chromium chromium, string screen)
        {
            var call = new Call { viewport = Screens.Of(screen), chromium = chromium };
            call.server = await RunningServer.StartAsync(DatabaseChoice.Sqlite(call.file));
            using var admin = await call.server.SignInAsAdminAsync();
            using var anonymous = call.server.NewClient();
            (await admin.PostAsJsonAsync("/api/accounts", new { email = "room@press.gov", name = "Control Room", roles = RoomRoles, password = Password })).EnsureSuccessStatusCode();
            var reporters = new List<long>();
            foreach (var (email, name, outlet) in Reporters)
            {
                var created = await anonymous.PostAsJsonAsync("/api/reporters", new { email, name, outlet, password = Password });
                var reporterId = JsonDocument.Parse(await created.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetInt64();
                (await admin.PostAsync($"/api/accounts/{reporterId}/verify", null)).EnsureSuccessStatusCode();
                reporters.Add(reporterId);
            }
            call.moderator = await call.server.SignInAsync("room@press.gov", Password);
            call.id = await CanariesBriefing.ScheduleAsync(call.moderator);
            foreach (var reporterId in reporters.Take(2)) // the third is verified but not admitted: the moderator can still admit them
            {
                (await call.moderator.PostAsJsonAsync($"/api/briefings/{call.id}/reporters", new { accountId = reporterId })).EnsureSuccessStatusCode();
            }
            return call;
        }

        static readonly (string Email, string Name, string Outlet)[] Reporters =
            [("alex@news.example", "Alex Reed", "Daily Planet"), ("blair@news.example", "Blair Stone", "Evening Star"), ("casey@news.example", "Casey Moss", "Morning Post")];

        public async Task<IPage> ControlRoomAsync() => await WholeCallTests.SignInAsync(await ContextAsync(), server, "room@press.gov", $"/staff/briefings/{id}");

        public async Task<IPage> ReporterAsync(string email = "alex@news.example") => await WholeCallTests.SignInAsync(await ContextAsync(), server, email, $"/briefings/{id}");

        // Each person in their own browser; CSP is bypassed only so that axe-core can be injected (the pages' scripts are files, as the policy wants).
        async Task<IBrowserContext> ContextAsync()
        {
            var context = await chromium.NewContextAsync(new() { ViewportSize = viewport, BypassCSP = true });
            contexts.Add(context);
            return context;
        }

        /// <summary>The phase as the server holds it, not as a page shows it.</summary>
        public async Task<string> PhaseAsync() =>
            (await moderator.GetFromJsonAsync<JsonElement>($"/api/briefings/{id}")).GetProperty("phase").GetString()!;

        public async ValueTask DisposeAsync()
        {
            moderator?.Dispose();
            foreach (var context in contexts)
            {
                await context.DisposeAsync();
            }
            await server.DisposeAsync();
            foreach (var suffix in (string[])["", "-wal", "-shm", "-journal"])
            {
                File.Delete(file + suffix);
            }
        }
    }
}

using System.Diagnostics;
using BriefingRoom.TestSupport;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace BriefingRoom.Browser.Tests.Audio;

/// <summary>
/// The audio pages around the reporter's: the official's own page from their link, what staff who do not moderate are
/// told, a reporter who refuses the microphone still hearing the call, and both joining again by themselves when
/// Janus restarts in the middle of the call.
/// </summary>
[Collection(nameof(Chromium))]
[System.Runtime.Versioning.SupportedOSPlatform("linux")]
public sealed class AudioPagesTests(Chromium chromium, ITestOutputHelper output)
{
    const string Ear = "#audio-out";

    [SkippableFact(Timeout = 300_000)]
    public async Task The_official_speaks_from_their_link_a_reporter_without_a_microphone_listens_and_both_rejoin_after_Janus_restarts()
    {
        Requires.Chromium();
        Requires.Janus();
        await using var call = await AudioCall.StartAsync(chromium);
        var control = await call.PersonAsync(Tones.ReporterA, "room@press.gov", $"/staff/briefings/{call.Id}", Screens.Laptop);

        // The control room lists the official's link; it opens a page with the microphone and nothing else of the call.
        var link = await control.Locator("#speaker-links a[data-speaker='s1']").GetAttributeAsync("href");
        Assert.StartsWith($"/briefings/{call.Id}/speak?speaker=s1&pass=", link, StringComparison.Ordinal);
        var official = await call.SpeakerAsync(Tones.Official, link!, Screens.Phone);
        await Assertions.Expect(official.Locator("h1")).ToHaveTextAsync("Your line to the call");
        await Assertions.Expect(official.Locator("#audio-why")).ToHaveTextAsync("Joining asks for your microphone: you speak in the call, and everyone admitted to it hears you.");
        await Assertions.Expect(official.Locator("#queue-heading, #raise, #transcript, #speaker-links")).ToHaveCountAsync(0);
        await official.GetByRole(AriaRole.Button, new() { Name = "Join audio" }).FocusAsync();
        await official.Keyboard.PressAsync("Enter");
        await Assertions.Expect(official.Locator("#audio-state")).ToHaveTextAsync("You are live — everyone admitted to the call hears you.", new() { Timeout = 10_000 });
        await Assertions.Expect(official.GetByRole(AriaRole.Button, new() { Name = "Leave audio" })).ToBeFocusedAsync();
        await Assertions.Expect(official.Locator("#audio-level")).Not.ToHaveAttributeAsync("value", "0", new() { Timeout = 10_000 });
        await Screens.AssertFitsAsync(official, Screens.Phone, "audio-pages-1-official");

        // A link that does not fit is refused with a reason, and changes nothing.
        var forged = await official.Context.NewPageAsync();
        var refused = await forged.GotoAsync(new Uri(new Uri(official.Url), link![..^4] + "AAAA").ToString());
        Assert.Equal(403, refused!.Status);
        await Assertions.Expect(forged.Locator("main")).ToContainTextAsync("This speaker link is not valid for this call.");
        await forged.CloseAsync();

        // Blair blocks the microphone: the page says the line cannot open, and Blair hears the official all the same.
        var blair = await call.PersonWithoutMicrophoneAsync("blair@news.example", $"/briefings/{call.Id}", Screens.Phone);
        await blair.GetByRole(AriaRole.Button, new() { Name = "Join audio" }).ClickAsync();
        await Assertions.Expect(blair.Locator("#audio-state")).ToHaveTextAsync(
            "Listening only: the browser did not give your microphone. To ask a question, choose “Allow microphone” under Questions.",
            new() { Timeout = 10_000 });
        var heard = await Tones.UntilAsync(blair, Ear, "Blair, without a microphone, hearing the official", (Tones.Official, true));
        output.WriteLine("listen-only: " + heard);
        await Assertions.Expect(control.Locator("#audio-people li", new() { HasText = "Marguerite Quillfeather" })).ToContainTextAsync("speaking", new() { Timeout = 10_000 });
        await Assertions.Expect(control.Locator("#audio-people li", new() { HasText = "Blair Stone" })).ToContainTextAsync("listen only — no microphone");
        await Screens.AssertFitsAsync(blair, Screens.Phone, "audio-pages-2-reporter-listen-only");

        // The operator only listens: not asked for a microphone, told who is heard, and unheard in the room.
        var operatorPage = await call.PersonAsync(Tones.ReporterB, "op@press.gov", $"/staff/briefings/{call.Id}", Screens.Laptop);
        await Assertions.Expect(operatorPage.Locator("#audio-why")).ToContainTextAsync("You join to listen");
        await operatorPage.GetByRole(AriaRole.Button, new() { Name = "Join audio" }).ClickAsync();
        await Assertions.Expect(operatorPage.Locator("#audio-state")).ToHaveTextAsync("Listening. Only the official, the moderator and a reporter whose line is open are heard; your microphone is not used.", new() { Timeout = 10_000 });
        await Assertions.Expect(control.Locator("#audio-people li", new() { HasText = "The operator" })).ToContainTextAsync("muted", new() { Timeout = 10_000 });
        heard = await Tones.UntilAsync(blair, Ear, "Blair not hearing the operator's room", (Tones.Official, true), (Tones.ReporterB, false));
        output.WriteLine("operator listening: " + heard);

        // Janus dies mid-call: both pages say they are joining again and do, with nobody clicking anything.
        var janus = call.Media.Own!.Id;
        Process.GetProcessById(janus).Kill();
        await Assertions.Expect(blair.Locator("#audio-state")).ToContainTextAsync("joining again", new() { Timeout = 30_000 });
        await Assertions.Expect(blair.GetByRole(AriaRole.Button, new() { Name = "Leave audio" })).ToBeVisibleAsync();
        await Screens.AssertFitsAsync(blair, Screens.Phone, "audio-pages-3-reporter-reconnecting");
        await Assertions.Expect(official.Locator("#audio-state")).ToHaveTextAsync("You are live — everyone admitted to the call hears you.", new() { Timeout = 60_000 });
        await Assertions.Expect(blair.Locator("#audio-state")).ToContainTextAsync("Listening only", new() { Timeout = 60_000 });
        Assert.NotEqual(janus, call.Media.Own!.Id);
        heard = await Tones.UntilAsync(blair, Ear, "Blair hearing the official again after Janus restarted", (Tones.Official, true));
        output.WriteLine("after the restart: " + heard);
    }

    [SkippableFact(Timeout = 240_000)]
    public async Task A_removed_reporter_stops_hearing_the_call_is_told_why_and_the_page_does_not_keep_trying()
    {
        Requires.Chromium();
        Requires.Janus();
        await using var call = await AudioCall.StartAsync(chromium);
        var control = await call.PersonAsync(Tones.Official, "room@press.gov", $"/staff/briefings/{call.Id}", Screens.Laptop);
        var blair = await call.PersonAsync(Tones.ReporterB, "blair@news.example", $"/briefings/{call.Id}", Screens.Phone);
        await control.GetByRole(AriaRole.Button, new() { Name = "Join audio" }).ClickAsync();
        await blair.GetByRole(AriaRole.Button, new() { Name = "Join audio" }).ClickAsync();
        await Assertions.Expect(blair.Locator("#audio-state")).ToHaveTextAsync("Listening. Your microphone is muted until the operator opens your line.", new() { Timeout = 10_000 });
        await Tones.UntilAsync(blair, Ear, "Blair hearing the moderator before the removal", (Tones.Official, true));
        // The ear keeps the stream Blair received, so that it can still be listened to once the page has let go of it.
        await blair.EvaluateAsync("() => { const kept = document.createElement('audio'); kept.id = 'kept-ear'; kept.srcObject = document.querySelector('#audio-out').srcObject; document.body.append(kept); }");
        var joins = 0;
        blair.Request += (_, request) => { if (request.Method == "POST" && request.Url.EndsWith($"/api/briefings/{call.Id}/audio", StringComparison.Ordinal)) { Interlocked.Increment(ref joins); } };

        (await call.Moderator.DeleteAsync($"/api/briefings/{call.Id}/reporters/{call.Reporters[1]}")).EnsureSuccessStatusCode();

        const string Removed = "You were removed from this call, so you cannot join its audio. Ask the press office if you think this is a mistake.";
        await Assertions.Expect(blair.Locator("#audio-state")).ToHaveTextAsync(Removed, new() { Timeout = 30_000 });
        var heard = await Tones.UntilAsync(blair, "#kept-ear", "Blair no longer hearing the call once removed", (Tones.Official, false));
        output.WriteLine("removed: " + heard);
        await Assertions.Expect(blair.GetByRole(AriaRole.Button, new() { Name = "Join audio" })).ToBeHiddenAsync();
        // The live feed is refused too, so the page stops offering the queue (the feed's reconnection waits a few seconds).
        await Assertions.Expect(blair.Locator("#place")).ToHaveTextAsync("This call is no longer open to you. If you did not expect this, ask the press office.", new() { Timeout = 30_000 });
        await Assertions.Expect(blair.GetByRole(AriaRole.Button, new() { Name = "Raise hand" })).ToBeHiddenAsync();
        await Assertions.Expect(control.Locator("#audio-people li", new() { HasText = "Blair Stone" })).ToHaveCountAsync(0, new() { Timeout = 10_000 });
        await Screens.AssertFitsAsync(blair, Screens.Phone, "audio-pages-4-reporter-removed");

        // The refusal ends the tries: nothing more is sent on its own (longer than the first three waits of the backoff).
        var tried = joins;
        await Task.Delay(TimeSpan.FromSeconds(8));
        Assert.Equal(tried, joins);
        // A join sent anyway (the page offers none) is refused the same way.
        var refused = await blair.EvaluateAsync<System.Text.Json.JsonElement>(AudioCallTests.JoinDirectly, $"/api/briefings/{call.Id}/audio");
        Assert.Equal(403, refused.GetProperty("status").GetInt32());
        Assert.Contains("You were removed from this call", refused.GetProperty("body").GetString(), StringComparison.Ordinal);
    }
}

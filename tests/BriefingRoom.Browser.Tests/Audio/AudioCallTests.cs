using System.Text.Json;
using BriefingRoom.TestSupport;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace BriefingRoom.Browser.Tests.Audio;

/// <summary>
/// A call's audio end to end: a real Janus started by the server, and one Chromium per person whose microphone plays
/// that person's tone (the control room 440 Hz for the official's side, Alex 880 Hz, Blair 1320 Hz). Blair's page is
/// the ear: it hears what the room sends Blair, and only the lines the log has open.
/// </summary>
[Collection(nameof(Chromium))]
public sealed class AudioCallTests(Chromium chromium, ITestOutputHelper output)
{
    const string Ear = "#audio-out";

    [SkippableFact(Timeout = 240_000)]
    public async Task Reporters_hear_the_official_and_an_open_line_only_and_a_reporter_not_admitted_cannot_join()
    {
        Requires.Chromium();
        Requires.Janus();
        await using var call = await AudioCall.StartAsync(chromium);
        var control = await call.PersonAsync(Tones.Official, "room@press.gov", $"/staff/briefings/{call.Id}", Screens.Laptop);
        var alex = await call.PersonAsync(Tones.ReporterA, "alex@news.example", $"/briefings/{call.Id}", Screens.Phone);
        var blair = await call.PersonAsync(Tones.ReporterB, "blair@news.example", $"/briefings/{call.Id}", Screens.Phone);

        // Everyone joins; a reporter is told why the microphone is asked for before the browser asks.
        await Assertions.Expect(blair.Locator("#audio-why")).ToContainTextAsync("so that the operator can open your line for your question");
        await control.GetByRole(AriaRole.Button, new() { Name = "Join audio" }).ClickAsync();
        await Assertions.Expect(control.Locator("#audio-state")).ToHaveTextAsync("You are in the call’s audio: everyone in it hears you.", new() { Timeout = 10_000 });
        foreach (var reporter in new[] { alex, blair })
        {
            await reporter.GetByRole(AriaRole.Button, new() { Name = "Join audio" }).ClickAsync();
            await Assertions.Expect(reporter.Locator("#audio-state")).ToHaveTextAsync("Listening. Your microphone is muted until the operator opens your line.", new() { Timeout = 10_000 });
            // The Join button went away under the keyboard: the focus is on Leave, never on <body>.
            await Assertions.Expect(reporter.GetByRole(AriaRole.Button, new() { Name = "Leave audio" })).ToBeFocusedAsync();
        }
        await Assertions.Expect(blair.Locator("#audio-level-box")).ToBeHiddenAsync();

        // Blair hears the official, and not Alex, whose line is closed.
        var heard = await Tones.UntilAsync(blair, Ear, "Blair hearing the official and not Alex", (Tones.Official, true), (Tones.ReporterA, false));
        output.WriteLine("line closed: " + heard);
        await Assertions.Expect(control.Locator("#audio-people li")).ToHaveCountAsync(3, new() { Timeout = 10_000 });
        await Screens.AssertFitsAsync(blair, Screens.Phone, "audio-1-reporter-listening");

        // The operator opens Alex's line: Alex is told to speak and sees the meter; Blair hears Alex.
        await alex.GetByRole(AriaRole.Button, new() { Name = "Raise hand" }).ClickAsync();
        await Assertions.Expect(control.Locator("#queue-rows tr", new() { HasText = "Alex Reed" }).Locator("[data-field=audio]")).ToHaveTextAsync("listening, line closed", new() { Timeout = 10_000 });
        await control.Locator("#queue-rows tr", new() { HasText = "Alex Reed" }).GetByRole(AriaRole.Button, new() { Name = "Open line" }).ClickAsync();
        await Assertions.Expect(alex.Locator("#place")).ToHaveTextAsync("Your line is open — speak now.", new() { Timeout = 10_000 });
        await Assertions.Expect(alex.Locator("#audio-state")).ToHaveTextAsync("Your microphone is live: everyone in the call hears you.", new() { Timeout = 10_000 });
        await Assertions.Expect(alex.Locator("#audio-level-box")).ToBeVisibleAsync();
        await Assertions.Expect(alex.Locator("#audio-level")).Not.ToHaveAttributeAsync("value", "0", new() { Timeout = 10_000 });
        heard = await Tones.UntilAsync(blair, Ear, "Blair hearing Alex once Alex's line is open", (Tones.Official, true), (Tones.ReporterA, true));
        output.WriteLine("line open: " + heard);
        // Alex left the queue for the open line: the control room's audio list says the line is open in the room.
        await Assertions.Expect(control.Locator("#audio-people li", new() { HasText = "Alex Reed" })).ToContainTextAsync("line open", new() { Timeout = 10_000 });
        // Janus's talk events (the browsers' audio-level RTP extension): the control room shows who is speaking now.
        await Assertions.Expect(control.Locator("#audio-people li", new() { HasText = "Alex Reed" }).Locator(".talking")).ToHaveCountAsync(1, new() { Timeout = 15_000 });
        await Assertions.Expect(control.Locator("#audio-people li", new() { HasText = "Control Room" }).Locator(".talking")).ToHaveCountAsync(1, new() { Timeout = 15_000 });
        await Assertions.Expect(control.Locator("#audio-people li", new() { HasText = "Blair" }).Locator(".talking")).ToHaveCountAsync(0);
        await Screens.AssertFitsAsync(alex, Screens.Phone, "audio-2-reporter-line-open");
        await Screens.AssertFitsAsync(control, Screens.Laptop, "audio-3-control-room");

        // Closed again: Blair no longer hears Alex, and Alex is told.
        await control.GetByRole(AriaRole.Button, new() { Name = "Close the line" }).ClickAsync();
        await control.Locator("#confirm-yes").ClickAsync();
        await Assertions.Expect(alex.Locator("#audio-state")).ToHaveTextAsync("Line closed. You are listening again.", new() { Timeout = 10_000 });
        await Assertions.Expect(alex.Locator("#audio-level-box")).ToBeHiddenAsync();
        // A closed line is not talking, whatever the microphone still picks up.
        await Assertions.Expect(control.Locator("#audio-people li", new() { HasText = "Alex Reed" }).Locator(".talking")).ToHaveCountAsync(0, new() { Timeout = 10_000 });
        heard = await Tones.UntilAsync(blair, Ear, "Blair no longer hearing Alex once the line is closed", (Tones.Official, true), (Tones.ReporterA, false));
        output.WriteLine("line closed again: " + heard);

        // Casey is a verified reporter but not admitted: no page to join from, and the join itself is refused.
        var casey = await call.PersonAsync(Tones.ReporterB, "casey@news.example", $"/briefings/{call.Id}", Screens.Phone);
        await Assertions.Expect(casey.GetByRole(AriaRole.Button, new() { Name = "Join audio" })).ToHaveCountAsync(0);
        var refused = await casey.EvaluateAsync<JsonElement>(JoinDirectly, $"/api/briefings/{call.Id}/audio");
        output.WriteLine("Casey's join: " + refused);
        Assert.Equal(403, refused.GetProperty("status").GetInt32());
        Assert.Contains("You are not admitted to this call", refused.GetProperty("body").GetString(), StringComparison.Ordinal);

        // Leaving is leaving: Blair's page stops receiving.
        await blair.GetByRole(AriaRole.Button, new() { Name = "Leave audio" }).ClickAsync();
        await Assertions.Expect(blair.Locator("#audio-state")).ToHaveTextAsync("You are not in the call’s audio.");
        await Assertions.Expect(control.Locator("#audio-people li")).ToHaveCountAsync(2, new() { Timeout = 10_000 });
    }

    // A page's own offer sent straight to the join route, as a script of a reporter not admitted could.
    internal const string JoinDirectly = """
        async (url) => {
          const pc = new RTCPeerConnection({ iceServers: [] });
          pc.addTransceiver('audio');
          await pc.setLocalDescription(await pc.createOffer());
          const r = await fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ sdp: pc.localDescription.sdp }) });
          pc.close();
          return { status: r.status, body: await r.text() };
        }
        """;
}

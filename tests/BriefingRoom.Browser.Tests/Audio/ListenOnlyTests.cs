using System.Text.Json;
using BriefingRoom.TestSupport;
using Microsoft.Playwright;

namespace BriefingRoom.Browser.Tests.Audio;

/// <summary>
/// A reporter whose browser blocks the microphone joins the audio to listen only: the page says asking needs the
/// microphone instead of offering a hand whose line would carry nothing, the operator sees "listen only — no microphone"
/// beside them, and once the reporter allows the microphone the page joins again with it and the hand can go up.
/// </summary>
[Collection(nameof(Chromium))]
[System.Runtime.Versioning.SupportedOSPlatform("linux")]
public sealed class ListenOnlyTests(Chromium chromium)
{
    const float Soon = 15_000; // each wait, on two cores shared with Janus and two Chromiums

    [SkippableFact(Timeout = 240_000)]
    public async Task A_reporter_who_refused_the_microphone_is_told_asking_needs_it_and_can_raise_a_hand_once_they_allow_it()
    {
        Requires.Chromium();
        Requires.Janus();
        await using var call = await AudioCall.StartAsync(chromium);
        var control = await call.PersonAsync(Tones.Official, "room@press.gov", $"/staff/briefings/{call.Id}", Screens.Laptop);
        var blair = await call.PersonWithoutMicrophoneAsync("blair@news.example", $"/briefings/{call.Id}", Screens.Phone);
        var row = control.Locator("#queue-rows tr", new() { HasText = "Blair Stone" });

        // Not in the audio yet: the queue works as it does without audio.
        await blair.GetByRole(AriaRole.Button, new() { Name = "Raise hand" }).ClickAsync();
        await Assertions.Expect(blair.Locator("#place")).ToHaveTextAsync("You are number 1 in line (1 waiting).", new() { Timeout = Soon });
        await Assertions.Expect(row.Locator("[data-field=audio]")).ToHaveTextAsync("not connected", new() { Timeout = Soon });

        // Joined without the microphone: the page says what that means for a question, and so does the control room.
        await blair.GetByRole(AriaRole.Button, new() { Name = "Join audio" }).ClickAsync();
        await Assertions.Expect(blair.Locator("#audio-state")).ToHaveTextAsync(
            "Listening only: the browser did not give your microphone. To ask a question, choose “Allow microphone” under Questions.", new() { Timeout = Soon });
        await Assertions.Expect(blair.Locator("#ask-microphone")).ToContainTextAsync("Asking a question needs your microphone.");
        await Assertions.Expect(row.Locator("[data-field=audio]")).ToHaveTextAsync("listen only — no microphone", new() { Timeout = Soon });
        await Assertions.Expect(control.Locator("#audio-people li", new() { HasText = "Blair Stone" })).ToContainTextAsync("listen only — no microphone", new() { Timeout = Soon });
        await Screens.AssertFitsAsync(control, Screens.Laptop, "listen-only-1-control-room");

        // Withdrawn, no hand is offered: the focus goes to the microphone, and a raise sent anyway is refused.
        await blair.GetByRole(AriaRole.Button, new() { Name = "Withdraw" }).ClickAsync();
        await Assertions.Expect(blair.Locator("#place")).ToHaveTextAsync("You are not in line.", new() { Timeout = Soon });
        await Assertions.Expect(blair.GetByRole(AriaRole.Button, new() { Name = "Raise hand" })).ToBeHiddenAsync();
        await Assertions.Expect(blair.GetByRole(AriaRole.Button, new() { Name = "Allow microphone" })).ToBeFocusedAsync();
        var raised = await blair.EvaluateAsync<JsonElement>(RaiseDirectly, $"/api/briefings/{call.Id}/queue");
        Assert.Equal(409, raised.GetProperty("status").GetInt32());
        Assert.Contains("Asking a question needs your microphone", raised.GetProperty("body").GetString(), StringComparison.Ordinal);
        await Assertions.Expect(row).ToHaveCountAsync(0);

        // The browser still blocks it: the page says where to allow it.
        await blair.GetByRole(AriaRole.Button, new() { Name = "Allow microphone" }).ClickAsync();
        await Assertions.Expect(blair.Locator("#allow-microphone-state")).ToContainTextAsync("The browser still blocks the microphone for this site. Allow it in the site’s settings", new() { Timeout = Soon });
        await Screens.AssertFitsAsync(blair, Screens.Phone, "listen-only-2-reporter-needs-microphone");

        // Allowed in the site's settings: the page joins again with the microphone, muted, and the hand can go up.
        await blair.Context.GrantPermissionsAsync(["microphone"], new() { Origin = new Uri(blair.Url).GetLeftPart(UriPartial.Authority) });
        await blair.GetByRole(AriaRole.Button, new() { Name = "Allow microphone" }).ClickAsync();
        await Assertions.Expect(blair.Locator("#audio-state")).ToHaveTextAsync("Listening. Your microphone is muted until the operator opens your line.", new() { Timeout = Soon });
        await Assertions.Expect(blair.Locator("#ask-microphone")).ToBeHiddenAsync();
        await Assertions.Expect(blair.GetByRole(AriaRole.Button, new() { Name = "Raise hand" })).ToBeFocusedAsync();
        await Assertions.Expect(control.Locator("#audio-people li", new() { HasText = "Blair Stone" })).ToContainTextAsync("listening, line closed", new() { Timeout = Soon });
        await blair.Keyboard.PressAsync("Enter");
        await Assertions.Expect(blair.Locator("#place")).ToHaveTextAsync("You are number 1 in line (1 waiting).", new() { Timeout = Soon });
        await Assertions.Expect(row.Locator("[data-field=audio]")).ToHaveTextAsync("listening, line closed", new() { Timeout = Soon });
        await Screens.AssertFitsAsync(blair, Screens.Phone, "listen-only-3-reporter-microphone-allowed");
    }

    // The queue's own route, as a script on the page could call it while the page offers no hand.
    const string RaiseDirectly = """
        async (url) => {
          const r = await fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/json', 'Accept': 'application/json' }, body: '{}' });
          return { status: r.status, body: await r.text() };
        }
        """;
}

using System.Runtime.CompilerServices;
using BriefingRoom.TestSupport;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace BriefingRoom.Browser.Tests;

/// <summary>
/// One headless Debian Chromium (BRIEFING_TEST_CHROMIUM) for a test collection; each test takes a fresh context.
/// <see cref="NewContextAsync"/> skips (or fails, under test.sh) the test when there is no Chromium.
/// </summary>
public sealed class Chromium(IMessageSink diagnostics) : IAsyncLifetime
{
    // Debian's build, not Playwright's download; these flags keep it from reaching the network or needing a sandbox as root.
    static readonly string[] Flags = ["--no-sandbox", "--disable-background-networking", "--disable-component-update"];

    // Media on loopback only (issue 13, network rules): loopback candidates allowed and not hidden behind mDNS names,
    // which the test Janus ignores; the microphone granted without a prompt and fed from a file; audio may start unasked.
    static readonly string[] MediaFlags =
        ["--allow-loopback-in-peer-connection", "--disable-features=WebRtcHideLocalIpsWithMdns", "--autoplay-policy=no-user-gesture-required"];

    static string[] MicrophoneFlags(string wav) =>
        [.. MediaFlags, "--use-fake-ui-for-media-stream", "--use-fake-device-for-media-stream", "--use-file-for-fake-audio-capture=" + wav];

    IPlaywright? playwright;
    IBrowser? browser;

    public async Task InitializeAsync()
    {
        var why = Requires.WhyNoChromium();
        if (why is not null)
        {
            Requires.Announce(diagnostics, why);
            return;
        }
        playwright = await Playwright.CreateAsync();
        browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = Requires.Chromium(), Headless = true, Args = Flags });
    }

    /// <summary>A fresh context (cookies, storage) for one test; dispose it at the test's end.</summary>
    public async Task<IBrowserContext> NewContextAsync(BrowserNewContextOptions? options = null)
    {
        var launched = browser ?? throw new InvalidOperationException(Requires.Chromium() + " was not launched");
        return await launched.NewContextAsync(options);
    }

    /// <summary>
    /// A Chromium process of its own whose microphone plays <paramref name="wav"/> (the fake capture file is one per
    /// process, so each person speaking their own tone needs their own browser); dispose it at the test's end.
    /// </summary>
    public async Task<IBrowser> LaunchWithMicrophoneAsync(string wav)
    {
        var launcher = playwright ?? throw new InvalidOperationException(Requires.Chromium() + " was not launched");
        return await launcher.Chromium.LaunchAsync(new() { ExecutablePath = Requires.Chromium(), Headless = true, Args = [.. Flags, .. MicrophoneFlags(wav)] });
    }

    /// <summary>
    /// A Chromium process of its own that may play and receive audio on loopback but whose microphone is refused: no
    /// permission is granted and no prompt is faked, so getUserMedia fails as when a person chooses "Block".
    /// </summary>
    public async Task<IBrowser> LaunchWithMicrophoneRefusedAsync()
    {
        var launcher = playwright ?? throw new InvalidOperationException(Requires.Chromium() + " was not launched");
        return await launcher.Chromium.LaunchAsync(new() { ExecutablePath = Requires.Chromium(), Headless = true, Args = [.. Flags, .. MediaFlags, "--use-fake-device-for-media-stream", "--deny-permission-prompts"] });
    }

    /// <summary>Saves the page as artifacts/screenshots/&lt;test&gt;.png under the repository root and returns the path.</summary>
    public static async Task<string> ScreenshotAsync(IPage page, [CallerMemberName] string test = "")
    {
        var path = Path.Combine(RepositoryPaths.Root, "artifacts", "screenshots", test + ".png");
        await page.ScreenshotAsync(new() { Path = path, FullPage = true });
        return path;
    }

    public async Task DisposeAsync()
    {
        if (browser is not null)
        {
            await browser.DisposeAsync();
        }
        playwright?.Dispose();
    }
}

[CollectionDefinition(nameof(Chromium))]
public sealed class ChromiumCollectionDefinition : ICollectionFixture<Chromium>;

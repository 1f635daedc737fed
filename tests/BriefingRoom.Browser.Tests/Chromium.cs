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
        browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = Requires.Chromium(), Headless = true, Args = ChromiumFlags.Headless });
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
        return await launcher.Chromium.LaunchAsync(new() { ExecutablePath = Requires.Chromium(), Headless = true, Args = [.. ChromiumFlags.Headless, .. ChromiumFlags.Microphone(wav)] });
    }

    /// <summary>
    /// A Chromium process of its own that may play and receive audio on loopback but whose microphone is refused: no
    /// permission is granted and no prompt is faked, so getUserMedia fails as when a person chooses "Block".
    /// </summary>
    public async Task<IBrowser> LaunchWithMicrophoneRefusedAsync()
    {
        var launcher = playwright ?? throw new InvalidOperationException(Requires.Chromium() + " was not launched");
        return await launcher.Chromium.LaunchAsync(new() { ExecutablePath = Requires.Chromium(), Headless = true, Args = [.. ChromiumFlags.Headless, .. ChromiumFlags.Media, "--use-fake-device-for-media-stream", "--deny-permission-prompts"] });
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

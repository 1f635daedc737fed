namespace BriefingRoom.Browser.Tests;

/// <summary>The command-line flags every Chromium of the tests (and of bench/BriefingRoom.AudioBench, which links this file) starts with.</summary>
public static class ChromiumFlags
{
    /// <summary>Debian's build, not Playwright's download; these keep it from reaching the network or needing a sandbox as root.</summary>
    public static readonly string[] Headless = ["--no-sandbox", "--disable-background-networking", "--disable-component-update"];

    /// <summary>
    /// Media on loopback only (issue 13, network rules): loopback candidates allowed and not hidden behind mDNS names,
    /// which the test Janus ignores; audio may start unasked.
    /// </summary>
    public static readonly string[] Media =
        ["--allow-loopback-in-peer-connection", "--disable-features=WebRtcHideLocalIpsWithMdns", "--autoplay-policy=no-user-gesture-required"];

    /// <summary>Media flags with the microphone granted without a prompt and fed from a file.</summary>
    public static string[] Microphone(string wav) =>
        [.. Media, "--use-fake-ui-for-media-stream", "--use-fake-device-for-media-stream", "--use-file-for-fake-audio-capture=" + wav];
}

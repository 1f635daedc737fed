using System.Net.Http.Json;
using System.Text.Json;
using BriefingRoom.Server.Media;
using BriefingRoom.Server.Storage;
using BriefingRoom.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace BriefingRoom.Browser.Tests.Audio;

/// <summary>A live call on a server with its own Janus, three verified reporters of whom Alex and Blair are admitted.</summary>
public sealed class AudioCall : IAsyncDisposable
{
    public const string Password = "browser-password-1";
    static readonly string[] RoomRoles = ["moderator", "operator", "stenographer", "publisher"];

    /// <summary>Staff who hold one role each, beside the control room's account that holds them all.</summary>
    public static readonly (string Email, string Role)[] OneRole = [("op@press.gov", "operator"), ("steno@press.gov", "stenographer"), ("admin2@press.gov", "admin")];
    readonly string file = Path.Combine(Path.GetTempPath(), $"briefing-audio-{Guid.NewGuid():N}.db");
    readonly List<IBrowser> browsers = [];
    readonly List<string> wavs = [];
    RunningServer server = default!;
    Chromium chromium = default!;

    public long Id { get; private set; }

    public HttpClient Moderator { get; private set; } = default!;

    public MediaSupervisor Media => server.App.Services.GetRequiredService<MediaSupervisor>();

    /// <summary>The account ids of Alex, Blair and Casey (Casey is not admitted).</summary>
    public IReadOnlyList<long> Reporters { get; private set; } = [];

    public static async Task<AudioCall> StartAsync(Chromium chromium)
    {
        var call = new AudioCall { chromium = chromium };
        call.server = await RunningServer.StartAsync(DatabaseChoice.Sqlite(call.file), options: o => o with { Media = new MediaOptions() });
        var media = call.Media;
        using var admin = await call.server.SignInAsAdminAsync();
        using var anonymous = call.server.NewClient();
        (await admin.PostAsJsonAsync("/api/accounts", new { email = "room@press.gov", name = "Control Room", roles = RoomRoles, password = Password })).EnsureSuccessStatusCode();
        foreach (var (email, role) in OneRole)
        {
            (await admin.PostAsJsonAsync("/api/accounts", new { email, name = $"The {role}", roles = new[] { role }, password = Password })).EnsureSuccessStatusCode();
        }
        var reporters = new List<long>();
        foreach (var (email, name, outlet) in new[] { ("alex@news.example", "Alex Reed", "Daily Planet"), ("blair@news.example", "Blair Stone", "Evening Star"), ("casey@news.example", "Casey Moss", "Morning Post") })
        {
            var created = await anonymous.PostAsJsonAsync("/api/reporters", new { email, name, outlet, password = Password });
            var reporterId = JsonDocument.Parse(await created.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetInt64();
            (await admin.PostAsync($"/api/accounts/{reporterId}/verify", null)).EnsureSuccessStatusCode();
            reporters.Add(reporterId);
        }
        call.Reporters = reporters;
        call.Moderator = await call.server.SignInAsync("room@press.gov", Password);
        call.Id = await CanariesBriefing.ScheduleAsync(call.Moderator);
        foreach (var reporterId in reporters.Take(2))
        {
            (await call.Moderator.PostAsJsonAsync($"/api/briefings/{call.Id}/reporters", new { accountId = reporterId })).EnsureSuccessStatusCode();
        }
        await WaitAsync(() => media.Status.IsOn, "the server's Janus coming on", () => media.Status.ToString());
        (await call.Moderator.PostAsync($"/api/briefings/{call.Id}/open", null)).EnsureSuccessStatusCode();
        return call;
    }

    // Three Chromiums, Janus and the server share two cores here: a first page load may wait longer than Playwright's 30 s default.
    private static async Task<IBrowserContext> ContextAsync(IBrowser browser, string screen)
    {
        var context = await browser.NewContextAsync(new() { ViewportSize = Screens.Of(screen), BypassCSP = true });
        context.SetDefaultNavigationTimeout(90_000);
        return context;
    }

    /// <summary>A person in a Chromium of their own whose microphone plays <paramref name="tone"/>, signed in at <paramref name="path"/>.</summary>
    public async Task<IPage> PersonAsync(int tone, string email, string path, string screen)
    {
        var wav = ToneWav.Write(tone);
        wavs.Add(wav);
        var browser = await chromium.LaunchWithMicrophoneAsync(wav);
        browsers.Add(browser);
        // CSP is bypassed only so that axe-core can be injected (the pages' scripts are files, as the policy wants).
        var context = await ContextAsync(browser, screen);
        return await WholeCallTests.SignInAsync(context, server, email, path, Password);
    }

    /// <summary>A plan speaker with no account, whose microphone plays <paramref name="tone"/>, on the page their link opens.</summary>
    public async Task<IPage> SpeakerAsync(int tone, string link, string screen)
    {
        var wav = ToneWav.Write(tone);
        wavs.Add(wav);
        var browser = await chromium.LaunchWithMicrophoneAsync(wav);
        browsers.Add(browser);
        var context = await ContextAsync(browser, screen);
        var page = await context.NewPageAsync();
        await page.GotoAsync(new Uri(server.Address, link).ToString());
        return page;
    }

    /// <summary>A person whose browser refuses the microphone (they chose "Block"), signed in at <paramref name="path"/>.</summary>
    public async Task<IPage> PersonWithoutMicrophoneAsync(string email, string path, string screen)
    {
        var browser = await chromium.LaunchWithMicrophoneRefusedAsync();
        browsers.Add(browser);
        var context = await ContextAsync(browser, screen);
        return await WholeCallTests.SignInAsync(context, server, email, path, Password);
    }

    public static async Task WaitAsync(Func<bool> done, string what, Func<string> last)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (!done())
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"{what} did not happen within 20 s; last seen: {last()}");
            }
            await Task.Delay(50);
        }
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var browser in browsers)
        {
            await browser.DisposeAsync();
        }
        Moderator?.Dispose();
        await server.DisposeAsync();
        foreach (var path in wavs.Concat(((string[])["", "-wal", "-shm", "-journal"]).Select(s => file + s)))
        {
            File.Delete(path);
        }
    }
}

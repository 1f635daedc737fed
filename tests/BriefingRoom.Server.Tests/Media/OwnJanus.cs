using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using BriefingRoom.Server.Media;

namespace BriefingRoom.Server.Tests.Media;

/// <summary>Looking at the Janus a server started: waiting for it, asking it as an outsider would, and finding its process.</summary>
[System.Runtime.Versioning.SupportedOSPlatform("linux")]
public static class OwnJanus
{
    /// <summary>Waits until audio is on with a Janus this server started, and returns that Janus.</summary>
    public static async Task<JanusProcess> OnAsync(MediaSupervisor media)
    {
        await Eventually.ThatAsync(() => Task.FromResult(media.Status), s => s.IsOn && media.Own is not null, "audio coming on", seconds: 20);
        return media.Own!;
    }

    // The status code Janus answers a session's creation with: 200, or its error code (403 for a wrong or missing secret).
    public static async Task<int> CreateSessionAsync(HttpClient http, Uri api, string? secret)
    {
        object request = secret is null ? new { janus = "create", transaction = "t" } : new { janus = "create", transaction = "t", apisecret = secret };
        var reply = await (await http.PostAsJsonAsync(api, request)).Content.ReadFromJsonAsync<JsonElement>();
        return reply.GetProperty("janus").GetString() == "success" ? 200 : reply.GetProperty("error").GetProperty("code").GetInt32();
    }

    public static string[] Names(JsonElement map) => [.. map.EnumerateObject().Select(p => p.Name)];

    // Gone, or a zombie that no init in this container has reaped yet: either way no longer running.
    public static bool IsRunning(int pid) =>
        File.Exists($"/proc/{pid}/stat") && ReadOrEmpty($"/proc/{pid}/stat").Split(") ").ElementAtOrDefault(1) is { Length: > 0 } rest && rest[0] is not ('Z' or 'X');

    public static int[] Children(int pid) =>
        [.. (Directory.Exists($"/proc/{pid}/task") ? Directory.GetDirectories($"/proc/{pid}/task") : [])
            .SelectMany(task => ReadOrEmpty(Path.Combine(task, "children")).Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Select(int.Parse)];

    public static string Name(int pid) => ReadOrEmpty($"/proc/{pid}/comm").Trim();

    private static string ReadOrEmpty(string path)
    {
        try
        {
            return File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return "";
        }
    }
}

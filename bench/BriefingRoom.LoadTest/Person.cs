using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json;

namespace BriefingRoom.LoadTest;

/// <summary>
/// One signed-in person: an HttpClient with its own cookie jar whose connections leave from a loopback address of
/// its own (127.x.y.z), as separate browsers would, so the per-address sign-in limit (10 a minute) applies per person.
/// </summary>
public sealed class Person(string name, HttpClient client, IPAddress source, CookieContainer cookies) : IDisposable
{
    public string Name { get; } = name;

    public HttpClient Http { get; } = client;

    public IPAddress Source { get; } = source;

    /// <summary>The session cookie as a Cookie header, for a client outside .NET (the audio bench's aiortc listeners).</summary>
    public string CookieHeader => cookies.GetCookieHeader(Http.BaseAddress!);

    /// <summary>The account id, set once the account exists.</summary>
    public long AccountId { get; set; }

    public static Person Create(string name, Uri server, IPAddress source)
    {
        var cookies = new CookieContainer();
        var handler = new SocketsHttpHandler
        {
            CookieContainer = cookies,
            AllowAutoRedirect = false,
            MaxConnectionsPerServer = 8, // one for the live stream, the rest for commands
            PooledConnectionIdleTimeout = TimeSpan.FromMinutes(5),
            ConnectCallback = async (context, cancel) =>
            {
                var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
                try
                {
                    socket.Bind(new IPEndPoint(source, 0));
                    await socket.ConnectAsync(context.DnsEndPoint, cancel);
                    return new NetworkStream(socket, ownsSocket: true);
                }
                catch
                {
                    socket.Dispose();
                    throw;
                }
            },
        };
        return new Person(name, new HttpClient(handler) { BaseAddress = server, Timeout = TimeSpan.FromMinutes(2) }, source, cookies);
    }

    /// <summary>Posts JSON (or nothing) and returns the answer's JSON; throws with the server's problem text on failure.</summary>
    public async Task<JsonElement> PostAsync(string path, object? body = null)
    {
        using var response = body is null ? await Http.PostAsync(path, null) : await Http.PostAsJsonAsync(path, body);
        return await ReadAsync(response, "POST", path);
    }

    public async Task<JsonElement> DeleteAsync(string path)
    {
        using var response = await Http.DeleteAsync(path);
        return await ReadAsync(response, "DELETE", path);
    }

    /// <summary>Takes a session minted for the account (<see cref="BulkSetup"/>) instead of signing in.</summary>
    public void UseSession(string email, string cookie)
    {
        var eq = cookie.IndexOf('=', StringComparison.Ordinal);
        cookies.Add(Http.BaseAddress!, new Cookie(cookie[..eq], cookie[(eq + 1)..]));
        Email = email;
    }

    /// <summary>The e-mail address it signed in with.</summary>
    public string Email { get; private set; } = "";

    public async Task SignInAsync(string email, string password)
    {
        await PostAsync("/api/session", new { email, password });
        Email = email;
    }

    private async Task<JsonElement> ReadAsync(HttpResponseMessage response, string method, string path)
    {
        var text = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode)
        {
            throw new HttpRequestException($"{Name} {method} {path}: {(int)response.StatusCode} {text}");
        }
        return text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone();
    }

    public void Dispose() => Http.Dispose();
}

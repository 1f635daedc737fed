using System.Net.Http.Headers;

namespace BriefingRoom.Server.Tests;

/// <summary>One received Server-Sent Events message.</summary>
public sealed record SseMessage(long Id, string Event, string Data);

/// <summary>A live connection to a briefing's event stream, read message by message as a browser's EventSource would.</summary>
public sealed class SseClient : IAsyncDisposable
{
    private readonly HttpResponseMessage _response;
    private readonly StreamReader _reader;
    private readonly CancellationTokenSource _cancel = new();

    private SseClient(HttpResponseMessage response, StreamReader reader) => (_response, _reader) = (response, reader);

    public static async Task<SseClient> ConnectAsync(HttpClient client, string path, long? lastEventId = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/event-stream"));
        if (lastEventId is { } id)
        {
            request.Headers.Add("Last-Event-ID", id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
        var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
        return new SseClient(response, new StreamReader(await response.Content.ReadAsStreamAsync()));
    }

    /// <summary>Reads messages until one satisfies <paramref name="last"/>; fails after <paramref name="seconds"/>.</summary>
    public async Task<List<SseMessage>> ReadUntilAsync(Func<SseMessage, bool> last, int seconds = 10)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(_cancel.Token);
        timeout.CancelAfter(TimeSpan.FromSeconds(seconds));
        var messages = new List<SseMessage>();
        long id = 0;
        string? name = null;
        var data = new List<string>();
        while (true)
        {
            var line = await _reader.ReadLineAsync(timeout.Token) ?? throw new InvalidOperationException("the stream ended");
            if (line.Length == 0)
            {
                if (name is not null)
                {
                    var message = new SseMessage(id, name, string.Join('\n', data));
                    messages.Add(message);
                    if (last(message))
                    {
                        return messages;
                    }
                }
                name = null;
                data.Clear();
            }
            else if (line.StartsWith("id: ", StringComparison.Ordinal))
            {
                id = long.Parse(line[4..], System.Globalization.CultureInfo.InvariantCulture);
            }
            else if (line.StartsWith("event: ", StringComparison.Ordinal))
            {
                name = line[7..];
            }
            else if (line.StartsWith("data: ", StringComparison.Ordinal))
            {
                data.Add(line[6..]);
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _cancel.CancelAsync();
        _reader.Dispose();
        _response.Dispose();
        _cancel.Dispose();
    }
}

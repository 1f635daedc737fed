using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;

namespace BriefingRoom.LoadTest;

/// <summary>One received SSE message: its id, event name, when it was read (Stopwatch ticks), the paragraph token if any, and a queue event's data.</summary>
public sealed record SseEvent(long Id, string Event, long Seen, int Token, string? Data);

/// <summary>
/// A reporter's live connection to the briefing's event stream, read on its own task and timestamped as each message
/// completes; <paramref name="keepData"/> keeps every message's data (the crash campaign compares them), not only the queue's.
/// </summary>
public sealed class LiveConnection(Person person, bool keepData = false) : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private Task _reading = Task.CompletedTask;
    private long _lastId;

    public Person Person { get; } = person;

    /// <summary>Every message in arrival order; lock it to read while the stream runs.</summary>
    public List<SseEvent> Events { get; } = [];

    /// <summary>Why the stream failed (ended early, refused, an error); null while it is healthy.</summary>
    public string? Failure { get; private set; }

    public long LastId => Volatile.Read(ref _lastId);

    /// <summary>Connects from the start of the log (after=0), or resumes after <paramref name="lastEventId"/>, and returns once the response headers are in.</summary>
    public async Task ConnectAsync(long briefing, long? lastEventId = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, $"/api/briefings/{briefing}/events");
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/event-stream"));
        if (lastEventId is { } last)
        {
            request.Headers.Add("Last-Event-ID", last.ToString(CultureInfo.InvariantCulture));
            _lastId = last;
        }
        var response = await Person.Http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, _stop.Token);
        if (response.Content.Headers.ContentType?.MediaType != "text/event-stream")
        {
            Failure = $"{Person.Name}: events answered {(int)response.StatusCode} {response.Content.Headers.ContentType}";
            response.Dispose();
            return;
        }
        var stream = await response.Content.ReadAsStreamAsync(_stop.Token);
        _reading = Task.Run(() => ReadAsync(response, stream));
    }

    /// <summary>Stops reading; what was read stays in <see cref="Events"/>.</summary>
    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _reading;
        _stop.Dispose();
    }

    private async Task ReadAsync(HttpResponseMessage response, Stream stream)
    {
        using var _ = response;
        using var reader = new StreamReader(stream);
        long id = 0;
        string? name = null;
        string? data = null;
        try
        {
            while (await reader.ReadLineAsync(_stop.Token) is { } line)
            {
                if (line.Length == 0)
                {
                    if (name is not null)
                    {
                        var received = new SseEvent(id, name, Stopwatch.GetTimestamp(), Token(data), name == "queue" || keepData ? data : null);
                        lock (Events)
                        {
                            Events.Add(received);
                        }
                        Volatile.Write(ref _lastId, id);
                    }
                    (name, data) = (null, null);
                }
                else if (line.StartsWith("id: ", StringComparison.Ordinal))
                {
                    id = long.Parse(line.AsSpan(4), CultureInfo.InvariantCulture);
                }
                else if (line.StartsWith("event: ", StringComparison.Ordinal))
                {
                    name = line[7..];
                }
                else if (line.StartsWith("data: ", StringComparison.Ordinal))
                {
                    data = line[6..];
                }
            }
            Failure ??= $"{Person.Name}: the stream ended";
        }
        catch (OperationCanceledException) when (_stop.IsCancellationRequested)
        {
            // Stopped on purpose.
        }
        catch (Exception e) when (e is IOException or HttpRequestException)
        {
            Failure ??= $"{Person.Name}: {e.Message}";
        }
    }

    // Paragraphs carry "tok<index>." so a message is matched to the append that made it, not only by its id.
    private static int Token(string? data)
    {
        var at = data?.IndexOf("tok", StringComparison.Ordinal) ?? -1;
        if (at < 0)
        {
            return -1;
        }
        var end = data!.IndexOf('.', at);
        return end > at && int.TryParse(data.AsSpan(at + 3, end - at - 3), CultureInfo.InvariantCulture, out var token) ? token : -1;
    }
}

using System.IO.Compression;
using System.Text;

namespace BriefingRoom.Server.Tests.Probe;

/// <summary>What one probe request got back: the status, the media type, the headers and the body as text (a zip's entries unpacked).</summary>
public sealed record ProbeResponse(int Status, string MediaType, string Headers, string Body)
{
    public string Location { get; init; } = "";

    public static async Task<ProbeResponse> ReadAsync(HttpResponseMessage response, bool stream = false)
    {
        var media = response.Content.Headers.ContentType?.MediaType ?? "";
        var headers = string.Join('\n', response.Headers.Concat(response.Content.Headers).Select(h => $"{h.Key}: {string.Join(", ", h.Value)}"));
        var body = stream ? await ReadStreamAsync(response) : media == "application/zip" ? await UnzipAsync(response) : await response.Content.ReadAsStringAsync();
        return new ProbeResponse((int)response.StatusCode, media, headers, body) { Location = response.Headers.Location?.OriginalString ?? "" };
    }

    /// <summary>Markup a browser would run or parse as an element: present, a typed field was not escaped.</summary>
    public bool IsMarkup => MediaType is "text/html" or "application/xhtml+xml" or "image/svg+xml" || MediaType.EndsWith("xml", StringComparison.Ordinal);

    // A live stream never ends: what it replays at once is what it would show; 150 ms is plenty on loopback.
    private static async Task<string> ReadStreamAsync(HttpResponseMessage response)
    {
        using var quiet = new CancellationTokenSource(TimeSpan.FromMilliseconds(150));
        var text = new StringBuilder();
        try
        {
            using var reader = new StreamReader(await response.Content.ReadAsStreamAsync(quiet.Token));
            var buffer = new char[8192];
            int read;
            while ((read = await reader.ReadAsync(buffer, quiet.Token)) > 0)
            {
                text.Append(buffer, 0, read);
            }
        }
        catch (OperationCanceledException)
        {
            // The stream stays open; what came so far is the answer.
        }
        return text.ToString();
    }

    private static async Task<string> UnzipAsync(HttpResponseMessage response)
    {
        var bytes = await response.Content.ReadAsByteArrayAsync();
        try
        {
            using var zip = new ZipArchive(new MemoryStream(bytes), ZipArchiveMode.Read);
            var text = new StringBuilder();
            foreach (var entry in zip.Entries)
            {
                using var reader = new StreamReader(entry.Open());
                text.Append(entry.FullName).Append('\n').Append(await reader.ReadToEndAsync()).Append('\n');
            }
            return text.ToString();
        }
        catch (InvalidDataException)
        {
            return Encoding.UTF8.GetString(bytes);
        }
    }
}

using System.Text.Json;

namespace BriefingRoom.Server.Live;

/// <summary>Whether a request confirms a consequential command: <c>?confirm=true</c>, or <c>{"confirm": true}</c> as its JSON body (an empty body confirms nothing).</summary>
public static class Confirmation
{
    public static async Task<bool> ReadAsync(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (bool.TryParse(request.Query["confirm"], out var query) && query)
        {
            return true;
        }
        if (!request.HasJsonContentType())
        {
            return false;
        }
        try
        {
            using var body = await JsonDocument.ParseAsync(request.Body);
            return body.RootElement.ValueKind == JsonValueKind.Object
                && body.RootElement.TryGetProperty("confirm", out var confirm)
                && confirm.ValueKind == JsonValueKind.True;
        }
        catch (JsonException)
        {
            return false; // an unreadable body confirms nothing; the guard then explains what to send
        }
    }
}

namespace BriefingRoom.Server.Media;

/// <summary>Where the call's audio comes from: a Janus this server starts itself (the default), one run elsewhere, or none.</summary>
public sealed record MediaOptions
{
    public const string ServerVariable = "BRIEFING_MEDIA_SERVER";
    public const string ApiSecretVariable = "BRIEFING_MEDIA_API_SECRET";
    public const string RoomKeyVariable = "BRIEFING_MEDIA_ROOM_KEY";

    /// <summary>Audio turned off on purpose (<c>--no-media</c>): no Janus is started or called.</summary>
    public static MediaOptions Off { get; } = new() { Disabled = true };

    public bool Disabled { get; init; }

    /// <summary>The HTTP API of a Janus run elsewhere (e.g. http://10.0.0.5:8088/janus); null to start one on loopback.</summary>
    public Uri? Server { get; init; }

    /// <summary>The Janus program to start when no server is given: a name looked up on the PATH, or a path.</summary>
    public string JanusProgram { get; init; } = "janus";

    /// <summary>The <c>api_secret</c> of a Janus run elsewhere (from the environment, never the command line, where any user can read it).</summary>
    public string? ApiSecret { get; init; }

    /// <summary>The AudioBridge <c>admin_key</c> of a Janus run elsewhere, which room creation needs.</summary>
    public string? RoomKey { get; init; }

    /// <summary>A media server address as typed: an http(s) URL of Janus's HTTP API, or null with the reason it is not one.</summary>
    public static Uri? ParseServer(string text, out string? error)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (Uri.TryCreate(text, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
            && uri.Query.Length == 0 && uri.Fragment.Length == 0 && uri.UserInfo.Length == 0)
        {
            error = null;
            return new Uri(uri.AbsoluteUri.TrimEnd('/'));
        }
        error = $"'{text}' is not the address of a Janus HTTP API, like http://127.0.0.1:8088/janus";
        return null;
    }
}

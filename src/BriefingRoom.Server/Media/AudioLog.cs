namespace BriefingRoom.Server.Media;

/// <summary>What joining and leaving calls' audio writes to the server's log.</summary>
internal static partial class AudioLog
{
    [LoggerMessage(Level = LogLevel.Information, Message = "{Key} joined the audio of briefing {Briefing} (muted: {Muted}, microphone: {Microphone})")]
    public static partial void Joined(this ILogger logger, long briefing, string key, bool muted, bool microphone);

    [LoggerMessage(Level = LogLevel.Information, Message = "{Key} left the audio of briefing {Briefing}")]
    public static partial void Left(this ILogger logger, long briefing, string key);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Key} could not join the audio of briefing {Briefing}: {Why}")]
    public static partial void JoinFailed(this ILogger logger, long briefing, string key, string why);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Key} could not be kicked from the audio of briefing {Briefing}: {Why}; their session is ended instead")]
    public static partial void KickFailed(this ILogger logger, long briefing, string key, string why);

    [LoggerMessage(Level = LogLevel.Information, Message = "{Key} was still in the audio of briefing {Briefing} under a session no one holds (a Briefing Room that was killed); kicked so that they can join again")]
    public static partial void StaleKicked(this ILogger logger, long briefing, string key);

    [LoggerMessage(Level = LogLevel.Information, Message = "The media server refused the SDP offer of {Key} in briefing {Briefing}: {Why}")]
    public static partial void OfferRefused(this ILogger logger, long briefing, string key, string why);
}

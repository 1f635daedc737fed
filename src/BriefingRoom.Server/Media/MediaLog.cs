namespace BriefingRoom.Server.Media;

/// <summary>What the media supervision writes to the server's log.</summary>
internal static partial class MediaLog
{
    [LoggerMessage(Level = LogLevel.Information, Message = "Audio is off: {Why} The call runs with its typed transcript only.")]
    public static partial void AudioOff(this ILogger logger, string why);

    [LoggerMessage(Level = LogLevel.Information, Message = "Audio is on: Janus {Version}, {Where}.")]
    public static partial void AudioOn(this ILogger logger, string version, string where);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Audio is off: {Ended}; trying again in {Seconds:0} s.")]
    public static partial void Retrying(this ILogger logger, string ended, double seconds);

    [LoggerMessage(Level = LogLevel.Information, Message = "The end of that Janus's log: {Tail}")]
    public static partial void LogTail(this ILogger logger, string tail);

    [LoggerMessage(Level = LogLevel.Debug, Message = "janus: {Line}")]
    public static partial void JanusOutput(this ILogger logger, string line);

    [LoggerMessage(Level = LogLevel.Warning, Message = "janus: {Line}")]
    public static partial void JanusError(this ILogger logger, string line);

    [LoggerMessage(Level = LogLevel.Information, Message = "Audio room of briefing {Id} created")]
    public static partial void RoomCreated(this ILogger logger, long id);

    [LoggerMessage(Level = LogLevel.Information, Message = "Audio room of briefing {Id} destroyed")]
    public static partial void RoomDestroyed(this ILogger logger, long id);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The audio room of briefing {Id} could not follow its call: {Why}; it is tried again when the media server is back")]
    public static partial void RoomFailed(this ILogger logger, long id, string why);
}

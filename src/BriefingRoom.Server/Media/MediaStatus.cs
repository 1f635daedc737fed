namespace BriefingRoom.Server.Media;

/// <summary>
/// Whether the call has audio, and if not why, in words for everyone (<see cref="Reason"/>) and with what only staff
/// should read (<see cref="StaffDetail"/>: addresses, exit codes, log files).
/// </summary>
public sealed record MediaStatus(bool IsOn, string Reason, string? StaffDetail = null)
{
    public static MediaStatus TurnedOff { get; } = new(false, "this server runs calls without audio", "Briefing Room was started with --no-media.");

    public static MediaStatus NotInstalled(string detail) => new(false, "Janus is not installed on this server", detail);

    public static MediaStatus Starting(string detail) => new(false, "the media server is starting", detail);

    public static MediaStatus NoAnswer(string detail) => new(false, "the media server does not answer", detail);

    public static MediaStatus Restarting(string detail) => new(false, "the media server stopped and is being restarted", detail);

    public static MediaStatus On(string detail) => new(true, "audio is on", detail);
}

using BriefingRoom.Briefings;
using BriefingRoom.Server.Media;

namespace BriefingRoom.Server.Queue;

/// <summary>
/// Raising a hand, as the API and the reporter page's form both do it: the log's own rules first, then the call's audio.
/// A reporter in the audio without a microphone is refused (409 "microphone-needed"): the operator would open a line
/// that carries nothing. A reporter not in the audio at all, or a call without audio, raises a hand as ever.
/// </summary>
public static class HandRaising
{
    public const string MicrophoneNeeded =
        "Asking a question needs your microphone, and you are in the call's audio to listen only, so nobody would hear you. " +
        "Choose \u201cAllow microphone\u201d on the call's page (or allow it for this site in the browser and join the audio again), then raise your hand.";

    public static Func<BriefingState, CommandResult> Raise(AudioPresence presence, long briefing, string reporterId)
    {
        ArgumentNullException.ThrowIfNull(presence);
        return state =>
        {
            var raised = BriefingCommands.RaiseHand(state, reporterId);
            return raised.Accepted && presence.ListensOnly(briefing, reporterId) ? new Rejection("microphone-needed", MicrophoneNeeded) : raised;
        };
    }
}

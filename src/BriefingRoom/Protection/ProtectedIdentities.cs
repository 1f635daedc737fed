using BriefingRoom.Transcripts;

namespace BriefingRoom.Protection;

/// <summary>
/// One protected person: the label their turns are printed under, the attribution their in-text mentions become
/// (<c>[senior administration official]</c>), and every name and alias that must never be published.
/// </summary>
public sealed record ProtectedSpeaker(string Label, string Mention, ValueList<string> Names, ValueList<string> Aliases)
{
    /// <summary>Full names first, then aliases: every string that identifies this person.</summary>
    public IEnumerable<string> Identifiers => Names.Concat(Aliases);

    /// <summary>Names and aliases marked <c>exact-case</c>: matched only where every letter has the case it is written in here.</summary>
    public ValueList<string> ExactCase { get; init; } = [];
}

/// <summary>
/// The protected identities of a briefing (the file given to <c>--protect</c>): the people, phrases that contain an
/// alias but name someone else (<c>Jake Tapper</c>), and phrases always replaced by <c>[redacted]</c>.
/// </summary>
public sealed record ProtectedIdentities(ValueList<ProtectedSpeaker> Speakers, ValueList<string> Allow, ValueList<string> Redact);

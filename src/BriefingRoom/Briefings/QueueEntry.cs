namespace BriefingRoom.Briefings;

/// <summary>
/// A raised hand: <see cref="Seq"/> is the log position that orders the queue; <see cref="Pin"/> is set once the
/// moderator moves the entry, and holds it at that place.
/// </summary>
public sealed record QueueEntry(string EntryId, string ReporterId, long Seq, DateTimeOffset RequestedAt, QueuePin? Pin = null);

/// <summary>Where the moderator put an entry, and when (later moves are laid over earlier ones).</summary>
public sealed record QueuePin(int Index, long Seq);

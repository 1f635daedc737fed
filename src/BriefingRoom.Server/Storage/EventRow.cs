namespace BriefingRoom.Server.Storage;

/// <summary>One stored event of a briefing's log: (briefing, seq) is unique, so two writers can never both append seq n.</summary>
public sealed class EventRow
{
    public long BriefingId { get; set; }

    public long Seq { get; set; }

    public DateTimeOffset At { get; set; }

    public required string Actor { get; set; }

    public required string Type { get; set; }

    /// <summary>The event as JSON (<c>BriefingEvent</c> with its type discriminator).</summary>
    public required string Payload { get; set; }
}

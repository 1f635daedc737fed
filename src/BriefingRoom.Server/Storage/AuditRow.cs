namespace BriefingRoom.Server.Storage;

/// <summary>A staff action outside any briefing's log (accounts created, reporters verified), kept for accountability.</summary>
public sealed class AuditRow
{
    public long Id { get; set; }

    public DateTimeOffset At { get; set; }

    public required string Actor { get; set; }

    public required string Action { get; set; }

    public required string Detail { get; set; }
}

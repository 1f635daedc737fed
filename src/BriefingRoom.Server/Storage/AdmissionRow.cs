namespace BriefingRoom.Server.Storage;

/// <summary>A reporter admitted to a briefing: mirrors the log's <c>ReporterAdmitted</c> events so "my briefings" is one query.</summary>
public sealed class AdmissionRow
{
    public long BriefingId { get; set; }

    public long AccountId { get; set; }
}

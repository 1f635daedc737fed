namespace BriefingRoom.Server.Publishing;

/// <summary>What a publication attempt did: published a version at a path, was blocked by findings, or could not run now (and why).</summary>
public sealed record PublicationOutcome(int Version, string? Path, IReadOnlyList<StoredFinding> Findings, string? NotNow)
{
    public bool IsPublished => Path is not null && NotNow is null;
}

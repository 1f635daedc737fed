using BriefingRoom.Protection;
using BriefingRoom.Transcripts;

namespace BriefingRoom.Publishing;

/// <summary>
/// What publishing a briefing takes: the staff transcript (real names), its protected identities, the public title,
/// the site section (<c>press-briefings</c>), first publication and this version's instants, the briefing's IANA zone,
/// the version (1, then one more per correction), the site's origin (<c>https://example.gov</c>, or "" for
/// site-relative links) and, for a correction, the path the first version was published at.
/// </summary>
public sealed record PublicationRequest(
    Transcript Staff,
    ProtectedIdentities Ids,
    string Title,
    string Section,
    DateTimeOffset Published,
    DateTimeOffset Modified,
    string TimeZone,
    int Version,
    string SiteBase,
    string? ExistingPath = null);

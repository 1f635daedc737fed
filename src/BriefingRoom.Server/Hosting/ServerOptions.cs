using BriefingRoom.Server.Media;
using BriefingRoom.Server.Storage;

namespace BriefingRoom.Server.Hosting;

/// <summary>What <c>briefing serve</c> was started with.</summary>
public sealed record ServerOptions(DatabaseChoice Database, IReadOnlyList<string> Urls, bool Demo = false)
{
    /// <summary>The public site's address: the only origin of absolute links (permalinks, feeds, invitations); site-relative links when empty.</summary>
    public string SiteBase { get; init; } = "";

    /// <summary>Reverse proxies whose X-Forwarded-For and -Proto headers are believed, besides those on loopback (X-Forwarded-Host never is).</summary>
    public IReadOnlyList<System.Net.IPAddress> TrustedProxies { get; init; } = [];

    /// <summary>Sign-in attempts a minute from one address: slows password guessing, yet lets a newsroom behind one NAT sign in.</summary>
    public int SignInPerMinute { get; init; } = 30;

    public int QueueActionsPerMinute { get; init; } = 30;

    /// <summary>Where the call's audio comes from: by default a Janus started on loopback when one is installed.</summary>
    public MediaOptions Media { get; init; } = new();

    /// <summary>
    /// The staff-only folder of call recordings, as given (<c>--recordings</c>); null for <c>recordings/</c> beside the
    /// SQLite file (<c>data/recordings</c> on PostgreSQL). A Janus run elsewhere records only into a folder given here.
    /// </summary>
    public string? Recordings { get; init; }

    /// <summary>How often an idle live connection gets a comment, so proxies and browsers keep it open.</summary>
    public TimeSpan KeepAlive { get; init; } = TimeSpan.FromSeconds(15);
}

using BriefingRoom.FanoutSetup;
using Microsoft.Extensions.DependencyInjection;

namespace BriefingRoom.LoadTest;

/// <summary>A reporter account made in bulk, with a session cookie minted for it (<c>briefing-session=…</c>).</summary>
public sealed record MintedReporter(long AccountId, string Email, string Cookie);

/// <summary>
/// <c>--setup bulk</c>: the N verified reporters written to the server's fresh database before it starts, through the server's own
/// storage and cookie code (bench/BriefingRoom.FanoutSetup), instead of N sign-ups, verifications and sign-ins over HTTP.
/// </summary>
public static class BulkSetup
{
    /// <summary>Returns the first administrator's password (the database must be fresh) and the reporters.</summary>
    public static async Task<(string AdminPassword, IReadOnlyList<MintedReporter> Reporters)> CreateAsync(string database, int reporters)
    {
        await using var server = await OfflineServer.OpenAsync(database);
        var password = server.AdminPassword ?? throw new InvalidOperationException("--setup bulk needs a fresh database, and this one has accounts already");
        var accounts = await BulkAccounts.CreateAsync(server.Services, reporters, LoadOffice.Password, staff: false);
        var mint = new SessionMint(server.Services, server.Services.GetRequiredService<TimeProvider>());
        return (password, [.. accounts.Select(a => new MintedReporter(a.Id, a.Email, mint.CookieFor(a)))]);
    }
}

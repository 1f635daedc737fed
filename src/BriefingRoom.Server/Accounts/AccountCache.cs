using System.Collections.Concurrent;
using BriefingRoom.Server.Storage;
using Microsoft.EntityFrameworkCore;

namespace BriefingRoom.Server.Accounts;

/// <summary>
/// Accounts as the session check last read them, so ten thousand streams opening at once cost one database look-up
/// per account, not per request. Every save that touches an account (<see cref="AccountChanges"/>) makes all entries stale,
/// so a removal, a role change or a withdrawn verification still takes effect on the next request. Accounts change
/// only through the change tracker in this process (no bulk updates; one server owns a database).
/// </summary>
public sealed class AccountCache(IServiceScopeFactory scopes)
{
    private readonly ConcurrentDictionary<long, (long Generation, Account? Account)> _accounts = new();

    /// <summary>The account as stored, or null when there is none; read from the database unless known since the last change.</summary>
    public async Task<Account?> FindAsync(long id)
    {
        var generation = AccountChanges.Generation; // read before the database: a change committing meanwhile leaves the entry stale, not wrong
        if (_accounts.TryGetValue(id, out var known) && known.Generation == generation)
        {
            return known.Account;
        }
        // A scope of its own, ended here: a live stream lasts hours, and the request's scope would hold a DbContext all along.
        await using var scope = scopes.CreateAsyncScope();
        var account = await scope.ServiceProvider.GetRequiredService<BriefingDb>().Accounts.AsNoTracking().SingleOrDefaultAsync(a => a.Id == id);
        _accounts[id] = (generation, account);
        return account;
    }
}

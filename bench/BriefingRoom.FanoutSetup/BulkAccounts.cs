using BriefingRoom.Server.Accounts;
using BriefingRoom.Server.Storage;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace BriefingRoom.FanoutSetup;

/// <summary>
/// N verified reporter accounts (and optionally one moderator-stenographer first) inserted in a few transactions. They
/// share one password hash, so setup pays for one PBKDF2 instead of one per sign-up and sign-in, and signing in still works.
/// </summary>
public static class BulkAccounts
{
    private const int Batch = 2000; // rows per SaveChanges

    public static async Task<IReadOnlyList<Account>> CreateAsync(IServiceProvider services, int reporters, string password, bool staff)
    {
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow();
        var tag = Guid.NewGuid().ToString("N")[..8]; // a run's own e-mails, so a second setup on one database starts clean
        var hash = new PasswordHasher<Account>().HashPassword(null!, password);
        var accounts = new List<Account>(reporters + 1);
        if (staff)
        {
            accounts.Add(new Account
            {
                Email = $"fanout.{tag}@press.gov", Name = "Fan-out Stenographer", Roles = $"{Roles.Moderator} {Roles.Stenographer}",
                Verified = true, PasswordHash = hash, CreatedAt = now,
            });
        }
        accounts.AddRange(Enumerable.Range(0, reporters).Select(i => new Account
        {
            Email = $"reporter{i}.{tag}@news.example", Name = $"Reporter {i}", Outlet = $"Outlet {i % 97}", Roles = Roles.Reporter,
            Verified = true, PasswordHash = hash, CreatedAt = now,
        }));
        using var scope = services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<BriefingDb>();
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        foreach (var chunk in accounts.Chunk(Batch))
        {
            db.Accounts.AddRange(chunk);
            await db.SaveChangesAsync();
        }
        db.Audit.Add(new AuditRow { At = now, Actor = "system", Action = "create-account", Detail = $"{accounts.Count} bench accounts in bulk ({tag})" });
        await db.SaveChangesAsync();
        return accounts;
    }
}

using BriefingRoom.Server.Storage;
using Microsoft.EntityFrameworkCore;

namespace BriefingRoom.Server.Accounts;

/// <summary>On a database with no accounts, creates the first administrator and says how to sign in.</summary>
public static class FirstRun
{
    public const string AdminEmail = "admin@localhost";

    /// <summary>Returns the generated password when an administrator was created, null when accounts existed already.</summary>
    public static async Task<string?> EnsureAdministratorAsync(BriefingDb db, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(time);
        if (await db.Accounts.AnyAsync())
        {
            return null;
        }
        var password = Passwords.Generate();
        var admin = new Account { Email = AdminEmail, Name = "Administrator", Roles = Roles.Admin, Verified = true, CreatedAt = time.GetUtcNow() };
        Passwords.Set(admin, password);
        db.Accounts.Add(admin);
        db.Audit.Add(new AuditRow { At = time.GetUtcNow(), Actor = "system", Action = "create-account", Detail = $"{AdminEmail} (first run)" });
        await db.SaveChangesAsync();
        return password;
    }
}

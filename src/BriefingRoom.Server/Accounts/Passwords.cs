using System.Security.Cryptography;
using BriefingRoom.Server.Storage;
using Microsoft.AspNetCore.Identity;

namespace BriefingRoom.Server.Accounts;

/// <summary>Password hashing with ASP.NET Core's own hasher (PBKDF2, per-hash salt, versioned format).</summary>
public static class Passwords
{
    public const int MinLength = 12;

    private static readonly PasswordHasher<Account> Hasher = new();

    public static void Set(Account account, string password)
    {
        ArgumentNullException.ThrowIfNull(account);
        account.PasswordHash = Hasher.HashPassword(account, password);
    }

    /// <summary>True when the password matches; rehashes in place when the hasher asks for a stronger format.</summary>
    public static bool Verify(Account account, string password)
    {
        ArgumentNullException.ThrowIfNull(account);
        if (account.PasswordHash.Length == 0)
        {
            return false;
        }
        var result = Hasher.VerifyHashedPassword(account, account.PasswordHash, password);
        if (result == PasswordVerificationResult.SuccessRehashNeeded)
        {
            Set(account, password);
        }
        return result != PasswordVerificationResult.Failed;
    }

    /// <summary>A password for generated accounts: 20 characters from an unambiguous alphabet.</summary>
    public static string Generate()
    {
        const string alphabet = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
        return RandomNumberGenerator.GetString(alphabet, 20);
    }
}

namespace BriefingRoom.Server.Storage;

/// <summary>
/// A count of saves that may have changed an account: caches of accounts (Accounts/AccountCache.cs) hold an entry only
/// while it stands still. Process-wide, so two servers in one process (the tests) only make each other re-read more often.
/// </summary>
public static class AccountChanges
{
    private static long s_generation;

    public static long Generation => Volatile.Read(ref s_generation);

    public static void Saved() => Interlocked.Increment(ref s_generation);
}

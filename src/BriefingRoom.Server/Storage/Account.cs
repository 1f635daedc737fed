namespace BriefingRoom.Server.Storage;

/// <summary>A person who signs in: press-office staff (one or more staff roles) or a reporter (name and outlet, verified by staff).</summary>
public sealed class Account
{
    public long Id { get; set; }

    /// <summary>The sign-in name, stored lower-case so look-ups ignore case.</summary>
    public required string Email { get; set; }

    public required string Name { get; set; }

    /// <summary>Space-separated role names (<see cref="Accounts.Roles"/>).</summary>
    public required string Roles { get; set; }

    public string? Outlet { get; set; }

    /// <summary>A reporter may follow briefings only once staff have verified who they are; staff are verified when created.</summary>
    public bool Verified { get; set; }

    public string PasswordHash { get; set; } = "";

    public DateTimeOffset CreatedAt { get; set; }

    public IReadOnlyList<string> RoleList => Roles.Split(' ', StringSplitOptions.RemoveEmptyEntries);
}

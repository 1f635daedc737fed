using BriefingRoom.Briefings;
using BriefingRoom.Server.Hosting;
using BriefingRoom.Server.Storage;
using Microsoft.EntityFrameworkCore;

namespace BriefingRoom.Server.Accounts;

/// <summary>Accounts: reporters register themselves and wait for staff to verify them; administrators create staff.</summary>
public static class AccountEndpoints
{
    public sealed record RegisterReporter(string? Email, string? Name, string? Outlet, string? Password);

    public sealed record CreateStaff(string? Email, string? Name, IReadOnlyList<string>? Roles, string? Password);

    public sealed record AccountView(long Id, string Email, string Name, IReadOnlyList<string> Roles, string? Outlet, bool Verified);

    public static void MapAccounts(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").WithTags("Accounts");
        api.MapPost("/reporters", async (RegisterReporter request, BriefingDb db, TimeProvider time) =>
            Answer(await RegisterAsync(db, time, request)))
            .AllowAnonymous().RequireRateLimiting(RateLimits.SignIn);

        api.MapGet("/accounts", async (BriefingDb db) =>
            (await db.Accounts.OrderBy(a => a.Id).ToListAsync()).Select(View))
            .RequireRoles(Roles.Staff);

        api.MapPost("/accounts", async (CreateStaff request, BriefingDb db, TimeProvider time, HttpContext http) =>
            Answer(await CreateStaffAsync(db, time, request, http.User.Actor())))
            .RequireRoles(Roles.Admin);

        api.MapPost("/accounts/{id}/verify", async (long id, BriefingDb db, TimeProvider time, HttpContext http) =>
            await VerifyAsync(db, time, id, http.User.Actor()) is { } account ? Results.Ok(View(account)) : Problems.NotFound("reporter with that id"))
            .RequireRoles(Roles.Admin, Roles.Moderator);
    }

    /// <summary>Marks a reporter's identity as checked; null when there is no reporter with that id.</summary>
    public static async Task<Account?> VerifyAsync(BriefingDb db, TimeProvider time, long id, string actor)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(time);
        var account = await db.Accounts.FindAsync(id);
        if (account is null || !account.RoleList.Contains(Roles.Reporter))
        {
            return null;
        }
        account.Verified = true;
        db.Audit.Add(new AuditRow { At = time.GetUtcNow(), Actor = actor, Action = "verify-reporter", Detail = $"account:{id}" });
        await db.SaveChangesAsync();
        return account;
    }

    public static string NormaliseEmail(string email) => email.Trim().ToLowerInvariant();

    public static AccountView View(Account a)
    {
        ArgumentNullException.ThrowIfNull(a);
        return new(a.Id, a.Email, a.Name, a.RoleList, a.Outlet, a.Verified);
    }

    private static Dictionary<string, string[]> Validate(string? email, string? name, string? password)
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(email) || !email.Contains('@', StringComparison.Ordinal) || email.Trim().Length > FieldLimits.Email || FieldLimits.ControlCharacter(email) is not null)
        {
            errors["email"] = [$"Give an e-mail address of at most {FieldLimits.Email} characters (it is the sign-in name)."];
        }
        if (string.IsNullOrWhiteSpace(name) || name.Length > FieldLimits.Name || FieldLimits.ControlCharacter(name) is not null)
        {
            errors["name"] = [$"Give a name of at most {FieldLimits.Name} characters, without control characters."];
        }
        if (PasswordProblem(password) is { } problem)
        {
            errors["password"] = [problem];
        }
        return errors;
    }

    /// <summary>Why a new password will not do, or null: long enough to resist guessing, short enough to hash cheaply.</summary>
    public static string? PasswordProblem(string? password) => password switch
    {
        null or { Length: < Passwords.MinLength } => $"Use a password of at least {Passwords.MinLength} characters.",
        { Length: > FieldLimits.Password } => $"Use a password of at most {FieldLimits.Password} characters.",
        _ => null,
    };

    private static void CheckOutlet(string? outlet, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrWhiteSpace(outlet) || outlet.Length > FieldLimits.Outlet || FieldLimits.ControlCharacter(outlet) is not null)
        {
            errors["outlet"] = [$"Say which outlet you report for, in at most {FieldLimits.Outlet} characters, without control characters."];
        }
    }

    /// <summary>What creating an account came to: the account, or the fields to fix, or an e-mail address in use.</summary>
    public sealed record Creation(Account? Account, Dictionary<string, string[]> Errors, bool EmailTaken);

    /// <summary>A reporter registering themselves: unverified until staff check who they are.</summary>
    public static Task<Creation> RegisterAsync(BriefingDb db, TimeProvider time, RegisterReporter request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var errors = Validate(request.Email, request.Name, request.Password);
        CheckOutlet(request.Outlet, errors);
        return CreateAsync(db, time, errors, request.Email, request.Name, [Roles.Reporter], request.Outlet, request.Password, verified: false, actor: "self");
    }

    /// <summary>An administrator creating a staff account with one or more staff roles.</summary>
    public static Task<Creation> CreateStaffAsync(BriefingDb db, TimeProvider time, CreateStaff request, string actor)
    {
        ArgumentNullException.ThrowIfNull(request);
        var errors = Validate(request.Email, request.Name, request.Password);
        var roles = request.Roles ?? [];
        if (roles.Count == 0 || roles.Count > Roles.Staff.Count || roles.Any(r => !Roles.Staff.Contains(r)))
        {
            errors["roles"] = [$"Give one or more of: {string.Join(", ", Roles.Staff)}."];
        }
        return CreateAsync(db, time, errors, request.Email, request.Name, roles, null, request.Password, verified: true, actor);
    }

    private static IResult Answer(Creation c) =>
        c.Account is { } account ? Results.Created($"/api/accounts/{account.Id}", View(account))
        : c.EmailTaken ? Problems.Conflict("email-taken", EmailTakenMessage)
        : Problems.Invalid(c.Errors);

    public const string EmailTakenMessage = "An account with that e-mail address exists already.";

    private static async Task<Creation> CreateAsync(BriefingDb db, TimeProvider time, Dictionary<string, string[]> errors,
        string? email, string? name, IReadOnlyList<string> roles, string? outlet, string? password, bool verified, string actor)
    {
        if (errors.Count > 0)
        {
            return new(null, errors, false);
        }
        var normalised = NormaliseEmail(email!);
        if (await db.Accounts.AnyAsync(a => a.Email == normalised))
        {
            return new(null, errors, true);
        }
        var account = new Account
        {
            Email = normalised,
            Name = name!.Trim(),
            Roles = string.Join(' ', roles),
            Outlet = outlet?.Trim(),
            Verified = verified,
            CreatedAt = time.GetUtcNow(),
        };
        Passwords.Set(account, password!);
        db.Accounts.Add(account);
        db.Audit.Add(new AuditRow { At = time.GetUtcNow(), Actor = actor, Action = "create-account", Detail = $"{normalised} ({account.Roles})" });
        await db.SaveChangesAsync();
        return new(account, errors, false);
    }
}

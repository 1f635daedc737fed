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
        {
            var errors = Validate(request.Email, request.Name, request.Password);
            if (string.IsNullOrWhiteSpace(request.Outlet))
            {
                errors["outlet"] = ["Say which outlet you report for."];
            }
            return await CreateAsync(db, time, errors, request.Email, request.Name, [Roles.Reporter], request.Outlet, request.Password, verified: false, actor: "self");
        }).AllowAnonymous().RequireRateLimiting(RateLimits.SignIn);

        api.MapGet("/accounts", async (BriefingDb db) =>
            (await db.Accounts.OrderBy(a => a.Id).ToListAsync()).Select(View))
            .RequireRoles(Roles.Staff);

        api.MapPost("/accounts", async (CreateStaff request, BriefingDb db, TimeProvider time, HttpContext http) =>
        {
            var errors = Validate(request.Email, request.Name, request.Password);
            var roles = request.Roles ?? [];
            if (roles.Count == 0 || roles.Any(r => !Roles.Staff.Contains(r)))
            {
                errors["roles"] = [$"Give one or more of: {string.Join(", ", Roles.Staff)}."];
            }
            return await CreateAsync(db, time, errors, request.Email, request.Name, roles, null, request.Password, verified: true, actor: http.User.Actor());
        }).RequireRoles(Roles.Admin);

        api.MapPost("/accounts/{id:long}/verify", async (long id, BriefingDb db, TimeProvider time, HttpContext http) =>
        {
            var account = await db.Accounts.FindAsync(id);
            if (account is null || !account.RoleList.Contains(Roles.Reporter))
            {
                return Problems.NotFound("reporter with that id");
            }
            account.Verified = true;
            db.Audit.Add(new AuditRow { At = time.GetUtcNow(), Actor = http.User.Actor(), Action = "verify-reporter", Detail = $"account:{id}" });
            await db.SaveChangesAsync();
            return Results.Ok(View(account));
        }).RequireRoles(Roles.Admin, Roles.Moderator);
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
        if (string.IsNullOrWhiteSpace(email) || !email.Contains('@', StringComparison.Ordinal) || email.Trim().Length > 320)
        {
            errors["email"] = ["Give an e-mail address (it is the sign-in name)."];
        }
        if (string.IsNullOrWhiteSpace(name) || name.Length > 200)
        {
            errors["name"] = ["Give a name of at most 200 characters."];
        }
        if (password is null || password.Length < Passwords.MinLength)
        {
            errors["password"] = [$"Use a password of at least {Passwords.MinLength} characters."];
        }
        return errors;
    }

    private static async Task<IResult> CreateAsync(BriefingDb db, TimeProvider time, Dictionary<string, string[]> errors,
        string? email, string? name, IReadOnlyList<string> roles, string? outlet, string? password, bool verified, string actor)
    {
        if (errors.Count > 0)
        {
            return Problems.Invalid(errors);
        }
        var normalised = NormaliseEmail(email!);
        if (await db.Accounts.AnyAsync(a => a.Email == normalised))
        {
            return Problems.Conflict("email-taken", "An account with that e-mail address exists already.");
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
        return Results.Created($"/api/accounts/{account.Id}", View(account));
    }
}

using BriefingRoom.Briefings;
using BriefingRoom.Server.Hosting;
using BriefingRoom.Server.Storage;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.EntityFrameworkCore;

namespace BriefingRoom.Server.Accounts;

/// <summary>Signing in and out over the JSON API (curl, scripts); the pages post the same check through a form.</summary>
public static class SessionEndpoints
{
    public sealed record SignInRequest(string? Email, string? Password);

    public sealed record ChangePassword(string? Current, string? New);

    public static void MapSession(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").WithTags("Session");
        api.MapPost("/session", async (SignInRequest request, BriefingDb db, HttpContext http) =>
            await SignInAsync(db, http, request.Email, request.Password) is { } account
                ? Results.Ok(AccountEndpoints.View(account))
                : Problems.Unauthorized("The e-mail address or password is not right."))
            .RequireRateLimiting(RateLimits.SignIn)
            .AllowAnonymous();
        api.MapDelete("/session", async (HttpContext http) =>
        {
            await http.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
            return Results.NoContent();
        }).AllowAnonymous();
        api.MapGet("/me", async (HttpContext http, BriefingDb db) =>
            await db.Accounts.FindAsync(http.User.Id()) is { } account ? Results.Ok(AccountEndpoints.View(account)) : Results.Unauthorized())
            .RequireAuthorization();
        api.MapPost("/me/password", async (ChangePassword request, HttpContext http, BriefingDb db) =>
            await ChangePasswordAsync(db, http.User.Id(), request.Current, request.New) switch
            {
                null => Results.NoContent(),
                var (field, message) => Problems.Invalid(field, message),
            })
            .RequireAuthorization().RequireRateLimiting(RateLimits.SignIn);
    }

    /// <summary>Changes the signed-in account's password; null when done, else the field at fault and why.</summary>
    public static async Task<(string Field, string Message)?> ChangePasswordAsync(BriefingDb db, long? accountId, string? current, string? replacement)
    {
        ArgumentNullException.ThrowIfNull(db);
        var account = await db.Accounts.FindAsync(accountId);
        if (account is null || current is null || !Passwords.Verify(account, current))
        {
            return ("current", "The current password is not right.");
        }
        if (AccountEndpoints.PasswordProblem(replacement) is { } problem)
        {
            return ("new", problem);
        }
        Passwords.Set(account, replacement!);
        await db.SaveChangesAsync();
        return null;
    }

    /// <summary>Checks the credentials and starts a cookie session; null when they don't match (never says which part).</summary>
    public static async Task<Account?> SignInAsync(BriefingDb db, HttpContext http, string? email, string? password)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(http);
        // Nothing longer than a stored address or password can match, and a megabyte password would cost a long hash.
        if (string.IsNullOrWhiteSpace(email) || string.IsNullOrEmpty(password) || email.Length > FieldLimits.Email || password.Length > FieldLimits.Password
            || FieldLimits.ControlCharacter(email) is not null)
        {
            return null;
        }
        var normalised = AccountEndpoints.NormaliseEmail(email);
        var account = await db.Accounts.SingleOrDefaultAsync(a => a.Email == normalised);
        if (account is null || !Passwords.Verify(account, password))
        {
            return null;
        }
        await db.SaveChangesAsync(); // keeps a rehashed password
        await http.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, AccountPrincipal.For(account));
        return account;
    }
}

using BriefingRoom.Server.Accounts;
using BriefingRoom.Server.Hosting;
using BriefingRoom.Server.Storage;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace BriefingRoom.Server.Pages;

/// <summary>The start page's redirect, signing in and out, changing one's password, and reporters' registration.</summary>
public static class AccountPages
{
    public static void MapAccountPages(this IEndpointRouteBuilder app)
    {
        app.MapGet("/", (HttpContext http) => Results.Redirect(
            http.User.IsStaff() ? "/staff" : http.User.IsInRole(Roles.Reporter) ? "/briefings" : "/briefing-room/"));

        app.MapGet("/sign-in", (HttpContext http, string? returnUrl) =>
            Page.Show<SignInPage>(http, new SignInModel(Page.IsLocal(returnUrl) ? returnUrl : null, null, null)));

        app.MapPost("/sign-in", async (HttpContext http, BriefingDb db, IFormCollection form) =>
        {
            var returnUrl = form.Text("returnUrl");
            if (await SessionEndpoints.SignInAsync(db, http, form.Text("email"), form.Text("password")) is null)
            {
                return Page.Show<SignInPage>(http, new SignInModel(returnUrl, form.Text("email"), "The e-mail address or password is not right."), StatusCodes.Status400BadRequest);
            }
            return Results.Redirect(Page.IsLocal(returnUrl) ? returnUrl! : "/");
        }).RequireRateLimiting(RateLimits.SignIn);

        app.MapPost("/sign-out", async (HttpContext http, IFormCollection form) =>
        {
            await http.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
            return Results.Redirect("/sign-in");
        });

        app.MapGet("/account/password", (HttpContext http) => Page.Show<PasswordPage>(http, FormState.Empty)).RequireAuthorization();

        app.MapPost("/account/password", async (HttpContext http, BriefingDb db, IFormCollection form) =>
        {
            if (await SessionEndpoints.ChangePasswordAsync(db, http.User.Id(), form.Text("current"), form.Text("new")) is var (field, message))
            {
                return (IResult)Page.Show<PasswordPage>(http, FormState.From(form, new Dictionary<string, string[]> { [field] = [message] }), StatusCodes.Status400BadRequest);
            }
            Notice.Set(http, "Your password is changed.");
            return Results.Redirect("/");
        }).RequireAuthorization().RequireRateLimiting(RateLimits.SignIn);

        app.MapGet("/register", (HttpContext http) => Page.Show<RegisterPage>(http, FormState.Empty));

        app.MapPost("/register", async (HttpContext http, BriefingDb db, TimeProvider time, IFormCollection form) =>
        {
            var request = new AccountEndpoints.RegisterReporter(form.Text("email"), form.Text("name"), form.Text("outlet"), form.Text("password"));
            var created = await AccountEndpoints.RegisterAsync(db, time, request);
            if (created.Account is null)
            {
                var errors = created.EmailTaken ? new Dictionary<string, string[]> { ["email"] = [AccountEndpoints.EmailTakenMessage] } : created.Errors;
                return (IResult)Page.Show<RegisterPage>(http, FormState.From(form, errors), StatusCodes.Status400BadRequest);
            }
            await SessionEndpoints.SignInAsync(db, http, request.Email, request.Password);
            Notice.Set(http, "You are registered. Staff will verify your account before you are admitted to a briefing.");
            return Results.Redirect("/briefings");
        }).RequireRateLimiting(RateLimits.SignIn);
    }
}

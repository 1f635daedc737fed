using BriefingRoom.Server.Accounts;
using BriefingRoom.Server.Storage;
using Microsoft.EntityFrameworkCore;

namespace BriefingRoom.Server.Pages;

/// <summary>The staff dashboard and its forms: verify a reporter, create a staff account.</summary>
public static class StaffPages
{
    public static void MapStaffPages(this IEndpointRouteBuilder app)
    {
        app.MapGet("/staff", async (HttpContext http, BriefingDb db) => Page.Show<StaffPage>(http, await ModelAsync(db, FormState.Empty)))
            .RequireRoles(Roles.Staff);

        app.MapPost("/staff/reporters/{id:long}/verify", async (long id, HttpContext http, BriefingDb db, TimeProvider time, IFormCollection form) =>
        {
            var account = await AccountEndpoints.VerifyAsync(db, time, id, http.User.Actor());
            Notice.Set(http, account is null ? "There is no reporter with that id." : $"{account.Name} ({account.Outlet}) is verified.");
            return Results.Redirect("/staff");
        }).RequireRoles(Roles.Admin, Roles.Moderator);

        app.MapPost("/staff/accounts", async (HttpContext http, BriefingDb db, TimeProvider time, IFormCollection form) =>
        {
            var request = new AccountEndpoints.CreateStaff(form.Text("email"), form.Text("name"), [.. form["roles"].OfType<string>()], form.Text("password"));
            var created = await AccountEndpoints.CreateStaffAsync(db, time, request, http.User.Actor());
            if (created.Account is null)
            {
                var errors = created.EmailTaken ? new Dictionary<string, string[]> { ["email"] = [AccountEndpoints.EmailTakenMessage] } : created.Errors;
                return (IResult)Page.Show<StaffPage>(http, await ModelAsync(db, FormState.From(form, errors)), StatusCodes.Status400BadRequest);
            }
            Notice.Set(http, $"Created {created.Account.Name} ({created.Account.Roles}).");
            return Results.Redirect("/staff");
        }).RequireRoles(Roles.Admin);
    }

    /// <summary>Verified reporter accounts, by name: who can be admitted to a briefing.</summary>
    public static async Task<IReadOnlyList<Account>> ReportersAsync(BriefingDb db, bool verified)
    {
        ArgumentNullException.ThrowIfNull(db);
        var accounts = await db.Accounts.Where(a => a.Verified == verified && a.Roles.Contains(Roles.Reporter)).ToListAsync();
        return [.. accounts.Where(a => a.RoleList.Contains(Roles.Reporter)).OrderBy(a => a.Name, StringComparer.Ordinal)];
    }

    private static async Task<StaffModel> ModelAsync(BriefingDb db, FormState accountForm)
    {
        var briefings = await db.ListedBriefings.OrderByDescending(b => b.Id).Take(200).ToListAsync();
        return new StaffModel([.. briefings.OrderByDescending(b => b.StartsAt)], await ReportersAsync(db, verified: false), accountForm);
    }
}

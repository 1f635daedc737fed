using System.Globalization;
using BriefingRoom.Briefings;
using BriefingRoom.Server.Accounts;
using BriefingRoom.Server.Briefings;
using BriefingRoom.Server.Live;
using BriefingRoom.Server.Storage;
using Microsoft.EntityFrameworkCore;

namespace BriefingRoom.Server.Hosting;

/// <summary>
/// <c>serve --demo</c>: on a database with no briefings, an account for every role and a background call starting
/// in half an hour with both demo reporters admitted, so a newcomer can run a whole call at once.
/// </summary>
public static class DemoData
{
    public const string Password = "briefing-demo";

    /// <summary>(e-mail, name, roles, outlet) of each demo account.</summary>
    public static IReadOnlyList<(string Email, string Name, string Roles, string? Outlet)> Accounts { get; } =
    [
        ("control@demo.gov", "Casey Control", $"{Roles.Moderator} {Roles.Operator} {Roles.Stenographer} {Roles.Publisher}", null),
        ("moderator@demo.gov", "Morgan Moderator", Roles.Moderator, null),
        ("operator@demo.gov", "Olive Operator", Roles.Operator, null),
        ("stenographer@demo.gov", "Sam Stenographer", Roles.Stenographer, null),
        ("publisher@demo.gov", "Pat Publisher", Roles.Publisher, null),
        ("alex@planet.example", "Alex Reyes", Roles.Reporter, "Daily Planet"),
        ("jordan@star.example", "Jordan Lee", Roles.Reporter, "Evening Star"),
    ];

    /// <summary>Adds the demo data and returns what to print, or a note that the database was not fresh.</summary>
    public static async Task<IReadOnlyList<string>> AddAsync(IServiceProvider services)
    {
        ArgumentNullException.ThrowIfNull(services);
        using var scope = services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<BriefingDb>();
        if (await db.Briefings.AnyAsync())
        {
            return ["--demo: the database has briefings already, so no demo data was added."];
        }
        var time = services.GetRequiredService<TimeProvider>();
        var accounts = new List<Account>();
        foreach (var (email, name, roles, outlet) in Accounts)
        {
            var account = await db.Accounts.SingleOrDefaultAsync(a => a.Email == email)
                ?? db.Accounts.Add(new Account { Email = email, Name = name, Roles = roles, Outlet = outlet, Verified = true, CreatedAt = time.GetUtcNow() }).Entity;
            Passwords.Set(account, Password);
            accounts.Add(account);
        }
        await db.SaveChangesAsync();

        var hub = services.GetRequiredService<BriefingHub>();
        var zone = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");
        var starts = time.GetUtcNow().AddMinutes(30);
        var plan = new BriefingPlan(
            "Background Press Call by a Senior Administration Official on the Demo Summit", BriefingKind.BackgroundPressCall, "Via Teleconference",
            new DateTimeOffset(starts.UtcDateTime.Ticks - (starts.UtcDateTime.Ticks % TimeSpan.TicksPerMinute), TimeSpan.Zero), zone.Id,
            new BriefingRules(Transcripts.AttributionLevel.Background, Embargo.UntilConclusion, DisclosedForInformation: true),
            [new PlanSpeaker("s1", "Rowan Ashdown", ["Rowan", "Ashdown", "Ro"], "SENIOR ADMINISTRATION OFFICIAL")]);
        var (id, _) = await hub.ScheduleAsync(plan, "system:demo");
        foreach (var reporter in accounts.Where(a => a.Outlet is not null))
        {
            var reporterId = reporter.Id.ToString(CultureInfo.InvariantCulture);
            await hub.ExecuteAsync(id, "system:demo", s => BriefingCommands.AdmitReporter(s, reporterId, reporter.Name, reporter.Outlet!));
        }
        return
        [
            $"--demo: a background call (briefing {id}) starts at {BriefingTimes.Clock(plan.StartsAt, zone)} in {zone.Id}; the official is \"Rowan Ashdown\".",
            $"Every demo account's password is {Password}:",
            .. Accounts.Select(a => $"  {a.Email,-24} {a.Roles}{(a.Outlet is null ? "" : $" ({a.Outlet})")}"),
            $"Control room: /staff/briefings/{id} as control@demo.gov; reporter page: /briefings/{id} as a reporter; the public record appears at /briefing-room/ when the call concludes.",
        ];
    }
}

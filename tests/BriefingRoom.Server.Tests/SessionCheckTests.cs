using System.Net;
using BriefingRoom.Server.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BriefingRoom.Server.Tests;

/// <summary>The session check remembers accounts between requests, yet a change to an account counts from the very next request.</summary>
public sealed class SessionCheckTests
{
    [SkippableFact]
    public async Task A_withdrawn_verification_and_a_removed_account_take_effect_on_the_next_request()
    {
        await using var office = await Office.OpenAsync(TestDatabase.Sqlite);
        await office.OkAsync("moderator", office.Api("/open"));
        Assert.Equal(HttpStatusCode.OK, await StreamStatusAsync(office, "reporterA")); // read once: now remembered
        Assert.Equal(HttpStatusCode.OK, await StreamStatusAsync(office, "reporterA"));

        await ChangeAsync(office, "reporterA", (db, account) => account.Verified = false);
        Assert.Equal(HttpStatusCode.NotFound, await StreamStatusAsync(office, "reporterA"));

        Assert.Equal(HttpStatusCode.OK, await StreamStatusAsync(office, "reporterB"));
        await ChangeAsync(office, "reporterB", (db, account) => db.Accounts.Remove(account));
        Assert.Equal(HttpStatusCode.Unauthorized, await StreamStatusAsync(office, "reporterB"));
    }

    private static async Task<HttpStatusCode> StreamStatusAsync(Office office, string who)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, office.Api("/events"));
        request.Headers.Accept.ParseAdd("text/event-stream");
        using var response = await office[who].SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        return response.StatusCode;
    }

    // As the server's own endpoints change accounts: a tracked entity, then a save.
    private static async Task ChangeAsync(Office office, string who, Action<BriefingDb, Account> change)
    {
        using var scope = office.Server.App.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<BriefingDb>();
        var id = long.Parse(office.ReporterId(who), System.Globalization.CultureInfo.InvariantCulture);
        change(db, await db.Accounts.SingleAsync(a => a.Id == id));
        await db.SaveChangesAsync();
    }
}

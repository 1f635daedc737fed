using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json;
using BriefingRoom.Server.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace BriefingRoom.Server.Tests;

/// <summary>Resuming the live feed with many reporters admitted, and a reader that stops reading.</summary>
public sealed class LiveResumeTests
{
    public static TheoryData<string> Engines => [TestDatabase.Sqlite, TestDatabase.Postgres];

    [SkippableTheory]
    [MemberData(nameof(Engines))]
    public async Task A_reporter_resuming_from_any_point_gets_exactly_the_press_events_after_it_and_no_admission(string engine)
    {
        await using var office = await Office.OpenAsync(engine);
        await office.OkAsync("moderator", office.Api("/open"));
        var turn = (await office.OkAsync("stenographer", office.Api("/turns"), new { speaker = "s1" })).GetProperty("turnId").GetInt32();
        // 500 admissions between paragraphs: one staff-only frame each, which no reporter may see.
        var reporters = await AddReportersAsync(office, 500);
        for (var i = 0; i < reporters.Count; i++)
        {
            await office.OkAsync("moderator", office.Api("/reporters"), new { accountId = reporters[i] });
            if (i % 50 == 0)
            {
                await office.OkAsync("stenographer", office.Api($"/turns/{turn}/paragraphs"), new { text = $"Paragraph {i}." });
            }
        }
        var last = (await office.OkAsync("stenographer", office.Api($"/turns/{turn}/paragraphs"), new { text = "The last one." })).GetProperty("seq").GetInt64();
        List<SseMessage> staff;
        await using (var control = await SseClient.ConnectAsync(office["moderator"], office.Api("/events")))
        {
            staff = await control.ReadUntilAsync(m => m.Id == last);
        }
        Assert.Equal(Enumerable.Range(1, (int)last).Select(i => (long)i), staff.Select(m => m.Id)); // staff see every id: the reference
        Assert.True(staff.Count(m => m.Event == "briefing") >= 500);
        var pressIds = staff.Where(m => m.Event != "briefing").Select(m => m.Id).ToList();

        // From 0, from an admission's id (a point no reporter was ever sent), from a paragraph's id, and from the end.
        var middleAdmission = staff.Where(m => m.Event == "briefing").ElementAt(250).Id;
        var middleParagraph = staff.Where(m => m.Event == "paragraph").ElementAt(5).Id;
        foreach (var after in (long[])[0, middleAdmission, middleParagraph, pressIds[^2]])
        {
            await using var stream = await SseClient.ConnectAsync(office["reporterA"], office.Api($"/events?after={after}"));
            var seen = await stream.ReadUntilAsync(m => m.Id == last);
            Assert.Equal(pressIds.Where(id => id > after), seen.Select(m => m.Id));
            Assert.DoesNotContain(seen, m => m.Event == "briefing");
            Assert.DoesNotContain(seen, m => m.Data.Contains("Reporter bulk", StringComparison.Ordinal));
        }
    }

    [SkippableFact]
    public async Task A_reader_that_stops_reading_delays_nobody_and_resumes_with_Last_Event_ID()
    {
        await using var office = await Office.OpenAsync(TestDatabase.Sqlite);
        await office.OkAsync("moderator", office.Api("/open"));
        var start = (await office["moderator"].GetFromJsonAsync<JsonElement>(office.Api())).GetProperty("lastSeq").GetInt64();
        using var stalledClient = await SignInWithTinyWindowAsync(office.Server.Address, "reporterB@news.example");
        var stalled = await SseClient.ConnectAsync(stalledClient, office.Api($"/events?after={start}"));
        await using var reader = await SseClient.ConnectAsync(office["reporterA"], office.Api($"/events?after={start}"));

        // Far more than the stalled connection's socket buffers and Kestrel's response buffer hold.
        var turn = (await office.OkAsync("stenographer", office.Api("/turns"), new { speaker = "s1" })).GetProperty("turnId").GetInt32();
        var words = string.Join(' ', Enumerable.Repeat("filler", 1_500));
        long last = 0;
        for (var i = 0; i < 60; i++)
        {
            last = (await office.OkAsync("stenographer", office.Api($"/turns/{turn}/paragraphs"), new { text = $"Paragraph {i}: {words}." })).GetProperty("seq").GetInt64();
            var seen = await reader.ReadUntilAsync(m => m.Event == "paragraph", seconds: 5); // the reading reporter keeps up, paragraph by paragraph
            Assert.Contains($"Paragraph {i}:", seen[^1].Data, StringComparison.Ordinal);
        }

        // The stalled reader takes some of what was held for it, drops, and resumes from the last id it has.
        var part = await stalled.ReadUntilAsync(m => m.Event == "paragraph" && m.Data.Contains("Paragraph 9:", StringComparison.Ordinal));
        await stalled.DisposeAsync();
        await using var resumed = await SseClient.ConnectAsync(office["reporterB"], office.Api("/events"), lastEventId: part[^1].Id);
        var rest = await resumed.ReadUntilAsync(m => m.Id == last);
        var ids = part.Concat(rest).Select(m => m.Id).ToList();
        Assert.Equal(Enumerable.Range((int)start + 1, (int)(last - start)).Select(i => (long)i), ids); // the turn, then every paragraph once, in order
    }

    // Verified reporter accounts written straight to the database: 500 sign-ups would be 500 password hashes.
    private static async Task<List<long>> AddReportersAsync(Office office, int count)
    {
        using var scope = office.Server.App.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<BriefingDb>();
        var accounts = Enumerable.Range(0, count).Select(i => new Account
        {
            Email = $"bulk{i}@news.example",
            Name = $"Reporter bulk {i}",
            Roles = "reporter",
            Outlet = $"Outlet {i}",
            Verified = true,
            CreatedAt = DateTimeOffset.UnixEpoch,
        }).ToList();
        db.Accounts.AddRange(accounts);
        await db.SaveChangesAsync();
        return [.. accounts.Select(a => a.Id)];
    }

    // A client whose socket takes in at most a few kilobytes: once it stops reading, the server's writes back up at once.
    private static async Task<HttpClient> SignInWithTinyWindowAsync(Uri address, string email)
    {
        var handler = new SocketsHttpHandler
        {
            CookieContainer = new CookieContainer(),
            AllowAutoRedirect = false,
            ConnectCallback = async (context, cancel) =>
            {
                var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { ReceiveBufferSize = 2048, NoDelay = true };
                await socket.ConnectAsync(context.DnsEndPoint, cancel);
                return new NetworkStream(socket, ownsSocket: true);
            },
        };
        var client = new HttpClient(handler) { BaseAddress = address };
        var response = await client.PostAsJsonAsync("/api/session", new { email, password = Office.Password });
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        return client;
    }
}

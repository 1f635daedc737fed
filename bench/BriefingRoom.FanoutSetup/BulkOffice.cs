using System.Globalization;
using BriefingRoom.Briefings;
using BriefingRoom.Server.Accounts;
using BriefingRoom.Server.Live;
using BriefingRoom.Server.Storage;
using BriefingRoom.Transcripts;
using Microsoft.Extensions.DependencyInjection;

namespace BriefingRoom.FanoutSetup;

/// <summary>What the bulk setup made: the live call's briefing and turn, its last sequence number, and each account.</summary>
public sealed record BulkCall(long BriefingId, int TurnId, long LastSeq, Account Stenographer, IReadOnlyList<Account> Reporters);

/// <summary>
/// A press office and a live call with N admitted reporters, written through the server's own storage and command code
/// (the same rows and log events the HTTP API writes), but in a few transactions instead of 4N requests and 2N PBKDF2 hashes.
/// </summary>
public static class BulkOffice
{
    /// <summary>Every account's password (sign-in still works; see <see cref="BulkAccounts"/>).</summary>
    public const string Password = "fanout-bench-password-1";

    private const int Batch = 2000; // admissions per append: a modest transaction each

    public static async Task<BulkCall> CreateAsync(IServiceProvider services, int reporters, TextWriter log)
    {
        var time = services.GetRequiredService<TimeProvider>();
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var accounts = await BulkAccounts.CreateAsync(services, reporters, Password, staff: true);
        var (staff, press) = (accounts[0], accounts.Skip(1).ToList());
        log.WriteLine($"accounts: {reporters + 1} in {clock.Elapsed.TotalSeconds:F1} s");

        clock.Restart();
        var hub = services.GetRequiredService<BriefingHub>();
        var actor = $"account:{staff.Id.ToString(CultureInfo.InvariantCulture)}";
        var (id, scheduled) = await hub.ScheduleAsync(Plan(time), actor);
        Check(scheduled.Rejection, "schedule");
        foreach (var chunk in press.Chunk(Batch))
        {
            Check((await hub.ExecuteAsync(id, actor, s => AdmitAll(s, chunk)))!.Rejection, "admit");
        }
        Check((await hub.ExecuteAsync(id, actor, BriefingCommands.OpenCall))!.Rejection, "open the call");
        var turn = await hub.ExecuteAsync(id, actor, s => BriefingCommands.StartTurn(s, "s1"));
        Check(turn!.Rejection, "start a turn");
        log.WriteLine($"briefing {id}: {reporters} admitted, call open, in {clock.Elapsed.TotalSeconds:F1} s");
        return new BulkCall(id, ((TurnStarted)turn.Appended[^1].Event).TurnId, turn.State.LastSeq, staff, press);
    }

    // Each admission decided by the server's own command against the state before it, all appended in one transaction.
    private static CommandResult AdmitAll(BriefingState state, IEnumerable<Account> reporters)
    {
        var events = new List<BriefingEvent>();
        foreach (var r in reporters)
        {
            var decision = BriefingCommands.AdmitReporter(state, r.Id.ToString(CultureInfo.InvariantCulture), r.Name, r.Outlet!);
            if (decision.Rejection is not null)
            {
                return decision;
            }
            events.AddRange(decision.Events);
        }
        return CommandResult.Accept([.. events]);
    }

    private static void Check(Rejection? rejection, string what)
    {
        if (rejection is not null)
        {
            throw new InvalidOperationException($"the server refused to {what}: {rejection.Code}: {rejection.Message}");
        }
    }

    private static BriefingPlan Plan(TimeProvider time)
    {
        var now = time.GetUtcNow();
        return new BriefingPlan(
            "Background Press Call on the Fan-out Bench", BriefingKind.BackgroundPressCall, "Via Teleconference",
            new DateTimeOffset(now.UtcTicks - (now.UtcTicks % TimeSpan.TicksPerMinute), TimeSpan.Zero), "Etc/UTC",
            new BriefingRules(AttributionLevel.Background, Embargo.UntilConclusion, DisclosedForInformation: true),
            [new PlanSpeaker("s1", "Ottoline Fanwright", ["Fanwright"], "SENIOR ADMINISTRATION OFFICIAL")]);
    }
}

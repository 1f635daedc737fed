using BriefingRoom.Briefings;
using BriefingRoom.Transcripts;

namespace BriefingRoom.Tests.Briefings;

/// <summary>A briefing's log as the server keeps it: accepted commands appended with the next seq and a clock that moves 30 s a command.</summary>
public sealed class CallLog
{
    // 1:10 P.M. EST on 8 January 2022.
    public static readonly DateTimeOffset Start = new(2022, 1, 8, 18, 10, 0, TimeSpan.Zero);

    public static PlanSpeaker Official { get; } = new("s1", "Quillon Varsedy", ["Quillon", "Varsedy", "Quill", "Undersecretary for Zephyr Affairs"], "SENIOR ADMINISTRATION OFFICIAL");

    public static BriefingPlan Plan(
        AttributionLevel level = AttributionLevel.Background,
        Embargo? embargo = null,
        bool disclosed = true,
        PublishMode publish = PublishMode.Automatic,
        bool fairness = true) =>
        new(
            "Background Press Call by a Senior Administration Official on Zephyria",
            BriefingKind.BackgroundPressCall,
            "Via Teleconference",
            Start,
            "America/New_York",
            new BriefingRules(level, embargo ?? Embargo.UntilConclusion, disclosed && level != AttributionLevel.OnRecord),
            [Official],
            publish,
            fairness);

    public BriefingState State { get; private set; } = BriefingState.Initial;

    public List<LoggedEvent> Events { get; } = [];

    public DateTimeOffset Now { get; set; } = Start;

    /// <summary>Runs a command that must be accepted and appends its events.</summary>
    public CommandResult Do(Func<BriefingState, CommandResult> command)
    {
        var result = command(State);
        Assert.True(result.Accepted, result.Rejection?.ToString());
        foreach (var e in result.Events)
        {
            var logged = new LoggedEvent(State.LastSeq + 1, Now, "staff", e);
            Events.Add(logged);
            State = State.Apply(logged);
        }
        Now = Now.AddSeconds(30);
        return result;
    }

    /// <summary>A scheduled briefing with reporters r1..r4 admitted (r1 and r2 from the same outlet).</summary>
    public static CallLog Scheduled(BriefingPlan? plan = null)
    {
        var log = new CallLog();
        log.Do(s => BriefingCommands.Schedule(s, plan ?? Plan()));
        log.Do(s => BriefingCommands.AdmitReporter(s, "r1", "Alex Marlowe", "Wire Service"));
        log.Do(s => BriefingCommands.AdmitReporter(s, "r2", "Bea Ortiz", "wire service"));
        log.Do(s => BriefingCommands.AdmitReporter(s, "r3", "Cam Ng", "Daily Ledger"));
        log.Do(s => BriefingCommands.AdmitReporter(s, "r4", "Dee Park", "Evening Post"));
        return log;
    }

    /// <summary>As <see cref="Scheduled"/>, with the call opened (turn 1 is the drafted ground rules).</summary>
    public static CallLog Live(BriefingPlan? plan = null)
    {
        var log = Scheduled(plan);
        log.Do(BriefingCommands.OpenCall);
        return log;
    }

    /// <summary>Starts a turn and types its paragraphs; returns the turn's id.</summary>
    public int Say(string speaker, params string[] paragraphs) => SayAs(speaker, null, paragraphs);

    public int SayAs(string speaker, string? reporterId, params string[] paragraphs)
    {
        var turnId = State.NextTurnId;
        Do(s => BriefingCommands.StartTurn(s, speaker, reporterId));
        foreach (var text in paragraphs)
        {
            Do(s => BriefingCommands.AddParagraph(s, turnId, text));
        }
        return turnId;
    }

    public static void Rejected(string code, CommandResult result)
    {
        Assert.False(result.Accepted);
        Assert.Equal(code, result.Rejection!.Code);
        Assert.Empty(result.Events);
    }
}

using System.Text.Json;
using BriefingRoom.Briefings;
using static BriefingRoom.Tests.Briefings.CallLog;

namespace BriefingRoom.Tests.Briefings;

/// <summary>The server stores events as JSON of the base type and reads them back: every event type must survive that unchanged.</summary>
public class EventJsonTests
{
    public static TheoryData<BriefingEvent> Every() =>
    [
        new Scheduled(Plan(embargo: Embargo.UntilInstant(Start.AddHours(2)), publish: PublishMode.AfterApproval)),
        new PlanRevised(Plan(fairness: false)),
        new ReporterAdmitted("r1", "Alex Marlowe", "Wire Service"),
        new ReporterRemoved("r1"),
        new CallOpened(),
        new TurnStarted(2, BriefingSpeakers.Reporter, "r1"),
        new TurnStarted(3, "s1", null),
        new TurnText(2, 1, "Thanks, “everyone.”"),
        new TurnCorrected(2, 1, 10, 4, "until"),
        new QuestionRequested("q1", "r1"),
        new QuestionWithdrawn("q1"),
        new QueueEntryMoved("q2", 0),
        new QueueEntryRemoved("q2"),
        new LineOpened("q3"),
        new LineClosed("q3"),
        new LinesMuted(),
        new StaffUnmuted(),
        new CallConcluded(),
        new Cancelled(),
        new EmbargoLifted(),
        new PublicationApproved(),
        new Published(3),
        new PublicationBlocked(2),
    ];

    [Fact]
    public void Every_event_type_is_in_the_round_trip()
    {
        var covered = ((IEnumerable<object[]>)Every()).Select(row => row[0].GetType()).ToHashSet();
        var all = typeof(BriefingEvent).Assembly.GetTypes().Where(t => t.IsSubclassOf(typeof(BriefingEvent)));
        Assert.All(all, t => Assert.Contains(t, covered));
    }

    [Theory]
    [MemberData(nameof(Every))]
    public void An_event_reads_back_as_it_was_written(BriefingEvent e)
    {
        foreach (var options in new[] { JsonSerializerOptions.Default, JsonSerializerOptions.Web })
        {
            var json = JsonSerializer.Serialize(e, options);
            Assert.Equal(e, JsonSerializer.Deserialize<BriefingEvent>(json, options));
        }
    }

    [Fact]
    public void The_stored_form_names_the_event_and_its_enums()
    {
        var json = JsonSerializer.Serialize<BriefingEvent>(new Scheduled(Plan()), JsonSerializerOptions.Web);
        Assert.StartsWith("{\"$type\":\"scheduled\"", json, StringComparison.Ordinal);
        Assert.Contains("\"attribution\":\"Background\"", json, StringComparison.Ordinal);
        Assert.Contains("\"kind\":\"UntilConclusion\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public void A_logged_event_reads_back_whole()
    {
        var logged = new LoggedEvent(7, Start, "moderator@example.org", new LineOpened("q1"));
        Assert.Equal(logged, JsonSerializer.Deserialize<LoggedEvent>(JsonSerializer.Serialize(logged)));
    }
}

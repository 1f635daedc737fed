using BriefingRoom.Briefings;
using BriefingRoom.Server.Publishing;
using BriefingRoom.Server.Storage;

namespace BriefingRoom.Server.Pages;

/// <summary>
/// One briefing as the control room shows it: its state at one sequence number, reporters who could still be admitted,
/// the time now, its publication and, once the call has ended, the publisher's review list (null before).
/// </summary>
public sealed record ControlRoomModel(long Id, BriefingState State, IReadOnlyList<Account> Admittable, DateTimeOffset Now, PublicationEndpoints.Status Publication, PublicationEndpoints.Review? Review = null)
{
    public BriefingPlan Plan => State.Plan!;

    public QueueView Queue => QueueView.Of(State);

    /// <summary>The turn the paragraph box adds to: the latest turn the stenographer started.</summary>
    public LiveTurn? CurrentTurn => State.Turns.LastOrDefault(t => t.Id is not null);
}

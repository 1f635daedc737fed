using BriefingRoom.Briefings;

namespace BriefingRoom.Server.Live;

/// <summary>A briefing held in memory: its folded state, its live feed, and the lock that orders its appends.</summary>
public sealed class LiveBriefing(long id, BriefingState state)
{
    private BriefingState _state = state;

    public long Id { get; } = id;

    /// <summary>The state after the last durable append; read without the lock (it is immutable).</summary>
    public BriefingState State
    {
        get => Volatile.Read(ref _state);
        internal set => Volatile.Write(ref _state, value);
    }

    public LiveFeed Feed { get; } = new();

    internal SemaphoreSlim Lock { get; } = new(1, 1);
}

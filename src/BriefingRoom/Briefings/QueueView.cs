using System.Collections.Immutable;

namespace BriefingRoom.Briefings;

/// <summary>One raised hand as the moderator and the reporter see it.</summary>
public sealed record QueueViewEntry(string EntryId, string ReporterId, string Name, string Outlet, DateTimeOffset RequestedAt, bool OutletAlreadyAsked);

/// <summary>
/// The question queue in the order questions will be taken: first come first served by log order, except that,
/// with outlet fairness on, outlets that have not asked yet go before those that have; entries the moderator
/// moved are laid over that order at the places they were put, latest move last.
/// </summary>
public sealed record QueueView(ImmutableArray<QueueViewEntry> Entries)
{
    public static QueueView Of(BriefingState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        var fair = state.Plan?.OutletFairness ?? true;
        bool Asked(QueueEntry e) => state.OutletsAsked.Contains(state.Reporters[e.ReporterId].Outlet.Trim());
        var order = state.Queue
            .Where(e => e.Pin is null)
            .OrderBy(e => fair && Asked(e))
            .ThenBy(e => e.Seq)
            .ToList();
        foreach (var pinned in state.Queue.Where(e => e.Pin is not null).OrderBy(e => e.Pin!.Seq))
        {
            order.Insert(Math.Min(pinned.Pin!.Index, order.Count), pinned);
        }
        return new QueueView([.. order.Select(e =>
        {
            var reporter = state.Reporters[e.ReporterId];
            return new QueueViewEntry(e.EntryId, e.ReporterId, reporter.Name, reporter.Outlet, e.RequestedAt, Asked(e));
        })]);
    }

    /// <summary>The reporter's place in line, 1 for next; null when they are not queued.</summary>
    public int? PositionOf(string reporterId)
    {
        for (var i = 0; i < Entries.Length; i++)
        {
            if (Entries[i].ReporterId == reporterId)
            {
                return i + 1;
            }
        }
        return null;
    }
}

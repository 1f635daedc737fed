namespace BriefingRoom.LoadTest;

/// <summary>
/// Whether every reporter got exactly the press-visible events, once each, in order. The staff stream sees every event
/// (ids 1, 2, 3, … with no gap); the press-visible ones are those not sent to staff alone (event name "briefing").
/// </summary>
public sealed record EventCheck(int Expected, int Streams, int Lost, int Duplicated, int OutOfOrder, int Unexpected, int Dropped)
{
    public bool Clean => Lost + Duplicated + OutOfOrder + Unexpected + Dropped == 0;

    public static EventCheck Run(LiveConnection staff, List<LiveConnection> reporters, Findings findings)
    {
        var staffIds = staff.Events.Select(e => e.Id).ToList();
        if (!staffIds.SequenceEqual(Enumerable.Range(1, staffIds.Count).Select(i => (long)i)))
        {
            findings.Add($"the staff stream's ids are not 1..{staffIds.Count} without gaps");
        }
        var expected = staff.Events.Where(e => e.Event != "briefing").Select(e => e.Id).ToList();
        var expectedSet = expected.ToHashSet();
        int lost = 0, duplicated = 0, outOfOrder = 0, unexpected = 0, dropped = 0;
        foreach (var s in reporters)
        {
            var ids = s.Events.Select(e => e.Id).ToList();
            var seen = new HashSet<long>();
            long previous = 0;
            foreach (var id in ids)
            {
                duplicated += seen.Add(id) ? 0 : 1;
                outOfOrder += id <= previous ? 1 : 0;
                unexpected += expectedSet.Contains(id) ? 0 : 1;
                previous = Math.Max(previous, id);
            }
            var missing = expected.Count(id => !seen.Contains(id));
            lost += missing;
            dropped += s.Failure is null ? 0 : 1;
            if (missing + (ids.Count - seen.Count) > 0 || s.Failure is not null || !ids.SequenceEqual(expected))
            {
                findings.Add($"{s.Person.Name}: {ids.Count} events, {missing} of {expected.Count} missing{(s.Failure is { } f ? $"; {f}" : "")}");
            }
        }
        return new EventCheck(expected.Count, reporters.Count, lost, duplicated, outOfOrder, unexpected, dropped);
    }
}

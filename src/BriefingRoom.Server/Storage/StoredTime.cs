namespace BriefingRoom.Server.Storage;

/// <summary>
/// Instants as both engines keep them. PostgreSQL's timestamptz holds microseconds, SQLite's text all seven digits:
/// an instant is cut to the microsecond before it is folded, sent or stored, so a replay reads back what went out live.
/// </summary>
public static class StoredTime
{
    public static DateTimeOffset Now(TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(time);
        return ToMicroseconds(time.GetUtcNow());
    }

    public static DateTimeOffset ToMicroseconds(DateTimeOffset instant) => instant.AddTicks(-(instant.Ticks % TimeSpan.TicksPerMicrosecond));
}

namespace BriefingRoom.Server.Live;

/// <summary>
/// Gives memory back once a crowd of live readers has left. The GC runs only when something allocates, and an idle
/// server allocates next to nothing, so what ten thousand connections committed would stay resident for good: when the
/// readers fall to half their peak (and by at least <see cref="Crowd"/>), one compacting, decommitting collection runs
/// a moment later, off every request's path.
/// </summary>
internal static class BurstTrim
{
    public const int Crowd = 1_000;
    private static readonly TimeSpan Settle = TimeSpan.FromSeconds(1); // the rest of the crowd usually leaves together
    private static int s_readers;
    private static int s_peak;
    private static int s_pending;

    public static void Joined()
    {
        var now = Interlocked.Increment(ref s_readers);
        int peak;
        while (now > (peak = Volatile.Read(ref s_peak)) && Interlocked.CompareExchange(ref s_peak, now, peak) != peak)
        {
        }
    }

    public static void Left()
    {
        var now = Interlocked.Decrement(ref s_readers);
        var peak = Volatile.Read(ref s_peak);
        if (peak - now < Crowd || now > peak / 2 || Interlocked.Exchange(ref s_pending, 1) == 1)
        {
            return;
        }
        _ = Task.Delay(Settle, TimeProvider.System).ContinueWith(static _ =>
        {
            Volatile.Write(ref s_peak, Volatile.Read(ref s_readers));
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
            Volatile.Write(ref s_pending, 0);
        }, TaskScheduler.Default);
    }
}

namespace BriefingRoom.Server.Tests.Probe;

/// <summary>What a probe found, grouped by kind so one broken rule reads as one line with its examples, not a thousand.</summary>
public sealed class Findings
{
    private readonly Dictionary<string, List<string>> _byKind = new(StringComparer.Ordinal);

    private int _answers;

    /// <summary>How many answers were checked.</summary>
    public int Answers => Volatile.Read(ref _answers);

    public void Counted() => Interlocked.Increment(ref _answers);

    public void Add(string kind, string where)
    {
        lock (_byKind)
        {
            AddLocked(kind, where);
        }
    }

    private void AddLocked(string kind, string where)
    {
        if (!_byKind.TryGetValue(kind, out var list))
        {
            _byKind[kind] = list = [];
        }
        list.Add(where);
    }

    public void AssertNone()
    {
        var report = string.Join("\n", _byKind.OrderBy(k => k.Key, StringComparer.Ordinal).Select(k =>
            $"{k.Key}: {k.Value.Count} time(s), e.g.\n    {string.Join("\n    ", k.Value.Distinct().Take(40))}"));
        Assert.True(_byKind.Count == 0, "the probe found:\n" + report);
    }
}

namespace BriefingRoom.LoadTest;

/// <summary>What went wrong in a run, kept to print at the end; any entry makes the tool exit non-zero.</summary>
public sealed class Findings
{
    private readonly List<string> _all = [];
    private readonly Lock _lock = new();

    public int Count
    {
        get
        {
            lock (_lock)
            {
                return _all.Count;
            }
        }
    }

    public void Add(string what)
    {
        lock (_lock)
        {
            _all.Add(what);
        }
    }

    /// <summary>At most <paramref name="max"/> lines, the rest counted, so a failure at 1000 connections stays readable.</summary>
    public IEnumerable<string> First(int max)
    {
        lock (_lock)
        {
            return [.. _all.Take(max), .. _all.Count > max ? [$"… and {_all.Count - max} more"] : Array.Empty<string>()];
        }
    }
}

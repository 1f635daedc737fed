using System.Text;

namespace BriefingRoom.Formats.Markdown;

/// <summary>
/// One reusable <see cref="StringBuilder"/> per thread for the per-paragraph scratch text of reading and rendering,
/// so a long transcript does not allocate (and zero) a fresh builder for every paragraph. Nested users get a new one.
/// </summary>
internal static class BuilderCache
{
    /// <summary>Builders that grew past this many characters are dropped rather than kept alive.</summary>
    private const int MaxKeptCapacity = 32 * 1024;

    [ThreadStatic]
    private static StringBuilder? t_cached;

    public static StringBuilder Acquire(int capacity = 256)
    {
        var sb = t_cached;
        if (sb is not null && capacity <= sb.Capacity)
        {
            t_cached = null;
            sb.Clear();
            return sb;
        }
        return new StringBuilder(capacity);
    }

    public static void Release(StringBuilder sb)
    {
        if (sb.Capacity <= MaxKeptCapacity)
        {
            t_cached = sb;
        }
    }

    public static string ToStringAndRelease(StringBuilder sb)
    {
        var text = sb.ToString();
        Release(sb);
        return text;
    }
}

using System.Globalization;

namespace BriefingRoom.Server.Archive;

/// <summary>Reads the comma-separated ids SQLite's <c>group_concat</c> gives, without a string per id.</summary>
public static class SearchIdText
{
    public static long[] Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var span = text.AsSpan();
        var ids = new long[span.Count(',') + 1];
        var n = 0;
        foreach (var range in span.Split(','))
        {
            ids[n++] = long.Parse(span[range], NumberStyles.None, CultureInfo.InvariantCulture);
        }
        return ids;
    }
}

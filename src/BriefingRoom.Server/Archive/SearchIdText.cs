using System.Globalization;

namespace BriefingRoom.Server.Archive;

/// <summary>Reads the comma-separated ids SQLite's <c>group_concat</c> gives, without a string or an array for them.</summary>
public static class SearchIdText
{
    public static void Read(string text, Action<long> each)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(each);
        var span = text.AsSpan();
        foreach (var range in span.Split(','))
        {
            each(long.Parse(span[range], NumberStyles.None, CultureInfo.InvariantCulture));
        }
    }
}

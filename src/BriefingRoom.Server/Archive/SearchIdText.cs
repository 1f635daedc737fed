namespace BriefingRoom.Server.Archive;

/// <summary>
/// Reads the comma-separated ids SQLite's <c>group_concat</c> gives, as its UTF-8 bytes (a blob): no string of them,
/// which for a common word was an 8 MB UTF-16 copy per search, and no parse call per id.
/// </summary>
public static class SearchIdText
{
    public static void Read(ReadOnlySpan<byte> text, Action<long> each)
    {
        ArgumentNullException.ThrowIfNull(each);
        long id = 0;
        var digits = false;
        foreach (var b in text)
        {
            if (b == (byte)',')
            {
                Found(id, digits, each);
                (id, digits) = (0, false);
            }
            else if (b is >= (byte)'0' and <= (byte)'9')
            {
                id = checked((id * 10) + (b - '0'));
                digits = true;
            }
            else
            {
                throw new FormatException($"an id list holds '{(char)b}'; only digits and commas were expected");
            }
        }
        Found(id, digits, each);
    }

    private static void Found(long id, bool digits, Action<long> each)
    {
        if (digits)
        {
            each(id);
        }
    }
}
